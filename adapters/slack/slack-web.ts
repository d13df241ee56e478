import { LogLevel } from "@slack/bolt";
import { WebClient } from "@slack/web-api";
import type { InboundEvent } from "../../src/application/inbound-events.js";
import type { Logger } from "../../src/ports/logger.js";
import type { SlackSetup } from "./slack-app.js";
import type { SlackMessageRef } from "./slack-inbound.js";

/**
 * A Web API client. `forSends`: the desk's outbox retries its sends itself (durably, keeping order), so
 * that client tries each call once and hands a rate limit back; other calls (names, a reacted message)
 * are retried by the client.
 */
export function slackWebClient(
  setup: Pick<SlackSetup, "botToken" | "apiUrl" | "logger" | "retryConfig">,
  forSends = false,
): WebClient {
  return new WebClient(setup.botToken, {
    slackApiUrl: apiBase(setup.apiUrl),
    logger: slackLogger(setup.logger),
    logLevel: LogLevel.WARN,
    rejectRateLimitedCalls: forSends,
    ...(forSends
      ? { retryConfig: { retries: 0 } }
      : setup.retryConfig !== undefined && { retryConfig: setup.retryConfig }),
  });
}

/** One message by its ts: a reply is found through its thread, a top-level message through the history. */
export async function messageAt(
  client: WebClient,
  channel: string,
  ts: string,
): Promise<Omit<SlackMessageRef, "channel"> | undefined> {
  const page = await client.conversations.history({ channel, latest: ts, inclusive: true, limit: 1 });
  const found =
    page.messages?.find((m) => m.ts === ts) ??
    (await client.conversations.replies({ channel, ts, limit: 1 })).messages?.find((m) => m.ts === ts);
  if (found?.ts === undefined) return undefined;
  return { ts: found.ts, thread_ts: found.thread_ts, user: found.user, text: found.text };
}

/**
 * People's display names and time zones from users.info, cached: Slack's events carry only user ids,
 * and reminders show times in the reader's own zone.
 */
export class SlackProfiles {
  private readonly cache = new Map<string, Promise<Profile | undefined>>();
  private readonly zones = new Map<string, string>();

  constructor(
    private readonly client: WebClient,
    private readonly logger: Logger,
  ) {}

  async named(event: InboundEvent): Promise<InboundEvent> {
    const withNames = await this.mentionsNamed(event);
    if (withNames.user.name !== undefined) return withNames;
    const name = (await this.profileOf(withNames.user.id))?.name;
    return name === undefined ? withNames : { ...withNames, user: { ...withNames.user, name } };
  }

  /**
   * A message's mentions of people by name: Slack writes them `<@U123>`, which agents on Teams, the other
   * side of a relay, would see as written. Where a name cannot be read, the mention reads `@U123`.
   */
  private async mentionsNamed(event: InboundEvent): Promise<InboundEvent> {
    if (event.type !== "message.posted" && event.type !== "message.edited") return event;
    const ids = [...new Set([...event.text.matchAll(PERSON_MENTION)].map((m) => m[1] as string))];
    if (ids.length === 0) return event;
    const names = new Map<string, string | undefined>();
    await Promise.all(ids.map(async (id) => names.set(id, (await this.profileOf(id))?.name)));
    const text = event.text.replace(
      PERSON_MENTION,
      (_whole, id: string, label?: string) => `@${names.get(id) ?? (label || id)}`,
    );
    return { ...event, text };
  }

  /** The zone Slack knows for the person, once their profile was read. */
  zoneOf(id: string): string | undefined {
    return this.zones.get(id);
  }

  /** Reads the profiles of people the desk will write to before they write to it (the agents). */
  async prefetch(ids: readonly string[]): Promise<void> {
    await Promise.all(ids.map((id) => this.profileOf(id)));
  }

  private profileOf(id: string): Promise<Profile | undefined> {
    let profile = this.cache.get(id);
    if (profile === undefined) {
      profile = this.client.users
        .info({ user: id })
        .then((answer) => {
          const user = answer.user;
          if (user?.tz) this.zones.set(id, user.tz);
          return { name: user?.profile?.display_name || user?.real_name || user?.name || undefined };
        })
        .catch((error) => {
          this.logger.warn({ err: error, user: id }, "could not read a Slack user's profile");
          this.cache.delete(id);
          return undefined;
        });
      this.cache.set(id, profile);
    }
    return profile;
  }
}

/** A person's mention as Slack writes it in a message: `<@U123>`, or `<@U123|name>`. */
const PERSON_MENTION = /<@([UW][A-Z0-9]+)(?:\|([^>]*))?>/g;

interface Profile {
  readonly name: string | undefined;
}

export function apiBase(url: string | undefined): string {
  if (url === undefined || url === "") return "https://slack.com/api/";
  return url.endsWith("/") ? url : `${url}/`;
}

/** Bolt's and the Web API client's logs through the desk's logger; debug output (payloads) is dropped. */
export function slackLogger(logger: Logger) {
  let level = LogLevel.INFO;
  const text = (parts: unknown[]) => parts.map((p) => (p instanceof Error ? p.message : String(p))).join(" ");
  // An error among the parts is kept as an object, with its stack and the platform's code.
  const data = (parts: unknown[]) => {
    const error = parts.find((p) => p instanceof Error);
    return error === undefined ? { source: "slack" } : { source: "slack", err: error };
  };
  return {
    debug: () => {},
    info: (...parts: unknown[]) => logger.info(data(parts), text(parts)),
    warn: (...parts: unknown[]) => logger.warn(data(parts), text(parts)),
    error: (...parts: unknown[]) => logger.error(data(parts), text(parts)),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, LogLevel, SocketModeReceiver } from "@slack/bolt";
import { type RetryOptions, WebClient } from "@slack/web-api";
import type { Desk } from "../../src/application/desk.js";
import type { InboundEvent } from "../../src/application/inbound-events.js";
import type { Logger } from "../../src/ports/logger.js";
import { formOfButton } from "./blocks.js";
import {
  fromButtonClick,
  fromCommand,
  fromMessageEvent,
  type SlackButtonClick,
  type SlackCommand,
  type SlackMessageEvent,
} from "./slack-inbound.js";
import {
  actionFormModal,
  fromViewSubmission,
  newTicketModal,
  type SlackViewSubmission,
} from "./slack-modals.js";

export interface SlackSetup {
  readonly botToken: string;
  /** Socket Mode (the default; no public URL needed). */
  readonly appToken?: string | undefined;
  /** HTTP Events API mode, with every request's signature checked. */
  readonly signingSecret?: string | undefined;
  /** The Web API base, e.g. https://slack-gov.com/api/ (GovSlack) or a test server. */
  readonly apiUrl?: string | undefined;
  /** HTTP mode's port (0: any free port). */
  readonly port?: number;
  readonly logger: Logger;
  /** How the Web API client retries failed calls (a 429's Retry-After is always waited out). */
  readonly retryConfig?: RetryOptions;
}

export const SLASH_COMMAND = "/ticket";

export function slackWebClient(setup: SlackSetup): WebClient {
  return new WebClient(setup.botToken, {
    slackApiUrl: apiBase(setup.apiUrl),
    logger: slackLogger(setup.logger),
    logLevel: LogLevel.WARN,
    rejectRateLimitedCalls: false,
    ...(setup.retryConfig !== undefined && { retryConfig: setup.retryConfig }),
  });
}

export interface RunningSlackApp {
  /** HTTP mode: the port the Events API endpoint (`/slack/events`) listens on. */
  readonly port: number | undefined;
  stop(): Promise<void>;
}

/**
 * The desk on Slack through Bolt. Every listener acknowledges Slack first (within its 3 seconds) and
 * hands the event to the desk afterwards; modals open with the trigger id at once.
 */
export async function startSlackApp(desk: Desk, setup: SlackSetup): Promise<RunningSlackApp> {
  const logger = slackLogger(setup.logger);
  const clientOptions = {
    slackApiUrl: apiBase(setup.apiUrl),
    ...(setup.retryConfig !== undefined && { retryConfig: setup.retryConfig }),
  };
  const socketMode = setup.signingSecret === undefined;
  if (socketMode && setup.appToken === undefined)
    throw new Error("set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)");
  const app = socketMode
    ? new App({
        token: setup.botToken,
        socketMode: true,
        receiver: new SocketModeReceiver({
          appToken: setup.appToken as string,
          logger,
          installerOptions: { clientOptions },
        }),
        clientOptions,
        logger,
      })
    : new App({
        token: setup.botToken,
        signingSecret: setup.signingSecret as string,
        clientOptions,
        logger,
      });
  const names = new UserNames(app.client, setup.logger);
  const handle = (event: InboundEvent | undefined) => {
    if (event === undefined) return;
    names
      .named(event)
      .then((named) => desk.handle(named))
      .catch((error) => setup.logger.error({ err: String(error) }, "Slack event failed"));
  };

  app.event("message", async ({ event, body, context }) => {
    handle(fromMessageEvent(event as unknown as SlackMessageEvent, String(body.event_id), context.botUserId));
  });
  app.command(SLASH_COMMAND, async ({ ack, command, client }) => {
    await ack();
    if (command.text.trim() === "") {
      await client.views.open({
        trigger_id: command.trigger_id,
        view: newTicketModal({ channel: command.channel_id }),
      });
      return;
    }
    handle(fromCommand(command as SlackCommand));
  });
  app.action(/.+/, async ({ ack, body, action, client }) => {
    await ack();
    if (body.type !== "block_actions" || action.type !== "button") return;
    const click = { ...(body as unknown as Omit<SlackButtonClick, "action">), action } as SlackButtonClick;
    const form = formOfButton(action.value ?? "");
    if (form === undefined) {
      handle(fromButtonClick(click));
      return;
    }
    const channel = click.channel?.id ?? click.container?.channel_id;
    if (channel === undefined) return;
    const thread = click.container?.thread_ts;
    const id = (fromButtonClick(click) as { action: string }).action;
    await client.views.open({
      trigger_id: click.trigger_id,
      view: actionFormModal(
        { id, label: "", value: form.value, form: form.form },
        { channel, ...(thread !== undefined && { thread }) },
      ),
    });
  });
  app.view(/.+/, async ({ ack, body }) => {
    await ack();
    handle(fromViewSubmission(body as unknown as SlackViewSubmission));
  });
  app.error(async (error) => {
    setup.logger.error({ err: String(error) }, "Slack listener failed");
  });

  const started = (await (socketMode ? app.start() : app.start(setup.port ?? 3000))) as unknown;
  const port = socketMode ? undefined : ((started as Server).address() as AddressInfo).port;
  return { port, stop: () => app.stop().then(() => undefined) };
}

/** Display names from users.info, cached: Slack's events carry only user ids. */
class UserNames {
  private readonly cache = new Map<string, Promise<string | undefined>>();

  constructor(
    private readonly client: WebClient,
    private readonly logger: Logger,
  ) {}

  async named(event: InboundEvent): Promise<InboundEvent> {
    if (event.user.name !== undefined) return event;
    const name = await this.nameOf(event.user.id);
    return name === undefined ? event : { ...event, user: { ...event.user, name } };
  }

  private nameOf(id: string): Promise<string | undefined> {
    let name = this.cache.get(id);
    if (name === undefined) {
      name = this.client.users
        .info({ user: id })
        .then((answer) => {
          const user = answer.user;
          return user?.profile?.display_name || user?.real_name || user?.name || undefined;
        })
        .catch((error) => {
          this.logger.warn({ err: String(error), user: id }, "could not read a Slack user's name");
          this.cache.delete(id);
          return undefined;
        });
      this.cache.set(id, name);
    }
    return name;
  }
}

function apiBase(url: string | undefined): string {
  if (url === undefined || url === "") return "https://slack.com/api/";
  return url.endsWith("/") ? url : `${url}/`;
}

/** Bolt's and the Web API client's logs through the desk's logger; debug output (payloads) is dropped. */
function slackLogger(logger: Logger) {
  let level = LogLevel.INFO;
  const text = (parts: unknown[]) => parts.map((p) => (p instanceof Error ? p.message : String(p))).join(" ");
  return {
    debug: () => {},
    info: (...parts: unknown[]) => logger.info({ source: "slack" }, text(parts)),
    warn: (...parts: unknown[]) => logger.warn({ source: "slack" }, text(parts)),
    error: (...parts: unknown[]) => logger.error({ source: "slack" }, text(parts)),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

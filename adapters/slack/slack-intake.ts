import type { WebClient } from "@slack/web-api";
import type { Desk } from "../../src/application/desk.js";
import type { InboundEvent } from "../../src/application/inbound-events.js";
import type { InboundHandler } from "../../src/application/intake.js";
import type { InboxEntry } from "../../src/ports/inbox.js";
import { formOfButton } from "./blocks.js";
import {
  fromButtonClick,
  fromCommand,
  fromMessageEvent,
  type SlackButtonClick,
  type SlackCommand,
  type SlackMessageEvent,
  ticketFromMessage,
} from "./slack-inbound.js";
import { fromViewSubmission, type SlackViewSubmission } from "./slack-modals.js";
import { messageAt, type SlackProfiles } from "./slack-web.js";

export const SLACK_SOURCE = "slack";

/** The `:ticket:` reaction that makes a ticket of any message. */
export const TICKET_REACTION = "ticket";

/** The interactive elements `renderBlocks` draws. */
const CLICKABLE = new Set(["button", "static_select", "users_select"]);

/**
 * What to do with a request from Slack before acknowledging it: `record` the desk's inputs in the inbox
 * (keyed by an id that is the same when Slack delivers the request again), leave what only opens a
 * view to Bolt (`bolt`), or acknowledge and drop the rest (`ignore`: other bots, housekeeping).
 */
export type SlackIntakeRoute =
  | { readonly route: "record"; readonly id: string; readonly partition: string }
  | { readonly route: "bolt" }
  | { readonly route: "ignore" };

type Body = Record<string, unknown>;

export function routeOf(body: Body): SlackIntakeRoute {
  const ignore = { route: "ignore" } as const;
  const record = (id: unknown, channel: unknown) =>
    typeof id === "string" && id !== "" && typeof channel === "string" && channel !== ""
      ? ({ route: "record", id: `slack:${id}`, partition: `slack:${channel}` } as const)
      : ignore;
  if (typeof body.command === "string") {
    // A bare `/ticket` opens the new-ticket form at once, with its trigger id.
    if (String(body.text ?? "").trim() === "") return { route: "bolt" };
    return record(`command:${String(body.trigger_id)}`, body.channel_id);
  }
  switch (body.type) {
    case "event_callback":
      return routeOfEvent(body, record);
    case "block_actions": {
      const action = (body.actions as { type?: string; value?: string }[] | undefined)?.[0];
      if (action === undefined || !CLICKABLE.has(action.type ?? "")) return ignore;
      if (action.type === "button" && formOfButton(action.value ?? "") !== undefined)
        return { route: "bolt" };
      const channel =
        (body.channel as { id?: string } | undefined)?.id ?? (body.container as Body | undefined)?.channel_id;
      return record(`action:${String(body.trigger_id)}`, channel);
    }
    case "view_submission": {
      const view = body.view as { id?: string; private_metadata?: string } | undefined;
      const origin = safeJson(view?.private_metadata) as { channel?: unknown } | undefined;
      return record(`view:${String(view?.id)}:${String(body.trigger_id ?? "")}`, origin?.channel);
    }
    case "message_action":
      return record(`shortcut:${String(body.trigger_id)}`, (body.channel as { id?: string } | undefined)?.id);
    default:
      return { route: "bolt" };
  }
}

function routeOfEvent(
  body: Body,
  record: (id: unknown, channel: unknown) => SlackIntakeRoute,
): SlackIntakeRoute {
  const event = (body.event ?? {}) as Body;
  if (event.type === "message") {
    // Other bots' messages and housekeeping (joins, topic changes) are never the desk's.
    if (fromMessageEvent(event as unknown as SlackMessageEvent, "", undefined) === undefined)
      return { route: "ignore" };
    return record(body.event_id, event.channel);
  }
  if (event.type === "reaction_added") {
    const item = event.item as { type?: string; channel?: string } | undefined;
    if (event.reaction !== TICKET_REACTION || item?.type !== "message") return { route: "ignore" };
    return record(body.event_id, item.channel);
  }
  if (event.type === "app_home_opened") return { route: "bolt" };
  return { route: "ignore" };
}

/** A request as stored: without the verification token Slack still sends. */
export function storedBody(body: Body): Body {
  const { token: _token, ...rest } = body;
  return rest;
}

/**
 * Handles a stored Slack request: maps it to the desk's event (reading the reacted message, and the
 * person's name, through the Web API) and hands it to the desk, which completes the inbox entry.
 */
export function slackInboundHandler(
  desk: Desk,
  client: WebClient,
  profiles: SlackProfiles,
  botUserId: () => string | undefined,
): InboundHandler {
  return async (entry: InboxEntry, final: boolean) => {
    const event = await eventOf(entry.payload as Body, client, botUserId());
    if (event === undefined) {
      await desk.complete(entry.id);
      return;
    }
    await desk.handle(await profiles.named(event), entry.id, { final });
  };
}

async function eventOf(
  body: Body,
  client: WebClient,
  botUserId: string | undefined,
): Promise<InboundEvent | undefined> {
  const replyTo = typeof body.response_url === "string" ? { replyTo: body.response_url } : {};
  if (typeof body.command === "string")
    return { ...fromCommand(body as unknown as SlackCommand), ...replyTo };
  switch (body.type) {
    case "event_callback": {
      const event = body.event as Body;
      const eventId = String(body.event_id);
      if (event.type === "message")
        return fromMessageEvent(event as unknown as SlackMessageEvent, eventId, botUserId);
      const item = event.item as { channel: string; ts: string };
      const message = await messageAt(client, item.channel, item.ts);
      return message === undefined
        ? undefined
        : ticketFromMessage({ ...message, channel: item.channel }, eventId, String(event.user));
    }
    case "block_actions": {
      const action = (body.actions as SlackButtonClick["action"][])[0];
      const click = fromButtonClick({
        ...(body as unknown as Omit<SlackButtonClick, "action">),
        action,
      } as SlackButtonClick);
      return click === undefined ? undefined : { ...click, ...replyTo };
    }
    case "view_submission":
      return fromViewSubmission(body as unknown as SlackViewSubmission);
    case "message_action": {
      const { message, channel, user, trigger_id } = body as {
        message: { ts: string; thread_ts?: string; user?: string; text?: string };
        channel: { id: string };
        user: { id: string };
        trigger_id: string;
      };
      return ticketFromMessage(
        {
          channel: channel.id,
          ts: message.ts,
          thread_ts: message.thread_ts,
          user: message.user,
          text: message.text,
        },
        `shortcut:${trigger_id}`,
        user.id,
      );
    }
    default:
      return undefined;
  }
}

function safeJson(text: string | undefined): unknown {
  try {
    return JSON.parse(text ?? "");
  } catch {
    return undefined;
  }
}

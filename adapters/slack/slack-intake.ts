import type { WebClient } from "@slack/web-api";
import type { Desk } from "../../src/application/desk.js";
import type { InboundEvent } from "../../src/application/inbound-events.js";
import type { InboundHandler } from "../../src/application/intake.js";
import type { InboxEntry } from "../../src/ports/inbox.js";
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

type Body = Record<string, unknown>;

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
      if (event.type === "member_joined_channel") return joinedEvent(event, eventId, client, botUserId);
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

/** The desk itself was added to a channel (other members joining are not the desk's business). */
async function joinedEvent(
  event: Body,
  eventId: string,
  client: WebClient,
  botUserId: string | undefined,
): Promise<InboundEvent | undefined> {
  const channel = String(event.channel);
  if (botUserId === undefined || event.user !== botUserId) return undefined;
  const name = await client.conversations
    .info({ channel })
    .then((answer) => answer.channel?.name)
    .catch(() => undefined);
  const inviter = typeof event.inviter === "string" ? event.inviter : undefined;
  return {
    type: "conversation.joined",
    eventId,
    user: { platform: "slack", id: inviter ?? botUserId },
    conversation: { platform: "slack", conversation: channel },
    ...(name !== undefined && name !== "" && { name }),
  };
}

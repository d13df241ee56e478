import type { InboundEvent } from "../../src/application/inbound-events.js";
import type { UserRef } from "../../src/domain/refs.js";
import { actionDataOf } from "../../src/ports/chat-gateway.js";
import { deskActionId } from "./blocks.js";

/** The fields of Slack's `message` event the desk reads (https://docs.slack.dev/reference/events/message). */
export interface SlackMessageEvent {
  readonly type: "message";
  readonly subtype?: string;
  readonly channel: string;
  readonly user?: string;
  readonly bot_id?: string;
  readonly text?: string;
  readonly ts: string;
  readonly thread_ts?: string;
  readonly message?: {
    readonly user?: string;
    readonly text?: string;
    readonly ts: string;
    readonly thread_ts?: string;
    readonly bot_id?: string;
  };
  readonly previous_message?: { readonly user?: string; readonly ts: string; readonly thread_ts?: string };
  readonly deleted_ts?: string;
  /**
   * The author's names, which Slack sends with people's messages; the only source for someone in a Slack
   * Connect channel whose profile the desk's workspace cannot read.
   */
  readonly user_profile?: {
    readonly display_name?: string;
    readonly real_name?: string;
    readonly name?: string;
  };
}

/** Subtypes that are still a person writing: a plain message, a reply also sent to the channel, a file with text. */
const WRITTEN = new Set([undefined, "thread_broadcast", "file_share"]);

/**
 * A message event as the desk's event: a person's message, edit or deletion; a message that starts by
 * mentioning the bot is a command (so `@desk claim` works inside a thread, where slash commands carry
 * none). Bots (ours included) and housekeeping subtypes (joins, topic changes) give nothing.
 */
export function fromMessageEvent(
  event: SlackMessageEvent,
  eventId: string,
  botUserId: string | undefined,
): InboundEvent | undefined {
  const slack = "slack" as const;
  if (event.subtype === "message_changed") {
    const changed = event.message;
    if (changed?.user === undefined || changed.bot_id !== undefined) return undefined;
    return {
      type: "message.edited",
      eventId,
      user: { platform: slack, id: changed.user },
      conversation: conversationOf(event.channel, changed.thread_ts, changed.ts),
      message: changed.ts,
      text: asWritten(changed.text ?? ""),
    };
  }
  if (event.subtype === "message_deleted") {
    const deleted = event.previous_message;
    if (deleted?.user === undefined) return undefined;
    return {
      type: "message.deleted",
      eventId,
      user: { platform: slack, id: deleted.user },
      conversation: conversationOf(event.channel, deleted.thread_ts, deleted.ts),
      message: deleted.ts,
    };
  }
  if (!WRITTEN.has(event.subtype) || event.bot_id !== undefined || event.user === undefined) return undefined;
  const profile = event.user_profile;
  const name = profile?.display_name || profile?.real_name || profile?.name;
  const user = { platform: slack, id: event.user, ...(name && { name }) };
  const conversation = conversationOf(event.channel, event.thread_ts, event.ts);
  const mention =
    botUserId === undefined ? null : new RegExp(`^\\s*<@${botUserId}(\\|[^>]*)?>\\s*`).exec(event.text ?? "");
  if (mention !== null) {
    return {
      type: "command.invoked",
      eventId,
      user,
      conversation,
      ...withMentions((event.text ?? "").slice(mention[0].length)),
    };
  }
  const text = asWritten(event.text ?? "");
  return { type: "message.posted", eventId, user, conversation, message: event.ts, text };
}

/** A reply's thread is its parent; a top-level message has none. */
function conversationOf(channel: string, threadTs: string | undefined, ts: string) {
  return {
    platform: "slack" as const,
    conversation: channel,
    ...(threadTs !== undefined && threadTs !== ts && { thread: threadTs }),
  };
}

/** A `/ticket <text>` slash command (https://docs.slack.dev/interactivity/implementing-slash-commands). */
export interface SlackCommand {
  readonly text: string;
  readonly user_id: string;
  readonly user_name?: string;
  readonly channel_id: string;
  readonly trigger_id: string;
}

export function fromCommand(command: SlackCommand): InboundEvent {
  return {
    type: "command.invoked",
    // Slack does not resend slash commands; the trigger id is unique to this invocation.
    eventId: `command:${command.trigger_id}`,
    user: { platform: "slack", id: command.user_id },
    conversation: { platform: "slack", conversation: command.channel_id },
    ...withMentions(command.text),
  };
}

/**
 * Slack's mentions (`<@U123>`, `<@U123|name>` when the command escapes them) as the core reads people:
 * `@U123` in the text, and who each is.
 */
export function withMentions(text: string): { text: string; mentions?: UserRef[] } {
  const mentions: UserRef[] = [];
  const normalized = asWritten(
    text.replace(/<@([A-Z0-9]+)(?:\|([^>]*))?>/g, (_whole, id: string, name?: string) => {
      mentions.push({ platform: "slack", id, ...(name !== undefined && name !== "" && { name }) });
      return `@${id}`;
    }),
  );
  return mentions.length === 0 ? { text: normalized } : { text: normalized, mentions };
}

/**
 * Slack's text as the person wrote it. Slack escapes `&`, `<` and `>`, and writes links, channels and
 * mentions of a group in angle brackets (https://docs.slack.dev/messaging/formatting-message-text): read
 * as they come, "SMS &amp; WhatsApp" would reach the agents with its `&amp;`, and "<https://…|our status
 * page>" would be read as a status page of the provider's. A person's mention stays as Slack writes it
 * here: its name needs the Web API (SlackProfiles.named), and a command needs its id.
 */
export function asWritten(text: string): string {
  return text
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, "#$1")
    .replace(/<!(here|channel|everyone)(?:\|[^>]*)?>/g, "@$1")
    .replace(/<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>/g, (_whole, handle?: string) => handle || "@group")
    .replace(/<!date\^[^|>]*\|([^>]*)>/g, "$1")
    .replace(/<((?:https?|mailto|tel):[^|>\s]+)\|([^>]+)>/g, (_whole, url: string, label: string) =>
      url.endsWith(label) ? label : `${label} (${url})`,
    )
    .replace(/<((?:https?|mailto|tel):[^|>\s]+)>/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** One clicked button of a `block_actions` payload. */
export interface SlackButtonClick {
  readonly user: { readonly id: string };
  readonly trigger_id: string;
  readonly channel?: { readonly id: string };
  readonly container?: {
    readonly channel_id?: string;
    readonly thread_ts?: string;
    readonly message_ts?: string;
  };
  readonly action: {
    readonly type: string;
    readonly action_id: string;
    readonly action_ts: string;
    /** A button's. */
    readonly value?: string;
    /** A `static_select`'s pick. */
    readonly selected_option?: { readonly value: string };
    /** A `users_select`'s pick. */
    readonly selected_user?: string;
  };
}

/** A button click or a menu pick, as the desk's `action.clicked`. */
export function fromButtonClick(click: SlackButtonClick): InboundEvent | undefined {
  const channel = click.channel?.id ?? click.container?.channel_id;
  if (channel === undefined) return undefined;
  const thread = click.container?.thread_ts;
  const { id, menuValue } = deskActionId(click.action.action_id);
  const choice = click.action.selected_option?.value ?? click.action.selected_user;
  return {
    type: "action.clicked",
    eventId: `action:${click.trigger_id}`,
    user: { platform: "slack", id: click.user.id },
    conversation: { platform: "slack", conversation: channel, ...(thread !== undefined && { thread }) },
    action: id,
    // A forged or stale button carries nothing the desk made: the desk then says it names no ticket.
    data: actionDataOf(menuValue ?? click.action.value) ?? {},
    ...(choice !== undefined && { choice }),
  };
}

/** The message a `:ticket:` reaction or the "Create ticket" shortcut was used on. */
export interface SlackMessageRef {
  readonly channel: string;
  readonly ts: string;
  readonly thread_ts?: string | undefined;
  readonly user?: string | undefined;
  readonly text?: string | undefined;
}

const TITLE_LENGTH = 120;

/**
 * A ticket made from an existing message: its author is the requester, its first line the title, and
 * the desk answers in its thread (the thread it is in, for a reply).
 */
export function ticketFromMessage(
  message: SlackMessageRef,
  eventId: string,
  actor: string,
): InboundEvent | undefined {
  const text = asWritten(message.text ?? "").trim();
  if (text === "") return undefined;
  const firstLine = text.split("\n")[0] ?? text;
  return {
    type: "ticket.requested",
    eventId,
    user: { platform: "slack", id: message.user ?? actor },
    conversation: {
      platform: "slack",
      conversation: message.channel,
      thread: message.thread_ts ?? message.ts,
    },
    title: firstLine.length <= TITLE_LENGTH ? firstLine : `${firstLine.slice(0, TITLE_LENGTH - 1)}…`,
    description: text,
  };
}

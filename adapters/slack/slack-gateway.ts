import type { KnownBlock, WebClient } from "@slack/web-api";
import { describeError } from "../../src/domain/errors.js";
import type { ConversationRef, MessageRef, UserRef } from "../../src/domain/refs.js";
import {
  type ChatGateway,
  type OutboundMessage,
  type Pacing,
  type PrivateAnswer,
  SendFailure,
} from "../../src/ports/chat-gateway.js";
import { fallbackText, renderBlocks as renderDeskBlocks } from "./blocks.js";

const renderBlocks = (message: OutboundMessage) => renderDeskBlocks(message) as unknown as KnownBlock[];

/** The metadata event type that tags each message the desk posts with its outbox key. */
export const DELIVERY_EVENT = "sla_desk_delivery";

/**
 * How fast the desk posts into one conversation. Slack allows about one message a second per channel,
 * with short bursts (https://docs.slack.dev/apis/web-api/rate-limits): at most two a second and four in
 * four seconds keeps a busy triage channel clear of 429s. `scale` shortens the windows (tests).
 */
export function slackPacing(conversation: string, scale = 1): Pacing {
  return {
    key: `slack:${conversation}`,
    windows: [
      { limit: 2, windowMs: 1000 * scale },
      { limit: 4, windowMs: 4000 * scale },
    ],
  };
}

/**
 * Slack errors that no retry can fix: the message is set aside (and logged). Everything else (an
 * outage, a rate limit, a token being rotated) is retried.
 */
const FOR_GOOD = new Set([
  "channel_not_found",
  "not_in_channel",
  "is_archived",
  "msg_too_long",
  "no_text",
  "invalid_blocks",
  "invalid_arguments",
  "invalid_metadata_format",
  "user_not_found",
  "user_not_in_channel",
  "cannot_dm_bot",
  "restricted_action",
  "message_not_found",
  "cant_update_message",
  "edit_window_closed",
  "too_many_attachments",
  "expired_url",
  "used_url",
]);

/** A Web API failure in the desk's terms: whether to retry it, and when Slack said to. */
export function sendFailureOf(error: unknown): SendFailure {
  const failure = error as {
    code?: string;
    data?: { error?: string };
    retryAfter?: number;
    message?: string;
  };
  const message = failure.message ?? describeError(error);
  if (failure.code === "slack_webapi_rate_limited_error")
    return new SendFailure(message, true, (failure.retryAfter ?? 1) * 1000, "ratelimited");
  const code = failure.data?.error;
  if (code !== undefined) return new SendFailure(message, !FOR_GOOD.has(code), undefined, code);
  return new SendFailure(message, true, undefined, failure.code);
}

/**
 * The desk's messages through the Slack Web API. The desk's outbox calls it one message at a time per
 * thread and paces it by `pacing`; this gateway only translates, and turns Slack's errors into
 * `SendFailure`s. Every post carries its outbox key as message metadata, so `findDelivered` can find a
 * message whose sending was not recorded.
 */
export class SlackGateway implements ChatGateway {
  private readonly directChannels = new Map<string, string>();

  constructor(
    private readonly client: WebClient,
    private readonly pacingScale = 1,
    private readonly respond: typeof fetch = fetch,
  ) {}

  pacing(to: ConversationRef | UserRef, purpose: "post" | "update" = "post"): Pacing | undefined {
    // Slack limits edits by method (chat.update), not with a channel's posts.
    if (purpose === "update") return undefined;
    return slackPacing("conversation" in to ? to.conversation : `direct:${to.id}`, this.pacingScale);
  }

  async post(to: ConversationRef, message: OutboundMessage): Promise<MessageRef> {
    if (message.image !== undefined) return this.postImage(to, message, message.image);
    try {
      const sent = await this.client.chat.postMessage({
        channel: to.conversation,
        text: fallbackText(message),
        blocks: renderBlocks(message),
        ...(to.thread !== undefined && { thread_ts: to.thread }),
        mrkdwn: false,
        unfurl_links: false,
        unfurl_media: false,
        ...(message.deliveryKey !== undefined && {
          metadata: { event_type: DELIVERY_EVENT, event_payload: { key: message.deliveryKey } },
        }),
      });
      return { ...to, message: String(sent.ts) };
    } catch (error) {
      throw sendFailureOf(error);
    }
  }

  /**
   * A message with a picture (a report's chart): one upload with the text as its comment, so the text
   * and the picture arrive together or not at all.
   */
  private async postImage(
    to: ConversationRef,
    message: OutboundMessage,
    image: NonNullable<OutboundMessage["image"]>,
  ): Promise<MessageRef> {
    try {
      const file = {
        file: Buffer.from(image.png, "base64"),
        filename: image.name,
        title: image.alt,
        initial_comment: fallbackText(message),
      };
      const uploaded = await this.client.filesUploadV2(
        to.thread === undefined
          ? { ...file, channel_id: to.conversation }
          : { ...file, channel_id: to.conversation, thread_ts: to.thread },
      );
      const id = (uploaded as { files?: { files?: { id?: string }[] }[] }).files?.[0]?.files?.[0]?.id;
      return { ...to, message: `file:${id ?? image.name}` };
    } catch (error) {
      throw sendFailureOf(error);
    }
  }

  async update(ref: MessageRef, message: OutboundMessage): Promise<void> {
    try {
      await this.client.chat.update({
        channel: ref.conversation,
        ts: ref.message,
        text: fallbackText(message),
        blocks: renderBlocks(message),
      });
    } catch (error) {
      throw sendFailureOf(error);
    }
  }

  async notifyUser(user: UserRef, message: OutboundMessage): Promise<MessageRef> {
    return this.post({ platform: "slack", conversation: await this.directChannel(user) }, message);
  }

  /**
   * Through the invocation's `response_url` when it has one: it works in direct messages and in
   * channels the bot is not in, and needs no rate-limited Web API call. Else (or once it has expired)
   * as an ephemeral message where the person acted.
   */
  async answer(to: PrivateAnswer, message: OutboundMessage): Promise<void> {
    if (to.replyTo !== undefined && (await this.respondTo(to.replyTo, message))) return;
    try {
      await this.client.chat.postEphemeral({
        channel: to.in.conversation,
        user: to.user.id,
        text: fallbackText(message),
        blocks: renderBlocks(message),
        ...(to.in.thread !== undefined && { thread_ts: to.in.thread }),
      });
    } catch (error) {
      throw sendFailureOf(error);
    }
  }

  /** Looks for the delivery's metadata among the conversation's (or thread's) latest messages. */
  async findDelivered(deliveryKey: string, to: ConversationRef | UserRef): Promise<MessageRef | undefined> {
    try {
      const channel = "conversation" in to ? to.conversation : await this.directChannel(to);
      const thread = "conversation" in to ? to.thread : undefined;
      const page =
        thread === undefined
          ? await this.client.conversations.history({ channel, limit: 100, include_all_metadata: true })
          : await this.client.conversations.replies({
              channel,
              ts: thread,
              limit: 100,
              include_all_metadata: true,
            });
      const found = (page.messages ?? []).find(
        (m) =>
          m.metadata?.event_type === DELIVERY_EVENT &&
          (m.metadata.event_payload as Record<string, unknown> | undefined)?.key === deliveryKey,
      );
      if (found?.ts === undefined) return undefined;
      return {
        platform: "slack",
        conversation: channel,
        ...(thread !== undefined && { thread }),
        message: found.ts,
      };
    } catch (error) {
      throw sendFailureOf(error);
    }
  }

  /** True when Slack took the answer; false when the URL has expired or was used up (answer another way). */
  private async respondTo(url: string, message: OutboundMessage): Promise<boolean> {
    let response: Response;
    try {
      response = await this.respond(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          response_type: "ephemeral",
          replace_original: false,
          text: fallbackText(message),
          blocks: renderBlocks(message),
        }),
      });
    } catch (error) {
      throw new SendFailure(`response_url unreachable: ${(error as Error).message}`, true);
    }
    if (response.ok) return true;
    if (response.status === 429 || response.status >= 500)
      throw new SendFailure(`response_url answered ${response.status}`, true);
    return false;
  }

  private async directChannel(user: UserRef): Promise<string> {
    const known = this.directChannels.get(user.id);
    if (known !== undefined) return known;
    try {
      const opened = await this.client.conversations.open({ users: user.id });
      const id = opened.channel?.id;
      if (id === undefined)
        throw new SendFailure(`Slack opened no direct conversation with ${user.id}`, false);
      this.directChannels.set(user.id, id);
      return id;
    } catch (error) {
      throw error instanceof SendFailure ? error : sendFailureOf(error);
    }
  }
}

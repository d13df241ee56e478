import type { KnownBlock, WebClient } from "@slack/web-api";
import type {
  ChatGateway,
  ConversationRef,
  MessageRef,
  OutboundMessage,
  UserRef,
} from "../../src/ports/chat-gateway.js";
import { fallbackText, renderBlocks as renderDeskBlocks } from "./blocks.js";

const renderBlocks = (message: OutboundMessage) => renderDeskBlocks(message) as unknown as KnownBlock[];

/** The metadata event type that tags a reminder delivery, so a later process can find it again. */
export const DELIVERY_EVENT = "sla_desk_delivery";

/**
 * How fast the desk posts into one conversation. Slack allows about one message a second per channel,
 * with short bursts (https://docs.slack.dev/apis/web-api/rate-limits): pacing ahead keeps a busy triage
 * channel from running into 429s at all.
 */
export interface SlackPacing {
  /** Messages a quiet conversation takes at once. */
  readonly burst: number;
  /** The spacing once the burst is spent. */
  readonly intervalMs: number;
  readonly now?: () => number;
  readonly wait?: (ms: number) => Promise<void>;
}

export const SLACK_PACING: SlackPacing = { burst: 4, intervalMs: 1000 };

/**
 * The desk's messages through the Slack Web API. Sends to one conversation go out one at a time in
 * order and paced; the Web API client waits out a 429's `Retry-After` and tries again, so nothing is
 * dropped.
 */
export class SlackGateway implements ChatGateway {
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly directChannels = new Map<string, string>();
  /** Per conversation: posts it may take now, as of `at` (a token bucket). */
  private readonly allowance = new Map<string, { tokens: number; at: number }>();
  private readonly now: () => number;
  private readonly wait: (ms: number) => Promise<void>;

  constructor(
    private readonly client: WebClient,
    private readonly pacing: SlackPacing = SLACK_PACING,
  ) {
    this.now = pacing.now ?? (() => performance.now());
    this.wait = pacing.wait ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  post(to: ConversationRef, message: OutboundMessage): Promise<MessageRef> {
    return this.inOrder(to.conversation, async () => {
      const common = {
        channel: to.conversation,
        text: fallbackText(message),
        blocks: renderBlocks(message),
        ...(to.thread !== undefined && { thread_ts: to.thread }),
      };
      if (message.visibleTo !== undefined) {
        const sent = await this.client.chat.postEphemeral({ ...common, user: message.visibleTo.id });
        return { ...to, message: String(sent.message_ts ?? "") };
      }
      await this.paced(to.conversation);
      const sent = await this.client.chat.postMessage({
        ...common,
        mrkdwn: false,
        unfurl_links: false,
        unfurl_media: false,
        ...(message.deliveryKey !== undefined && {
          metadata: { event_type: DELIVERY_EVENT, event_payload: { key: message.deliveryKey } },
        }),
      });
      return { ...to, message: String(sent.ts) };
    });
  }

  update(ref: MessageRef, message: OutboundMessage): Promise<void> {
    return this.inOrder(ref.conversation, async () => {
      await this.client.chat.update({
        channel: ref.conversation,
        ts: ref.message,
        text: fallbackText(message),
        blocks: renderBlocks(message),
      });
    });
  }

  async notifyUser(user: UserRef, message: OutboundMessage): Promise<MessageRef> {
    return this.post({ platform: "slack", conversation: await this.directChannel(user) }, message);
  }

  /** Looks for the delivery's metadata among the conversation's (or thread's) latest messages. */
  async wasDelivered(deliveryKey: string, to: ConversationRef | UserRef): Promise<boolean> {
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
    return (page.messages ?? []).some(
      (m) =>
        m.metadata?.event_type === DELIVERY_EVENT &&
        (m.metadata.event_payload as Record<string, unknown> | undefined)?.key === deliveryKey,
    );
  }

  private async directChannel(user: UserRef): Promise<string> {
    const known = this.directChannels.get(user.id);
    if (known !== undefined) return known;
    const opened = await this.client.conversations.open({ users: user.id });
    const id = opened.channel?.id;
    if (id === undefined) throw new Error(`Slack opened no direct conversation with ${user.id}`);
    this.directChannels.set(user.id, id);
    return id;
  }

  /** Waits until the conversation may take another post, then counts it. */
  private async paced(conversation: string): Promise<void> {
    const { burst, intervalMs } = this.pacing;
    const now = this.now();
    const last = this.allowance.get(conversation) ?? { tokens: burst, at: now };
    const tokens = Math.min(burst, last.tokens + (now - last.at) / intervalMs);
    if (tokens >= 1) {
      this.allowance.set(conversation, { tokens: tokens - 1, at: now });
      return;
    }
    const delay = (1 - tokens) * intervalMs;
    this.allowance.set(conversation, { tokens: 0, at: now + delay });
    await this.wait(delay);
  }

  /** Runs sends to one conversation one after another, so a thread reads in the order the desk wrote it. */
  private inOrder<T>(conversation: string, send: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(conversation) ?? Promise.resolve();
    const next = previous.then(send, send);
    const settled = next.catch(() => undefined);
    this.queues.set(conversation, settled);
    settled.then(() => {
      if (this.queues.get(conversation) === settled) this.queues.delete(conversation);
    });
    return next;
  }
}

import type { ConversationRef, MessageRef, UserRef } from "../../src/domain/refs.js";
import type { ChatGateway, OutboundMessage, PrivateAnswer } from "../../src/ports/chat-gateway.js";

export interface Delivery {
  readonly kind: "post" | "update" | "dm";
  readonly to: ConversationRef | UserRef;
  readonly ref: MessageRef;
  /** An answer is a post only its invoker sees (`visibleTo`). */
  readonly message: OutboundMessage & { readonly visibleTo?: UserRef };
}

/** A ChatGateway that records what the desk sent, numbering messages like Slack timestamps. */
export class RecordingGateway implements ChatGateway {
  readonly deliveries: Delivery[] = [];
  private seq = 0;
  /** When set, every send throws (a chat outage). */
  failing = false;
  /** When set, sends to the conversations or users it accepts throw (one recipient unreachable). */
  failingFor: ((to: ConversationRef | UserRef) => boolean) | undefined;

  private readonly held = new Map<string, Promise<void>>();

  /** Posts to this conversation wait until the returned function is called (a slow or throttled send). */
  holdPostsTo(conversation: string): () => void {
    let release = () => {};
    this.held.set(
      conversation,
      new Promise<void>((resolve) => {
        release = resolve;
      }),
    );
    return () => {
      this.held.delete(conversation);
      release();
    };
  }

  async post(to: ConversationRef, message: OutboundMessage): Promise<MessageRef> {
    await this.held.get(to.conversation);
    const ref = { ...to, message: this.nextId() };
    this.record({ kind: "post", to, ref, message });
    return ref;
  }

  async update(ref: MessageRef, message: OutboundMessage): Promise<void> {
    this.record({ kind: "update", to: ref, ref, message });
  }

  async answer(to: PrivateAnswer, message: OutboundMessage): Promise<void> {
    const ref = { ...to.in, message: this.nextId() };
    this.record({ kind: "post", to: to.in, ref, message: { ...message, visibleTo: to.user } });
  }

  async notifyUser(user: UserRef, message: OutboundMessage): Promise<MessageRef> {
    const ref = { platform: user.platform, conversation: `D-${user.id}`, message: this.nextId() };
    this.record({ kind: "dm", to: user, ref, message });
    return ref;
  }

  /** Direct messages to one user, oldest first. */
  dmsTo(userId: string): Delivery[] {
    return this.deliveries.filter((d) => d.kind === "dm" && (d.to as UserRef).id === userId);
  }

  /** Where a message with this delivery key landed, if it went out (as a platform's message metadata tells). */
  async findDelivered(deliveryKey: string): Promise<MessageRef | undefined> {
    return this.deliveries.find((d) => d.message.deliveryKey === deliveryKey)?.ref;
  }

  /** Posts into one conversation (and thread, if given), oldest first. */
  postsIn(conversation: string, thread?: string): Delivery[] {
    return this.deliveries.filter(
      (d) =>
        d.kind === "post" &&
        (d.to as ConversationRef).conversation === conversation &&
        (thread === undefined || (d.to as ConversationRef).thread === thread),
    );
  }

  textsIn(conversation: string, thread?: string): string[] {
    return this.postsIn(conversation, thread).map((d) => d.message.text);
  }

  last(): Delivery {
    const last = this.deliveries[this.deliveries.length - 1];
    if (last === undefined) throw new Error("nothing was sent");
    return last;
  }

  /** The last answer the desk showed someone privately (to a command or a click). */
  lastAnswer(): Delivery {
    const last = this.deliveries.filter((d) => d.message.visibleTo !== undefined).at(-1);
    if (last === undefined) throw new Error("no answer was sent");
    return last;
  }

  clear(): void {
    this.deliveries.length = 0;
  }

  private record(delivery: Delivery): void {
    if (this.failing || this.failingFor?.(delivery.to)) throw new Error("chat platform unavailable");
    this.deliveries.push(delivery);
  }

  private nextId(): string {
    this.seq += 1;
    return `1700000000.${String(this.seq).padStart(6, "0")}`;
  }
}

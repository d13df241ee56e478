import type { ConversationRef, MessageRef, UserRef } from "../domain/refs.js";
import type { ChatGateway, Pacing } from "../ports/chat-gateway.js";
import type { Outbox, OutboxEntry, TicketSide } from "../ports/outbox.js";
import type { CardRenderer } from "./card-renderer.js";

/** How one entry is sent once its thread or card is known. */
export interface Resolved {
  readonly where: ConversationRef | UserRef;
  /** Whether a message the platform may already have can be found by its delivery key. */
  readonly findable: boolean;
  send(): Promise<MessageRef | undefined>;
}

/**
 * Where an outbox entry goes and what it says, at the moment it is sent: a ticket thread is found from
 * its card once the card has landed, a card is drawn from its ticket as it is then.
 */
export class OutboxTargets {
  private readonly cards = new Map<string, MessageRef>();

  constructor(
    private readonly store: Pick<Outbox, "landedCard">,
    private readonly gateway: ChatGateway,
    private readonly renderCard: CardRenderer,
  ) {}

  /** Remembers where a card landed, for the messages of its thread that follow. */
  landed(ticket: number, side: TicketSide, ref: MessageRef): void {
    this.cards.set(cardKey(ticket, side), ref);
  }

  /** Where the entry goes now and what it says; a string says why it cannot go (its card never landed). */
  async resolve(entry: OutboxEntry): Promise<Resolved | string> {
    const { target } = entry;
    const content = entry.message === "card" ? await this.drawCard(entry) : entry.message;
    if (content === undefined) return "its ticket no longer exists";
    const message = { ...content, deliveryKey: entry.key };
    switch (target.kind) {
      case "post":
        return { where: target.to, findable: true, send: () => this.gateway.post(target.to, message) };
      case "direct":
        return {
          where: target.user,
          findable: true,
          send: () => this.gateway.notifyUser(target.user, message),
        };
      case "answer": {
        const to = { user: target.user, in: target.in, replyTo: target.replyTo };
        return {
          where: target.in,
          findable: false,
          send: () => this.gateway.answer(to, message).then(() => undefined),
        };
      }
      case "thread": {
        const known = target.side === "client" && target.in.thread !== undefined;
        const card = known ? undefined : await this.cardOf(target.ticket, target.side);
        if (!known && card === undefined) return `T-${target.ticket}'s ${target.side} card was never posted`;
        const to = known
          ? target.in
          : {
              platform: card?.platform ?? target.in.platform,
              conversation: card?.conversation ?? target.in.conversation,
              thread: card?.message as string,
            };
        return { where: to, findable: true, send: () => this.gateway.post(to, message) };
      }
      case "update": {
        const card = await this.cardOf(target.ticket, target.side);
        if (card === undefined) return `T-${target.ticket}'s ${target.side} card was never posted`;
        return {
          where: card,
          findable: false,
          send: () => this.gateway.update(card, message).then(() => undefined),
        };
      }
    }
  }

  private drawCard(entry: OutboxEntry) {
    const { target } = entry;
    if (target.kind === "update") return this.renderCard(target.ticket, target.side);
    if (target.kind === "post" && target.lands)
      return this.renderCard(target.lands.ticket, target.lands.side);
    return undefined;
  }

  private async cardOf(ticket: number, side: TicketSide): Promise<MessageRef | undefined> {
    const key = cardKey(ticket, side);
    const cached = this.cards.get(key);
    if (cached !== undefined) return cached;
    const landed = await this.store.landedCard(ticket, side);
    if (landed !== undefined) this.cards.set(key, landed);
    return landed;
  }

  pacingOf(entry: OutboxEntry | undefined): Pacing | undefined {
    if (entry === undefined || this.gateway.pacing === undefined) return undefined;
    const { target } = entry;
    if (target.kind === "post") return this.gateway.pacing(target.to);
    if (target.kind === "thread") {
      // A thread under a card is the card's: paced with the card's other posts and its updates.
      const card =
        target.in.thread === undefined ? this.cards.get(cardKey(target.ticket, target.side)) : undefined;
      return this.gateway.pacing(card === undefined ? target.in : { ...target.in, thread: card.message });
    }
    if (target.kind === "direct") return this.gateway.pacing(target.user);
    if (target.kind === "update") {
      // Paced where the card sits (a thread's root is its own thread), when it is known without a read.
      const card = this.cards.get(cardKey(target.ticket, target.side));
      if (card === undefined) return undefined;
      return this.gateway.pacing(
        { platform: card.platform, conversation: card.conversation, thread: card.thread ?? card.message },
        "update",
      );
    }
    return undefined;
  }
}

function cardKey(ticket: number, side: TicketSide): string {
  return `${ticket}:${side}`;
}

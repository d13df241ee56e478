import type { ConversationRef, MessageRef, UserRef } from "../domain/refs.js";
import type { OutboundMessage } from "./chat-gateway.js";

/** The two threads of a ticket: the client's, and the agents' under the ticket's triage card. */
export type TicketSide = "client" | "triage";

/**
 * Where an outbound message goes. Ticket threads are named by ticket and side, not by message id, so a
 * message can be queued before the card that starts its thread has landed: the dispatcher resolves the
 * thread from the landed card when it sends.
 */
export type OutboxTarget =
  /** A post in a known place; with `lands`, the post is that ticket side's card (its ref is kept). */
  | {
      readonly kind: "post";
      readonly to: ConversationRef;
      readonly lands?: { readonly ticket: number; readonly side: TicketSide };
    }
  /** A post in a ticket's thread; `in` is the thread's conversation, with the thread when it is known. */
  | {
      readonly kind: "thread";
      readonly ticket: number;
      readonly side: TicketSide;
      readonly in: ConversationRef;
    }
  /** Replaces a ticket side's card in place. */
  | { readonly kind: "update"; readonly ticket: number; readonly side: TicketSide }
  /** A direct message. */
  | { readonly kind: "direct"; readonly user: UserRef }
  /** The answer to a command or click, for the invoker's eyes only; `replyTo` is the adapter's own handle. */
  | {
      readonly kind: "answer";
      readonly user: UserRef;
      readonly in: ConversationRef;
      readonly replyTo?: string | undefined;
    };

/** A message to send, recorded in the same write as the change that caused it. */
export interface OutboxDraft {
  /** Unique for what caused it (the event and its n-th message, a reminder delivery): a retried write adds nothing. */
  readonly key: string;
  /** Messages of one lane are sent one at a time, in the order they were written. */
  readonly lane: string;
  /** Among lanes waiting for the same conversation's pace, lower ranks go first. */
  readonly rank: number;
  readonly target: OutboxTarget;
  /**
   * What to send; `card` for a ticket side's card (a card post, or an update), drawn when it is sent
   * from the ticket as it is then: the card never shows an older state than the one its ticket has.
   */
  readonly message: OutboundMessage | "card";
}

/** A draft as stored: numbered in commit order, with its delivery attempts so far. */
export interface OutboxEntry extends OutboxDraft {
  readonly seq: number;
  readonly createdAt: number;
  readonly attempts: number;
  /** A failed attempt's retry time; 0 when it may go now. */
  readonly retryAt: number;
  /** The process sending it (answers are sent by the process that wrote them) and until when. */
  readonly claimedBy?: string | undefined;
  readonly claimedUntil?: number | undefined;
}

export type OutboxOutcome =
  | { readonly state: "delivered"; readonly at: number; readonly ref?: MessageRef | undefined }
  | { readonly state: "retry"; readonly attempts: number; readonly retryAt: number; readonly error: string }
  | { readonly state: "dead"; readonly at: number; readonly error: string }
  /** A card update that a later update of the same card replaces. */
  | { readonly state: "superseded"; readonly at: number };

/** The outbox's reading side, for the dispatcher. */
export interface Outbox {
  /**
   * Entries still to send with a sequence above `afterSeq`, in order, except answers another live
   * process is sending.
   */
  pendingOutbox(afterSeq: number, limit: number, now: number, owner: string): Promise<OutboxEntry[]>;
  /** Records what became of an entry; a delivered card's ref is kept with its ticket and its thread indexed. */
  settleOutbox(entry: OutboxEntry, outcome: OutboxOutcome): Promise<void>;
  /** Where a ticket side's card landed, if it has. */
  landedCard(ticket: number, side: TicketSide): Promise<MessageRef | undefined>;
  /** How many entries wait, and the oldest one's creation time. */
  outboxDepth(): Promise<{ readonly count: number; readonly oldest: number | null }>;
  /** Forgets entries settled before `before` (delivered, replaced, or set aside). */
  pruneOutbox(before: number): Promise<number>;
}

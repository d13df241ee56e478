import type { ConversationRef } from "../domain/refs.js";
import type { Ticket } from "../domain/ticket/ticket.js";
import type { Inbox } from "./inbox.js";
import type { Outbox, OutboxDraft, OutboxEntry } from "./outbox.js";

/** What listing and scheduling need of a ticket, kept in memory for every ticket. */
export interface TicketSummary {
  readonly id: number;
  readonly customer: string;
  readonly title: string;
  readonly priority: string;
  readonly status: Ticket["status"];
  /** `platform:id` of the assignee, or null. */
  readonly assignee: string | null;
  readonly updatedAt: number;
  /** The earliest due time of a running SLA clock, as of the last save. */
  readonly dueAt: number | null;
  /** When a reminder delivery is next owed, as of the last save. */
  readonly remindAt: number | null;
  /** The clocks counting when last saved, with their at-risk and due instants, packed (`unpackDeadlines`). */
  readonly deadlines: readonly number[];
}

export interface TicketQuery {
  readonly open?: boolean;
  readonly customer?: string;
  /** `platform:id`, or null for unassigned tickets. */
  readonly assignee?: string | null;
  /** Only tickets with a running clock due at or before this instant. */
  readonly dueBy?: number;
  /** Only tickets owing a reminder delivery at or before this instant. */
  readonly remindBy?: number;
  /** Only tickets changed at or after this instant; with `limit`, the most recently changed first. */
  readonly changedSince?: number;
  /** At most this many, the most recently changed first. */
  readonly limit?: number;
  /**
   * Answer from what this process knows without first catching up with other processes' latest changes
   * (for suggestions, where a second's staleness does not matter and a round trip does).
   */
  readonly stale?: boolean;
}

/** A ticket to store, written only if its stored version is still `expectedVersion` (0: a new ticket). */
export interface TicketWrite {
  readonly ticket: Ticket;
  readonly expectedVersion: number;
}

/**
 * Everything one inbound event (or one scheduler step) changes, written as one atomic step: the tickets,
 * the threads that now lead to them, the messages it causes, and the inbox entry it completes.
 */
export interface Change {
  /** When the change is made, by the desk's clock: the time its messages were written. */
  readonly at: number;
  readonly tickets: readonly TicketWrite[];
  readonly threads: readonly { readonly thread: ConversationRef; readonly ticket: number }[];
  readonly outbox: readonly OutboxDraft[];
  /** The inbox entry this change handles: the write is refused if that entry was handled already. */
  readonly inboxDone?: string | undefined;
}

export type CommitResult =
  | { readonly committed: true; readonly outbox: readonly OutboxEntry[] }
  /** `version`: a ticket changed since it was read; `handled`: the inbox entry was handled meanwhile. */
  | { readonly committed: false; readonly conflict: "version" | "handled" };

/**
 * Durable tickets, and beside them the inbox and the outbox, so that one write can cover all three. A
 * ticket is one document, written whole with its number, history and indexes, or not at all.
 */
export interface TicketStore extends Inbox, Outbox {
  /** A new ticket number: never one a committed ticket has. */
  nextNumber(): Promise<number>;
  /** Writes the change if every ticket's version and the inbox entry are still as read. */
  commit(change: Change): Promise<CommitResult>;
  /** A ticket, with the refs of its cards once they landed. */
  get(id: number): Promise<Ticket | undefined>;
  /** The ticket whose client or triage thread this is. */
  findByThread(thread: ConversationRef): Promise<Ticket | undefined>;
  /** Summaries of the tickets that match, most recently updated first. */
  list(query: TicketQuery): Promise<TicketSummary[]>;
  /** A small named document beside the tickets (e.g. the on-call override). */
  getSetting<T>(name: string): Promise<T | undefined>;
  setSetting<T>(name: string, value: T): Promise<void>;
  close(): Promise<void>;
}

export function threadKey(thread: ConversationRef): string {
  return `${thread.platform}:${thread.conversation}:${thread.thread ?? ""}`;
}

import type { Ticket } from "../domain/ticket/ticket.js";
import type { ConversationRef } from "./chat-gateway.js";

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
}

/**
 * Durable tickets. A ticket is one document, written whole: it is visible with its number and history,
 * or not at all. Writers pass the version they read; a concurrent write makes `save` return false
 * and the caller reloads and retries.
 */
export interface TicketStore {
  /**
   * The ticket number for the platform event that opens a ticket: the same number every time the same
   * event is delivered, a new one (never reused) otherwise.
   */
  reserveNumber(eventId: string): Promise<number>;
  /** Stores a new ticket (version 1) and indexes its client thread; false if that number is taken. */
  create(ticket: Ticket): Promise<boolean>;
  /** Stores `ticket` (its version one more than `expectedVersion`) only if nobody saved in between. */
  save(ticket: Ticket, expectedVersion: number): Promise<boolean>;
  get(id: number): Promise<Ticket | undefined>;
  /** The ticket whose client or triage thread this is. */
  findByThread(thread: ConversationRef): Promise<Ticket | undefined>;
  /** Points a further thread (the triage thread) at a ticket. */
  indexThread(thread: ConversationRef, id: number): Promise<void>;
  /** Summaries of the tickets that match, most recently updated first. */
  list(query: TicketQuery): Promise<TicketSummary[]>;
  /** Whether an event that touched no ticket (e.g. `help`) was handled already; marks it handled. */
  firstDelivery(eventId: string): Promise<boolean>;
  /** A small named document beside the tickets (e.g. the on-call override). */
  getSetting<T>(name: string): Promise<T | undefined>;
  setSetting<T>(name: string, value: T): Promise<void>;
  close(): Promise<void>;
}

export function threadKey(thread: ConversationRef): string {
  return `${thread.platform}:${thread.conversation}:${thread.thread ?? ""}`;
}

import { isOpenStatus } from "../../src/domain/ticket/status.js";
import type { Ticket } from "../../src/domain/ticket/ticket.js";
import type { ConversationRef } from "../../src/ports/chat-gateway.js";
import {
  type TicketQuery,
  type TicketStore,
  type TicketSummary,
  threadKey,
} from "../../src/ports/ticket-store.js";
import type { KeyvBackend } from "./keyv-backend.js";

const BATCH = 500;

/**
 * Tickets on any keyv backend. Each ticket is one document at `ticket:<n>`, written with a version check;
 * thread and event indexes are written before the ticket, so a crash leaves at worst an index pointing
 * at nothing, never a ticket without its indexes. On a shared backend a change log (`change:<seq>`),
 * written in the same atomic step as the ticket, lets every replica keep its in-memory summaries current
 * without rescanning; an SQLite file has one desk process, which sees all its own writes.
 */
export class KeyvTicketStore implements TicketStore {
  private readonly summaries = new Map<number, TicketSummary>();
  private appliedChange = 0;

  private constructor(
    private readonly backend: KeyvBackend,
    private readonly prefix: string,
  ) {}

  static async open(backend: KeyvBackend, prefix = "sla-desk:"): Promise<KeyvTicketStore> {
    const store = new KeyvTicketStore(backend, prefix);
    await store.loadSummaries();
    return store;
  }

  async reserveNumber(eventId: string): Promise<number> {
    const key = this.key(`event:${eventId}`);
    const reserved = await this.backend.keyv.get<{ ticket: number }>(key);
    if (reserved !== undefined) return reserved.ticket;
    const id = await this.backend.atomic.increment(this.key("seq:ticket"));
    if (await this.putIfVersion(key, { version: 1, ticket: id }, 0)) return id;
    // Another replica reserved a number for this event first; ours stays unused, never reused.
    const winner = await this.backend.keyv.get<{ ticket: number }>(key);
    return winner?.ticket ?? id;
  }

  async create(ticket: Ticket): Promise<boolean> {
    await this.indexThread(ticket.clientThread, ticket.id);
    return this.write({ ...ticket, version: 1 }, 0);
  }

  save(ticket: Ticket, expectedVersion: number): Promise<boolean> {
    return this.write({ ...ticket, version: expectedVersion + 1 }, expectedVersion);
  }

  get(id: number): Promise<Ticket | undefined> {
    return this.backend.keyv.get<Ticket>(this.ticketKey(id));
  }

  async findByThread(thread: ConversationRef): Promise<Ticket | undefined> {
    const id = await this.backend.keyv.get<number>(this.key(`thread:${threadKey(thread)}`));
    return id === undefined ? undefined : this.get(id);
  }

  async indexThread(thread: ConversationRef, id: number): Promise<void> {
    await this.backend.keyv.set(this.key(`thread:${threadKey(thread)}`), id);
  }

  async list(query: TicketQuery): Promise<TicketSummary[]> {
    await this.applyChanges();
    const matches = [...this.summaries.values()].filter((summary) => matchesQuery(summary, query));
    return matches.sort((a, b) => b.updatedAt - a.updatedAt || b.id - a.id);
  }

  firstDelivery(eventId: string): Promise<boolean> {
    return this.putIfVersion(this.key(`handled:${eventId}`), { version: 1 }, 0);
  }

  getSetting<T>(name: string): Promise<T | undefined> {
    return this.backend.keyv.get<T>(this.key(`setting:${name}`));
  }

  async setSetting<T>(name: string, value: T): Promise<void> {
    await this.backend.keyv.set(this.key(`setting:${name}`), value);
  }

  close(): Promise<void> {
    return this.backend.close();
  }

  /**
   * Stores the ticket if its version is still `expected`. On a shared backend the change-log entry is
   * written in the same atomic step, so other replicas never see a change number without its entry.
   */
  private async write(ticket: Ticket, expected: number): Promise<boolean> {
    const key = this.ticketKey(ticket.id);
    const raw = JSON.stringify({ value: ticket });
    const stored = this.backend.shared
      ? await this.backend.atomic.putIfVersionAndLog(key, raw, expected, {
          counter: this.key("seq:change"),
          prefix: this.key("change:"),
          raw: JSON.stringify({ value: ticket.id }),
        })
      : await this.backend.atomic.putIfVersion(key, raw, expected);
    if (stored) this.summaries.set(ticket.id, summarize(ticket));
    return stored;
  }

  /** Reads every stored ticket once; changes made meanwhile are replayed from the log afterwards. */
  private async loadSummaries(): Promise<void> {
    this.appliedChange = (await this.backend.keyv.get<number>(this.key("seq:change"))) ?? 0;
    const last = (await this.backend.keyv.get<number>(this.key("seq:ticket"))) ?? 0;
    for (let from = 1; from <= last; from += BATCH) {
      const ids = range(from, Math.min(last, from + BATCH - 1));
      await this.summarizeTickets(ids);
    }
  }

  private async applyChanges(): Promise<void> {
    if (!this.backend.shared) return;
    const latest = (await this.backend.keyv.get<number>(this.key("seq:change"))) ?? 0;
    while (this.appliedChange < latest) {
      const seqs = range(this.appliedChange + 1, Math.min(latest, this.appliedChange + BATCH));
      const ids = await this.backend.keyv.getMany<number>(seqs.map((seq) => this.key(`change:${seq}`)));
      // Entries are written with their change number, so none is missing unless removed by hand.
      await this.summarizeTickets(ids.filter((id): id is number => id !== undefined));
      this.appliedChange += seqs.length;
    }
  }

  private async summarizeTickets(ids: readonly number[]): Promise<void> {
    if (ids.length === 0) return;
    const tickets = await this.backend.keyv.getMany<Ticket>(ids.map((id) => this.ticketKey(id)));
    for (const ticket of tickets) {
      const known = ticket === undefined ? undefined : this.summaries.get(ticket.id);
      if (ticket !== undefined && (known === undefined || known.updatedAt <= ticket.updatedAt)) {
        this.summaries.set(ticket.id, summarize(ticket));
      }
    }
  }

  private putIfVersion(key: string, document: object, expected: number): Promise<boolean> {
    return this.backend.atomic.putIfVersion(key, JSON.stringify({ value: document }), expected);
  }

  private ticketKey(id: number): string {
    return this.key(`ticket:${id}`);
  }

  private key(name: string): string {
    return `${this.prefix}${name}`;
  }
}

function summarize(ticket: Ticket): TicketSummary {
  return {
    id: ticket.id,
    customer: ticket.customer,
    title: ticket.title,
    priority: ticket.priority.level,
    status: ticket.status,
    assignee: ticket.assignee === null ? null : `${ticket.assignee.platform}:${ticket.assignee.id}`,
    updatedAt: ticket.updatedAt,
    dueAt: ticket.dueAt,
    // Tickets saved before reminders existed are looked at from their earliest due time.
    remindAt: ticket.remindAt === undefined ? ticket.dueAt : ticket.remindAt,
  };
}

function matchesQuery(summary: TicketSummary, query: TicketQuery): boolean {
  if (query.open !== undefined && query.open !== isOpenStatus(summary.status)) return false;
  if (query.customer !== undefined && summary.customer !== query.customer) return false;
  if (query.assignee !== undefined && summary.assignee !== query.assignee) return false;
  if (query.dueBy !== undefined && (summary.dueAt === null || summary.dueAt > query.dueBy)) return false;
  if (query.remindBy !== undefined && (summary.remindAt === null || summary.remindAt > query.remindBy))
    return false;
  return true;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { ConversationRef, MessageRef } from "../../src/domain/refs.js";
import type { Ticket } from "../../src/domain/ticket/ticket.js";
import type { InboxClaim, InboxEntry } from "../../src/ports/inbox.js";
import type { OutboxEntry, OutboxOutcome, TicketSide } from "../../src/ports/outbox.js";
import {
  type Change,
  type CommitResult,
  type TicketQuery,
  type TicketStore,
  type TicketSummary,
  threadKey,
} from "../../src/ports/ticket-store.js";
import type { KeyvBackend } from "./keyv-backend.js";
import type { LandedCard, NativeStore } from "./native-store.js";
import { matchesQuery, summarize } from "./ticket-summaries.js";

const BATCH = 500;

/** A process's name as it claims inbox entries and answers: host, pid and a random part. */
export function processOwner(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/**
 * Tickets on any keyv backend, with the inbox and outbox beside them. Each ticket is one document at
 * `ticket:<n>`; a card that landed is kept at `card:<n>:<side>` and its thread indexed at `thread:<…>`.
 * Every change goes through the backend's native atomic write (one transaction or one script). On a
 * shared backend a change log (`change:<seq>`), written in the same step as the ticket, lets every
 * replica keep its in-memory summaries current without rescanning; an SQLite file has one desk process,
 * which sees all its own writes.
 */
export class KeyvTicketStore implements TicketStore {
  private readonly summaries = new Map<number, TicketSummary>();
  /** Ticket ids by customer, and ids in the order they were last changed (the latest few thousand). */
  private readonly byCustomer = new Map<string, number[]>();
  private readonly recentlyChanged: number[] = [];
  private appliedChange = 0;

  private constructor(
    private readonly backend: KeyvBackend,
    private readonly native: NativeStore,
    private readonly prefix: string,
  ) {}

  static async open(
    backend: KeyvBackend,
    prefix = "sla-desk:",
    owner: string = processOwner(),
  ): Promise<KeyvTicketStore> {
    const store = new KeyvTicketStore(backend, await backend.native(prefix, owner), prefix);
    await store.loadSummaries();
    return store;
  }

  nextNumber(): Promise<number> {
    return this.native.nextNumber();
  }

  async commit(change: Change): Promise<CommitResult> {
    const tickets = change.tickets.map(({ ticket, expectedVersion }) => ({
      id: ticket.id,
      key: this.ticketKey(ticket.id),
      raw: JSON.stringify({ value: stored(ticket) }),
      expected: expectedVersion,
    }));
    const created = change.tickets.filter((w) => w.expectedVersion === 0).map((w) => w.ticket.id);
    const result = await this.native.commit({
      at: change.at,
      tickets,
      documents: change.threads.map(({ thread, ticket }) => ({
        key: this.threadIndexKey(thread),
        raw: JSON.stringify({ value: ticket }),
      })),
      newTicket: created.length === 0 ? null : Math.max(...created),
      outbox: change.outbox,
      inboxDone: change.inboxDone,
    });
    if (result.committed) for (const { ticket } of change.tickets) this.remember(ticket);
    return result;
  }

  async get(id: number): Promise<Ticket | undefined> {
    const [ticket, client, triage] = await this.backend.keyv.getMany<unknown>([
      this.ticketKey(id),
      this.cardKey(id, "client"),
      this.cardKey(id, "triage"),
    ]);
    if (ticket === undefined) return undefined;
    return withCards(ticket as Ticket, client as MessageRef | undefined, triage as MessageRef | undefined);
  }

  async findByThread(thread: ConversationRef): Promise<Ticket | undefined> {
    const id = await this.backend.keyv.get<number>(this.threadIndexKey(thread));
    return id === undefined ? undefined : this.get(id);
  }

  async list(query: TicketQuery): Promise<TicketSummary[]> {
    if (query.stale !== true) await this.applyChanges();
    const candidates =
      query.customer === undefined && (query.changedSince === undefined || query.limit === undefined)
        ? this.summaries.values()
        : this.candidates(query);
    const matches = [...candidates].filter((summary) => matchesQuery(summary, query));
    const sorted = matches.sort((a, b) => b.updatedAt - a.updatedAt || b.id - a.id);
    return query.limit === undefined ? sorted : sorted.slice(0, query.limit);
  }

  /** The summaries a query can match where an index narrows it: a customer's tickets, or the latest changed. */
  private *candidates(query: TicketQuery): Iterable<TicketSummary> {
    if (query.customer !== undefined) {
      for (const id of this.byCustomer.get(query.customer) ?? []) {
        const summary = this.summaries.get(id);
        if (summary !== undefined) yield summary;
      }
      return;
    }
    const seen = new Set<number>();
    const limit = query.limit ?? Number.POSITIVE_INFINITY;
    const since = query.changedSince ?? Number.NEGATIVE_INFINITY;
    for (let i = this.recentlyChanged.length - 1; i >= 0 && seen.size < limit; i--) {
      const id = this.recentlyChanged[i] as number;
      const summary = this.summaries.get(id);
      if (seen.has(id) || summary === undefined) continue;
      seen.add(id);
      if (summary.updatedAt < since) continue;
      yield summary;
    }
  }

  getSetting<T>(name: string): Promise<T | undefined> {
    return this.backend.keyv.get<T>(this.key(`setting:${name}`));
  }

  async setSetting<T>(name: string, value: T): Promise<void> {
    await this.backend.setDocument(this.key(`setting:${name}`), JSON.stringify({ value }));
  }

  recordInbound(entry: Omit<InboxEntry, "attempts">, claim: InboxClaim): Promise<boolean> {
    return this.native.recordInbound(entry, claim);
  }

  claimStaleInbound(now: number, claim: InboxClaim, limit: number): Promise<InboxEntry[]> {
    return this.native.claimStaleInbound(now, claim, limit);
  }

  releaseInbound(id: string, retryAt: number, error: string, giveUp: boolean): Promise<void> {
    return this.native.releaseInbound(id, retryAt, error, giveUp);
  }

  inboxDepth() {
    return this.native.inboxDepth();
  }

  pruneInbound(before: number): Promise<number> {
    return this.native.pruneInbound(before);
  }

  pendingOutbox(afterSeq: number, limit: number, now: number, owner: string): Promise<OutboxEntry[]> {
    return this.native.pendingOutbox(afterSeq, limit, now, owner);
  }

  settleOutbox(entry: OutboxEntry, outcome: OutboxOutcome): Promise<void> {
    return this.native.settleOutbox(entry, outcome, this.landed(entry, outcome));
  }

  landedCard(ticket: number, side: TicketSide): Promise<MessageRef | undefined> {
    return this.backend.keyv.get<MessageRef>(this.cardKey(ticket, side));
  }

  outboxDepth() {
    return this.native.outboxDepth();
  }

  pruneOutbox(before: number): Promise<number> {
    return this.native.pruneOutbox(before);
  }

  async close(): Promise<void> {
    await this.native.close();
    await this.backend.close();
  }

  /** A delivered card: kept with its ticket, and its thread indexed, in the same write as the outcome. */
  private landed(entry: OutboxEntry, outcome: OutboxOutcome): LandedCard | undefined {
    const { target } = entry;
    if (outcome.state !== "delivered" || outcome.ref === undefined || target.kind !== "post")
      return undefined;
    if (target.lands === undefined) return undefined;
    const { ticket, side } = target.lands;
    const thread = { ...outcome.ref, thread: target.to.thread ?? outcome.ref.message };
    const { message: _message, ...threadRef } = thread;
    return {
      card: { key: this.cardKey(ticket, side), raw: JSON.stringify({ value: outcome.ref }) },
      thread: { key: this.threadIndexKey(threadRef), raw: JSON.stringify({ value: ticket }) },
    };
  }

  private remember(ticket: Ticket): void {
    const known = this.summaries.get(ticket.id);
    if (known !== undefined && known.updatedAt > ticket.updatedAt) return;
    this.summaries.set(ticket.id, summarize(ticket));
    // A ticket's customer never changes: it joins its customer's list once, when first seen.
    if (known === undefined) {
      const customers = this.byCustomer.get(ticket.customer) ?? [];
      customers.push(ticket.id);
      this.byCustomer.set(ticket.customer, customers);
    }
    this.recentlyChanged.push(ticket.id);
    if (this.recentlyChanged.length > 2 * RECENT_CHANGES) this.recentlyChanged.splice(0, RECENT_CHANGES);
  }

  /** Reads every stored ticket once; changes made meanwhile are replayed from the log afterwards. */
  private async loadSummaries(): Promise<void> {
    if (this.native.shared) this.appliedChange = await this.native.latestChange();
    const last = await this.native.highestTicket();
    for (let from = 1; from <= last; from += BATCH) {
      const ids = range(from, Math.min(last, from + BATCH - 1));
      await this.summarizeTickets(ids);
    }
  }

  private async applyChanges(): Promise<void> {
    if (!this.native.shared) return;
    const latest = await this.native.latestChange();
    while (this.appliedChange < latest) {
      const to = Math.min(latest, this.appliedChange + BATCH);
      await this.summarizeTickets(await this.native.changedTickets(this.appliedChange + 1, to));
      this.appliedChange = to;
    }
  }

  private async summarizeTickets(ids: readonly number[]): Promise<void> {
    if (ids.length === 0) return;
    const tickets = await this.backend.keyv.getMany<Ticket>(
      [...new Set(ids)].map((id) => this.ticketKey(id)),
    );
    for (const ticket of tickets) if (ticket !== undefined) this.remember(ticket);
  }

  private ticketKey(id: number): string {
    return this.key(`ticket:${id}`);
  }

  private cardKey(id: number, side: TicketSide): string {
    return this.key(`card:${id}:${side}`);
  }

  private threadIndexKey(thread: ConversationRef): string {
    return this.key(`thread:${threadKey(thread)}`);
  }

  private key(name: string): string {
    return `${this.prefix}${name}`;
  }
}

/** The ticket document without what the store keeps beside it (the landed cards). */
function stored(ticket: Ticket): Ticket {
  const { triageCard: _t, triageThread: _h, clientCard: _c, ...rest } = ticket;
  return rest;
}

/** The ticket with its landed cards: the triage thread starts at its card, a command's ticket at its acknowledgement. */
function withCards(ticket: Ticket, client: MessageRef | undefined, triage: MessageRef | undefined): Ticket {
  const clientThread =
    ticket.clientThread.thread === undefined && client !== undefined
      ? { ...ticket.clientThread, thread: client.message }
      : ticket.clientThread;
  return {
    ...ticket,
    clientThread,
    ...(client !== undefined && { clientCard: client }),
    ...(triage !== undefined && {
      triageCard: triage,
      triageThread: { platform: triage.platform, conversation: triage.conversation, thread: triage.message },
    }),
  };
}

/** How many of the latest changes the recency index keeps (between this and twice as many). */
const RECENT_CHANGES = 5000;

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

import type { Inbox, InboxEntry } from "../../src/ports/inbox.js";
import type { OutboxDraft, OutboxEntry, OutboxOutcome } from "../../src/ports/outbox.js";
import type { CommitResult } from "../../src/ports/ticket-store.js";

/** A document as keyv stores it: `{"value": …}`, under its full key. */
export interface RawDocument {
  readonly key: string;
  readonly raw: string;
}

/** A ticket document written only if the stored one still has `expected` as its version (0: none stored). */
export interface RawTicketWrite extends RawDocument {
  readonly id: number;
  readonly expected: number;
}

/** A change as the backend writes it: raw documents under full keys, the outbox drafts, the inbox entry. */
export interface NativeChange {
  readonly at: number;
  readonly tickets: readonly RawTicketWrite[];
  /** Documents written as they are (thread indexes). */
  readonly documents: readonly RawDocument[];
  /** The highest ticket number this change creates, to keep the number counter ahead of it. */
  readonly newTicket: number | null;
  readonly outbox: readonly OutboxDraft[];
  readonly inboxDone?: string | undefined;
}

/** A delivered card, kept with its ticket, and the thread it starts, indexed to it. */
export interface LandedCard {
  readonly card: RawDocument;
  readonly thread: RawDocument;
}

/**
 * What each backend does natively, in one transaction or one script: the atomic change, the inbox and
 * the outbox. Documents live in keyv's table (or keyspace) under the store's prefix; the inbox and
 * outbox in tables (or keys) of their own, kept apart by the same prefix.
 */
export interface NativeStore extends Inbox {
  /** Several desk processes may share it (Redis, PostgreSQL); an SQLite file has one. */
  readonly shared: boolean;
  nextNumber(): Promise<number>;
  /** The highest ticket number handed out (or stored), to read every ticket from 1 up to it. */
  highestTicket(): Promise<number>;
  commit(change: NativeChange): Promise<CommitResult>;
  pendingOutbox(afterSeq: number, limit: number, now: number, owner: string): Promise<OutboxEntry[]>;
  settleOutbox(entry: OutboxEntry, outcome: OutboxOutcome, landed: LandedCard | undefined): Promise<void>;
  outboxDepth(): Promise<{ readonly count: number; readonly oldest: number | null }>;
  pruneOutbox(before: number): Promise<number>;
  /** Shared backends: the latest change number, and the tickets changes `from`..`to` wrote. */
  latestChange(): Promise<number>;
  changedTickets(from: number, to: number): Promise<number[]>;
  close(): Promise<void>;
}

/** How long an answer stays with the process that wrote it before another may send it. */
export const ANSWER_CLAIM_MS = 30_000;
/** How long handled inbox entries are kept, so a late redelivery is still recognised. */
export const INBOX_MEMORY_MS = 3 * 24 * 3_600_000;
/** How long settled outbox entries are kept (a message set aside can be looked at meanwhile). */
export const OUTBOX_MEMORY_MS = 7 * 24 * 3_600_000;

/** The columns of an outbox entry that are not its draft. */
export function entryOf(
  draft: OutboxDraft,
  row: {
    seq: number;
    createdAt: number;
    attempts?: number;
    retryAt?: number;
    claimedBy?: string | null;
    claimedUntil?: number | null;
  },
): OutboxEntry {
  return {
    ...draft,
    seq: Number(row.seq),
    createdAt: Number(row.createdAt),
    attempts: Number(row.attempts ?? 0),
    retryAt: Number(row.retryAt ?? 0),
    ...(row.claimedBy ? { claimedBy: row.claimedBy, claimedUntil: Number(row.claimedUntil ?? 0) } : {}),
  };
}

export type CommitDecision =
  | { readonly ok: true }
  | { readonly ok: false; readonly conflict: "version" | "handled" };

/**
 * Which changes of a batch may be written, in order, each seeing the ones accepted before it: a change
 * is refused when its inbox entry is handled already (before or earlier in the batch), or when a ticket
 * it writes is no longer at the version it read.
 */
export function decideCommits(
  changes: readonly NativeChange[],
  inboxPending: (id: string) => boolean,
  storedVersion: (key: string) => number,
): CommitDecision[] {
  const handled = new Set<string>();
  const versions = new Map<string, number>();
  return changes.map((change) => {
    const inbox = change.inboxDone;
    if (inbox !== undefined && (handled.has(inbox) || !inboxPending(inbox)))
      return { ok: false, conflict: "handled" } as const;
    for (const write of change.tickets)
      if ((versions.get(write.key) ?? storedVersion(write.key)) !== write.expected)
        return { ok: false, conflict: "version" } as const;
    for (const write of change.tickets) versions.set(write.key, write.expected + 1);
    if (inbox !== undefined) handled.add(inbox);
    return { ok: true } as const;
  });
}

/** An outcome as the outbox row records it: state, attempts, retry time, error, settled time, ref. */
export function settleRow(entry: OutboxEntry, outcome: OutboxOutcome): unknown[] {
  const retry = outcome.state === "retry";
  return [
    entry.seq,
    retry ? "pending" : outcome.state,
    retry ? outcome.attempts : entry.attempts,
    retry ? outcome.retryAt : 0,
    outcome.state === "retry" || outcome.state === "dead" ? outcome.error.slice(0, 2000) : null,
    retry ? null : outcome.at,
    outcome.state === "delivered" && outcome.ref ? JSON.stringify(outcome.ref) : null,
  ];
}

export function landedDocuments(landed: LandedCard | undefined): RawDocument[] {
  return landed === undefined ? [] : [landed.card, landed.thread];
}

/** An inbox row as the SQL backends return it. */
export interface InboxRow {
  readonly id: string;
  readonly source: string;
  readonly partition_key: string;
  readonly payload: string;
  readonly received_at: number | string;
  readonly attempts: number;
}

/** Inbox rows as entries, oldest first. */
export function inboxEntriesOf(rows: readonly InboxRow[]): InboxEntry[] {
  return rows
    .map((row) => ({
      id: row.id,
      source: row.source,
      partition: row.partition_key,
      payload: JSON.parse(row.payload) as unknown,
      receivedAt: Number(row.received_at),
      attempts: Number(row.attempts),
    }))
    .sort((a, b) => a.receivedAt - b.receivedAt);
}

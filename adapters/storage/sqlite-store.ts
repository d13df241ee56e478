import type { InboxClaim, InboxEntry } from "../../src/ports/inbox.js";
import type { OutboxDraft, OutboxEntry, OutboxOutcome } from "../../src/ports/outbox.js";
import type { CommitResult } from "../../src/ports/ticket-store.js";
import {
  entryOf,
  type InboxRow,
  inboxEntriesOf,
  type LandedCard,
  landedDocuments,
  type NativeChange,
  type NativeStore,
  settleRow,
} from "./native-store.js";

import { SQL } from "./sqlite-sql.js";
import type { SqliteWriter } from "./sqlite-writer.js";

interface OutboxRow {
  seq: number;
  draft: string;
  created_at: number;
  attempts: number;
  retry_at: number;
}

/**
 * One key space of the SQLite file. Ticket numbers are counted in memory: a file has one desk process,
 * and a restart continues after the highest ticket stored.
 */
export class SqliteStore implements NativeStore {
  readonly shared = false;

  private constructor(
    private readonly writer: SqliteWriter,
    private readonly space: string,
    private readonly owner: string,
    private lastNumber: number,
  ) {}

  static async open(writer: SqliteWriter, space: string, owner: string): Promise<SqliteStore> {
    const prefix = `${space}ticket:`;
    const highest = await writer.db
      .prepare(SQL.highestTicket)
      .get<{ n: number | null }>([prefix.length + 1, prefix, `${space}ticket;`]);
    // Stores written before tickets were counted from their keys kept a counter document.
    const counted = await writer.db.prepare(SQL.counter).get<{ n: number | null }>([`${space}seq:ticket`]);
    return new SqliteStore(writer, space, owner, Math.max(Number(highest?.n ?? 0), Number(counted?.n ?? 0)));
  }

  async nextNumber(): Promise<number> {
    this.lastNumber += 1;
    return this.lastNumber;
  }

  async highestTicket(): Promise<number> {
    return this.lastNumber;
  }

  commit(change: NativeChange): Promise<CommitResult> {
    return this.writer.submit({ kind: "commit", space: this.space, owner: this.owner, change });
  }

  recordInbound(entry: Omit<InboxEntry, "attempts">, claim: InboxClaim): Promise<boolean> {
    const row = [
      entry.id,
      entry.source,
      entry.partition,
      JSON.stringify(entry.payload),
      entry.receivedAt,
      claim.owner,
      claim.until,
    ];
    return this.writer.submit({ kind: "record", space: this.space, row });
  }

  claimStaleInbound(now: number, claim: InboxClaim, limit: number): Promise<InboxEntry[]> {
    return this.runInWriter(async () => {
      const rows = await this.writer.db
        .prepare(SQL.claimStale)
        .all<InboxRow>([claim.owner, claim.until, this.space, now, this.space, now, limit]);
      return inboxEntriesOf(rows);
    });
  }

  async releaseInbound(id: string, retryAt: number, error: string, giveUp: boolean): Promise<void> {
    await this.runInWriter(() =>
      this.writer.db
        .prepare(SQL.releaseInbound)
        .run([retryAt, error.slice(0, 2000), giveUp ? 1 : 0, this.space, id]),
    );
  }

  inboxDepth() {
    return this.runInWriter(async () => {
      const row = await this.writer.db
        .prepare(SQL.inboxDepth)
        .get<{ count: number; oldest: number | null }>([this.space]);
      return { count: Number(row?.count ?? 0), oldest: row?.oldest ?? null };
    });
  }

  async pruneInbound(before: number): Promise<number> {
    const { changes } = await this.runInWriter(() =>
      this.writer.db.prepare(SQL.pruneInbound).run([this.space, before]),
    );
    return changes;
  }

  /** Read between transactions: never a batch's uncommitted entries. */
  pendingOutbox(afterSeq: number, limit: number): Promise<OutboxEntry[]> {
    return this.runInWriter(async () => {
      const rows = await this.writer.db
        .prepare(SQL.pendingOutbox)
        .all<OutboxRow>([this.space, afterSeq, limit]);
      return rows.map((row) =>
        entryOf(JSON.parse(row.draft) as OutboxDraft, {
          seq: row.seq,
          createdAt: row.created_at,
          attempts: row.attempts,
          retryAt: row.retry_at,
        }),
      );
    });
  }

  async settleOutbox(
    entry: OutboxEntry,
    outcome: OutboxOutcome,
    landed: LandedCard | undefined,
  ): Promise<void> {
    await this.writer.submit({
      kind: "settle",
      row: settleRow(entry, outcome),
      documents: landedDocuments(landed),
    });
  }

  outboxDepth() {
    return this.runInWriter(async () => {
      const row = await this.writer.db
        .prepare(SQL.outboxDepth)
        .get<{ count: number; oldest: number | null }>([this.space]);
      return { count: Number(row?.count ?? 0), oldest: row?.oldest ?? null };
    });
  }

  async pruneOutbox(before: number): Promise<number> {
    const { changes } = await this.runInWriter(() =>
      this.writer.db.prepare(SQL.pruneOutbox).run([this.space, before]),
    );
    return changes;
  }

  async latestChange(): Promise<number> {
    return 0;
  }

  async changedTickets(): Promise<number[]> {
    return [];
  }

  async close(): Promise<void> {}

  private runInWriter<T>(work: () => Promise<T>): Promise<T> {
    return this.writer.submit({ kind: "run", work });
  }
}

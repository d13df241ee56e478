import type { InboxClaim, InboxEntry } from "../../src/ports/inbox.js";
import type { OutboxDraft, OutboxEntry, OutboxOutcome } from "../../src/ports/outbox.js";
import type { CommitResult } from "../../src/ports/ticket-store.js";
import {
  ANSWER_CLAIM_MS,
  entryOf,
  type LandedCard,
  type NativeChange,
  type NativeStore,
  type RawDocument,
} from "./native-store.js";
import { RolledBack, type SqliteConnection } from "./sqlite-connection.js";

export const SQLITE_SCHEMA = `
CREATE TABLE IF NOT EXISTS keyv (key VARCHAR(255) PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS sla_desk_inbox (
  space TEXT NOT NULL, id TEXT NOT NULL, source TEXT NOT NULL, partition_key TEXT NOT NULL,
  payload TEXT NOT NULL, received_at INTEGER NOT NULL, state TEXT NOT NULL,
  claimed_by TEXT, claimed_until INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0,
  error TEXT, done_at INTEGER, PRIMARY KEY (space, id));
CREATE INDEX IF NOT EXISTS sla_desk_inbox_pending ON sla_desk_inbox (space, claimed_until) WHERE state = 'pending';
CREATE INDEX IF NOT EXISTS sla_desk_inbox_done ON sla_desk_inbox (space, done_at) WHERE state = 'done';
CREATE TABLE IF NOT EXISTS sla_desk_outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, space TEXT NOT NULL, key TEXT NOT NULL, lane TEXT NOT NULL,
  rank INTEGER NOT NULL, draft TEXT NOT NULL, created_at INTEGER NOT NULL, state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0, retry_at INTEGER NOT NULL DEFAULT 0, claimed_by TEXT,
  claimed_until INTEGER, error TEXT, settled_at INTEGER, ref TEXT, UNIQUE (space, key));
CREATE INDEX IF NOT EXISTS sla_desk_outbox_pending ON sla_desk_outbox (space, seq) WHERE state = 'pending';
`;

const SQL = {
  putDocument: `INSERT INTO keyv (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
  createTicket: `INSERT INTO keyv (key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING`,
  updateTicket: `UPDATE keyv SET value = ? WHERE key = ? AND json_extract(value, '$.value.version') = ?`,
  raiseCounter: `INSERT INTO keyv (key, value) VALUES (?, json_object('value', ?)) ON CONFLICT(key) DO UPDATE
    SET value = json_object('value', max(json_extract(value, '$.value'), json_extract(excluded.value, '$.value')))`,
  inboxDone: `UPDATE sla_desk_inbox SET state = 'done', done_at = ?, payload = '' WHERE space = ? AND id = ? AND state = 'pending'`,
  recordInbound: `INSERT INTO sla_desk_inbox (space, id, source, partition_key, payload, received_at, state, claimed_by, claimed_until)
    VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?) ON CONFLICT(space, id) DO NOTHING`,
  claimStale: `UPDATE sla_desk_inbox SET claimed_by = ?, claimed_until = ?
    WHERE space = ? AND state = 'pending' AND claimed_until <= ? AND id IN (
      SELECT id FROM sla_desk_inbox WHERE space = ? AND state = 'pending' AND claimed_until <= ?
      ORDER BY received_at LIMIT ?)
    RETURNING id, source, partition_key, payload, received_at, attempts`,
  releaseInbound: `UPDATE sla_desk_inbox SET claimed_by = NULL, claimed_until = ?, attempts = attempts + 1, error = ?,
    state = CASE WHEN ? THEN 'failed' ELSE state END WHERE space = ? AND id = ? AND state = 'pending'`,
  inboxDepth: `SELECT count(*) AS count, min(received_at) AS oldest FROM sla_desk_inbox WHERE space = ? AND state = 'pending'`,
  pruneInbound: `DELETE FROM sla_desk_inbox WHERE space = ? AND state = 'done' AND done_at < ?`,
  insertOutbox: `INSERT INTO sla_desk_outbox (space, key, lane, rank, draft, created_at, state, claimed_by, claimed_until)
    VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?) ON CONFLICT(space, key) DO NOTHING RETURNING seq`,
  pendingOutbox: `SELECT seq, draft, created_at, attempts, retry_at, claimed_by, claimed_until FROM sla_desk_outbox
    WHERE space = ? AND state = 'pending' AND seq > ? AND (claimed_by IS NULL OR claimed_by = ? OR claimed_until <= ?)
    ORDER BY seq LIMIT ?`,
  settleOutbox: `UPDATE sla_desk_outbox SET state = ?, attempts = ?, retry_at = ?, error = ?, settled_at = ?, ref = ?,
    claimed_by = NULL, claimed_until = NULL WHERE seq = ? AND state = 'pending'`,
  outboxDepth: `SELECT count(*) AS count, min(created_at) AS oldest FROM sla_desk_outbox WHERE space = ? AND state = 'pending'`,
  counter: `SELECT json_extract(value, '$.value') AS n FROM keyv WHERE key = ?`,
} as const;

interface InboxRow {
  id: string;
  source: string;
  partition_key: string;
  payload: string;
  received_at: number;
  attempts: number;
}

interface OutboxRow {
  seq: number;
  draft: string;
  created_at: number;
  attempts: number;
  retry_at: number;
  claimed_by: string | null;
  claimed_until: number | null;
}

/**
 * The SQLite file's native part: every write goes through the connection's group commit; ticket
 * numbers are counted in memory (one desk process per file) and the counter stored with each new ticket.
 */
export class SqliteStore implements NativeStore {
  readonly shared = false;

  private constructor(
    private readonly db: SqliteConnection,
    private readonly space: string,
    private readonly owner: string,
    private lastNumber: number,
  ) {}

  static async open(db: SqliteConnection, space: string, owner: string): Promise<SqliteStore> {
    const row = await db.prepare(SQL.counter).get<{ n: number | null }>([`${space}seq:ticket`]);
    return new SqliteStore(db, space, owner, Number(row?.n ?? 0));
  }

  async nextNumber(): Promise<number> {
    this.lastNumber += 1;
    return this.lastNumber;
  }

  commit(change: NativeChange): Promise<CommitResult> {
    return this.db.write(async () => {
      const run = (sql: string, params: readonly unknown[]) => this.db.prepare(sql).run(params);
      if (change.inboxDone !== undefined) {
        const done = await run(SQL.inboxDone, [change.at, this.space, change.inboxDone]);
        if (done.changes === 0) return { committed: false, conflict: "handled" } as const;
      }
      for (const write of change.tickets) {
        const stored =
          write.expected === 0
            ? await run(SQL.createTicket, [write.key, write.raw])
            : await run(SQL.updateTicket, [write.raw, write.key, write.expected]);
        if (stored.changes === 0)
          throw new RolledBack<CommitResult>({ committed: false, conflict: "version" });
      }
      for (const document of change.documents) await run(SQL.putDocument, [document.key, document.raw]);
      if (change.newTicket !== null)
        await run(SQL.raiseCounter, [`${this.space}seq:ticket`, change.newTicket]);
      const outbox: OutboxEntry[] = [];
      for (const draft of change.outbox) {
        const entry = await this.insertOutbox(draft, change.at);
        if (entry !== undefined) outbox.push(entry);
      }
      return { committed: true, outbox } as const;
    });
  }

  recordInbound(entry: Omit<InboxEntry, "attempts">, claim: InboxClaim): Promise<boolean> {
    return this.db.write(async () => {
      const { changes } = await this.db
        .prepare(SQL.recordInbound)
        .run([
          this.space,
          entry.id,
          entry.source,
          entry.partition,
          JSON.stringify(entry.payload),
          entry.receivedAt,
          claim.owner,
          claim.until,
        ]);
      return changes === 1;
    });
  }

  claimStaleInbound(now: number, claim: InboxClaim, limit: number): Promise<InboxEntry[]> {
    return this.db.write(async () => {
      const rows = await this.db
        .prepare(SQL.claimStale)
        .all<InboxRow>([claim.owner, claim.until, this.space, now, this.space, now, limit]);
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
    });
  }

  async releaseInbound(id: string, retryAt: number, error: string, giveUp: boolean): Promise<void> {
    await this.db.write(() =>
      this.db
        .prepare(SQL.releaseInbound)
        .run([retryAt, error.slice(0, 2000), giveUp ? 1 : 0, this.space, id]),
    );
  }

  async inboxDepth() {
    const row = await this.db
      .prepare(SQL.inboxDepth)
      .get<{ count: number; oldest: number | null }>([this.space]);
    return { count: Number(row?.count ?? 0), oldest: row?.oldest ?? null };
  }

  async pruneInbound(before: number): Promise<number> {
    const { changes } = await this.db.write(() =>
      this.db.prepare(SQL.pruneInbound).run([this.space, before]),
    );
    return changes;
  }

  async pendingOutbox(afterSeq: number, limit: number, now: number, owner: string): Promise<OutboxEntry[]> {
    const rows = await this.db
      .prepare(SQL.pendingOutbox)
      .all<OutboxRow>([this.space, afterSeq, owner, now, limit]);
    return rows.map((row) =>
      entryOf(JSON.parse(row.draft) as OutboxDraft, {
        seq: row.seq,
        createdAt: row.created_at,
        attempts: row.attempts,
        retryAt: row.retry_at,
        claimedBy: row.claimed_by,
        claimedUntil: row.claimed_until,
      }),
    );
  }

  async settleOutbox(
    entry: OutboxEntry,
    outcome: OutboxOutcome,
    landed: LandedCard | undefined,
  ): Promise<void> {
    const retry = outcome.state === "retry";
    await this.db.write(async () => {
      await this.db
        .prepare(SQL.settleOutbox)
        .run([
          retry ? "pending" : outcome.state,
          retry ? outcome.attempts : entry.attempts,
          retry ? outcome.retryAt : 0,
          outcome.state === "retry" || outcome.state === "dead" ? outcome.error.slice(0, 2000) : null,
          retry ? null : outcome.at,
          outcome.state === "delivered" && outcome.ref ? JSON.stringify(outcome.ref) : null,
          entry.seq,
        ]);
      for (const document of landedDocuments(landed))
        await this.db.prepare(SQL.putDocument).run([document.key, document.raw]);
    });
  }

  async outboxDepth() {
    const row = await this.db
      .prepare(SQL.outboxDepth)
      .get<{ count: number; oldest: number | null }>([this.space]);
    return { count: Number(row?.count ?? 0), oldest: row?.oldest ?? null };
  }

  async latestChange(): Promise<number> {
    return 0;
  }

  async changedTickets(): Promise<number[]> {
    return [];
  }

  async close(): Promise<void> {}

  private async insertOutbox(draft: OutboxDraft, at: number): Promise<OutboxEntry | undefined> {
    const claimedBy = draft.target.kind === "answer" ? this.owner : null;
    const claimedUntil = claimedBy === null ? null : at + ANSWER_CLAIM_MS;
    const row = await this.db
      .prepare(SQL.insertOutbox)
      .get<{ seq: number }>([
        this.space,
        draft.key,
        draft.lane,
        draft.rank,
        JSON.stringify(draft),
        at,
        claimedBy,
        claimedUntil,
      ]);
    if (row === undefined) return undefined;
    return entryOf(draft, { seq: row.seq, createdAt: at, claimedBy, claimedUntil });
  }
}

export function landedDocuments(landed: LandedCard | undefined): RawDocument[] {
  return landed === undefined ? [] : [landed.card, landed.thread];
}

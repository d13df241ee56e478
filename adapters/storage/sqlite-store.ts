import type { InboxClaim, InboxEntry } from "../../src/ports/inbox.js";
import type { OutboxDraft, OutboxEntry, OutboxOutcome } from "../../src/ports/outbox.js";
import type { CommitResult } from "../../src/ports/ticket-store.js";
import { Coalescer, Rejected } from "./coalescer.js";
import {
  ANSWER_CLAIM_MS,
  decideCommits,
  entryOf,
  type InboxRow,
  inboxEntriesOf,
  type LandedCard,
  landedDocuments,
  type NativeChange,
  type NativeStore,
  type RawDocument,
  settleRow,
} from "./native-store.js";
import type { SqliteConnection } from "./sqlite-connection.js";

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
CREATE INDEX IF NOT EXISTS sla_desk_outbox_settled ON sla_desk_outbox (space, settled_at) WHERE state <> 'pending';
`;

/** Rows arrive as one JSON array parameter (`json_each`): one statement per batch, whatever its size. */
const at = (i: number) => `json_extract(j.value, '$[${i}]')`;
const SQL = {
  putDocuments: `INSERT INTO keyv (key, value) SELECT ${at(0)}, ${at(1)} FROM json_each(?) AS j WHERE true
    ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
  inboxStates: `SELECT i.space, i.id, i.state FROM (SELECT ${at(0)} AS space, ${at(1)} AS id FROM json_each(?) AS j) AS d
    JOIN sla_desk_inbox AS i ON i.space = d.space AND i.id = d.id`,
  versions: `SELECT key, json_extract(value, '$.value.version') AS version FROM keyv
    WHERE key IN (SELECT value FROM json_each(?))`,
  inboxDone: `UPDATE sla_desk_inbox SET state = 'done', done_at = ?, payload = ''
    FROM (SELECT ${at(0)} AS space, ${at(1)} AS id FROM json_each(?) AS j) AS d
    WHERE sla_desk_inbox.space = d.space AND sla_desk_inbox.id = d.id AND sla_desk_inbox.state = 'pending'`,
  recordInbound: `INSERT INTO sla_desk_inbox (space, id, source, partition_key, payload, received_at, state, claimed_by, claimed_until)
    SELECT ${at(0)}, ${at(1)}, ${at(2)}, ${at(3)}, ${at(4)}, ${at(5)}, 'pending', ${at(6)}, ${at(7)} FROM json_each(?) AS j WHERE true
    ON CONFLICT(space, id) DO NOTHING RETURNING space, id`,
  insertOutbox: `INSERT INTO sla_desk_outbox (space, key, lane, rank, draft, created_at, state, claimed_by, claimed_until)
    SELECT ${at(0)}, ${at(1)}, ${at(2)}, ${at(3)}, ${at(4)}, ${at(5)}, 'pending', ${at(6)}, ${at(7)} FROM json_each(?) AS j WHERE true
    ON CONFLICT(space, key) DO NOTHING RETURNING seq, space, key`,
  // A delivered message's text (and an answer's response URL) is not kept; one set aside is.
  settleOutbox: `UPDATE sla_desk_outbox SET state = s.state, attempts = s.attempts, retry_at = s.retry_at, error = s.error,
      settled_at = s.settled_at, ref = s.ref, claimed_by = NULL, claimed_until = NULL,
      draft = CASE WHEN s.state IN ('delivered', 'superseded') THEN '' ELSE draft END
    FROM (SELECT ${at(0)} AS seq, ${at(1)} AS state, ${at(2)} AS attempts, ${at(3)} AS retry_at, ${at(4)} AS error,
      ${at(5)} AS settled_at, ${at(6)} AS ref FROM json_each(?) AS j) AS s
    WHERE sla_desk_outbox.seq = s.seq AND sla_desk_outbox.state = 'pending'`,
  claimStale: `UPDATE sla_desk_inbox SET claimed_by = ?, claimed_until = ?
    WHERE space = ? AND state = 'pending' AND claimed_until <= ? AND id IN (
      SELECT id FROM sla_desk_inbox WHERE space = ? AND state = 'pending' AND claimed_until <= ?
      ORDER BY received_at LIMIT ?)
    RETURNING id, source, partition_key, payload, received_at, attempts`,
  releaseInbound: `UPDATE sla_desk_inbox SET claimed_by = NULL, claimed_until = ?, attempts = attempts + 1, error = ?,
    state = CASE WHEN ? THEN 'failed' ELSE state END WHERE space = ? AND id = ? AND state = 'pending'`,
  inboxDepth: `SELECT count(*) AS count, min(received_at) AS oldest FROM sla_desk_inbox WHERE space = ? AND state = 'pending'`,
  pruneInbound: `DELETE FROM sla_desk_inbox WHERE space = ? AND state = 'done' AND done_at < ?`,
  // A file has one desk process: an answer another process claimed was claimed by this one's earlier life.
  pendingOutbox: `SELECT seq, draft, created_at, attempts, retry_at FROM sla_desk_outbox
    WHERE space = ? AND state = 'pending' AND seq > ? ORDER BY seq LIMIT ?`,
  pruneOutbox: `DELETE FROM sla_desk_outbox WHERE space = ? AND state <> 'pending' AND settled_at < ?`,
  outboxDepth: `SELECT count(*) AS count, min(created_at) AS oldest FROM sla_desk_outbox WHERE space = ? AND state = 'pending'`,
  highestTicket: `SELECT max(CAST(substr(key, ?) AS INTEGER)) AS n FROM keyv WHERE key > ? AND key < ?`,
  counter: `SELECT json_extract(value, '$.value') AS n FROM keyv WHERE key = ?`,
} as const;

type Job =
  | { readonly kind: "record"; readonly space: string; readonly row: readonly unknown[] }
  | { readonly kind: "commit"; readonly space: string; readonly owner: string; readonly change: NativeChange }
  | { readonly kind: "settle"; readonly row: readonly unknown[]; readonly documents: readonly RawDocument[] }
  | { readonly kind: "documents"; readonly documents: readonly RawDocument[] }
  | { readonly kind: "run"; readonly work: () => Promise<unknown> };

/**
 * The one writer of an SQLite file. Everything that writes (inbound events recorded, changes, outbox
 * outcomes, documents) queues here; what queued while the previous transaction ran is written by the
 * next one, set-based: a few statements per transaction whatever its size, one sync to disk. Within a
 * transaction nobody else writes, so a change's conditions are checked by reading, then written.
 */
export class SqliteWriter {
  private readonly jobs = new Coalescer<Job, unknown>((batch) => this.write(batch));

  constructor(readonly db: SqliteConnection) {}

  submit<R>(job: Job): Promise<R> {
    return this.jobs.submit(job) as Promise<R>;
  }

  /** Waits for everything queued, then closes the file. */
  async close(): Promise<void> {
    await this.jobs.drained();
    await this.db.close();
  }

  private async write(batch: readonly Job[]): Promise<readonly unknown[]> {
    try {
      return await this.db.transaction(() => this.apply(batch));
    } catch (error) {
      if (batch.length === 1) return [new Rejected(error)];
      // One job the database refuses must not fail the others: each is written alone.
      const results: unknown[] = [];
      for (const job of batch) {
        try {
          results.push((await this.db.transaction(() => this.apply([job])))[0]);
        } catch (failure) {
          results.push(new Rejected(failure));
        }
      }
      return results;
    }
  }

  /**
   * Two rounds of statements, each sent back to back: what the batch's changes depend on (and the
   * inbound events to record), then every write, once it is decided which changes may be written.
   */
  private async apply(batch: readonly Job[]): Promise<unknown[]> {
    const results: unknown[] = new Array(batch.length).fill(undefined);
    const of = <K extends Job["kind"]>(kind: K) =>
      batch.flatMap((job, i) => (job.kind === kind ? [[job, i] as [Extract<Job, { kind: K }>, number]] : []));
    const commits = of("commit");
    const [, state] = await Promise.all([this.record(of("record"), results), this.readState(commits)]);
    const plan = this.plan(commits, state);
    const settles = of("settle");
    const documents = [
      ...plan.documents,
      ...settles.flatMap(([job]) => job.documents),
      ...of("documents").flatMap(([job]) => job.documents),
    ];
    const [inserted] = await Promise.all([
      plan.outboxRows.length === 0
        ? Promise.resolve([])
        : this.all<{ seq: number; space: string; key: string }>(SQL.insertOutbox, [
            JSON.stringify(plan.outboxRows),
          ]),
      documents.length === 0
        ? undefined
        : this.run(SQL.putDocuments, [JSON.stringify(documents.map((d) => [d.key, d.raw]))]),
      plan.done.length === 0 ? undefined : this.run(SQL.inboxDone, [plan.at, JSON.stringify(plan.done)]),
      settles.length === 0
        ? undefined
        : this.run(SQL.settleOutbox, [JSON.stringify(settles.map(([job]) => job.row))]),
    ]);
    const seqOf = new Map(inserted.map((row) => [inboxKey(row.space, row.key), Number(row.seq)]));
    commits.forEach(([job, i], n) => {
      const decision = plan.decisions[n];
      results[i] =
        decision === undefined || !decision.ok
          ? ({ committed: false, conflict: decision?.conflict ?? "version" } satisfies CommitResult)
          : ({ committed: true, outbox: entriesOf(job, seqOf) } satisfies CommitResult);
    });
    for (const [job, i] of of("run")) results[i] = await job.work();
    return results;
  }

  private async record(jobs: readonly [Extract<Job, { kind: "record" }>, number][], results: unknown[]) {
    if (jobs.length === 0) return;
    const rows = await this.all<{ space: string; id: string }>(SQL.recordInbound, [
      JSON.stringify(jobs.map(([job]) => [job.space, ...job.row])),
    ]);
    const inserted = new Set(rows.map((row) => inboxKey(row.space, row.id)));
    for (const [job, i] of jobs) {
      // The same event twice in one batch: the first is recorded, the second is its redelivery.
      results[i] = inserted.delete(inboxKey(job.space, String(job.row[0])));
    }
  }

  /** The inbox entries the changes complete that are still pending, and the stored versions of their tickets. */
  private async readState(jobs: readonly [Extract<Job, { kind: "commit" }>, number][]) {
    const inboxIds = jobs.flatMap(([job]) =>
      job.change.inboxDone === undefined ? [] : [[job.space, job.change.inboxDone]],
    );
    const ticketKeys = jobs.flatMap(([job]) => job.change.tickets.map((t) => t.key));
    const [states, versions] = await Promise.all([
      inboxIds.length === 0
        ? []
        : this.all<{ space: string; id: string; state: string }>(SQL.inboxStates, [JSON.stringify(inboxIds)]),
      ticketKeys.length === 0
        ? []
        : this.all<{ key: string; version: number | null }>(SQL.versions, [JSON.stringify(ticketKeys)]),
    ]);
    return {
      pending: new Set(
        states.filter((row) => row.state === "pending").map((row) => inboxKey(row.space, row.id)),
      ),
      stored: new Map(versions.map((row) => [row.key, Number(row.version ?? -1)])),
    };
  }

  /** Which changes may be written, and the rows that write them. */
  private plan(
    jobs: readonly [Extract<Job, { kind: "commit" }>, number][],
    state: { pending: ReadonlySet<string>; stored: ReadonlyMap<string, number> },
  ) {
    const changes = jobs.map(([job]) => ({
      ...job.change,
      inboxDone: job.change.inboxDone === undefined ? undefined : inboxKey(job.space, job.change.inboxDone),
    }));
    const decisions = decideCommits(
      changes,
      (id) => state.pending.has(id),
      (key) => state.stored.get(key) ?? 0,
    );
    const accepted = jobs.filter((_, i) => decisions[i]?.ok).map(([job]) => job);
    return {
      decisions,
      at: accepted[0]?.change.at ?? 0,
      documents: accepted.flatMap((job) => [...job.change.tickets, ...job.change.documents]),
      done: accepted.flatMap((job) =>
        job.change.inboxDone === undefined ? [] : [[job.space, job.change.inboxDone]],
      ),
      outboxRows: accepted.flatMap((job) =>
        job.change.outbox.map((draft) => {
          const claimedBy = draft.target.kind === "answer" ? job.owner : null;
          const claimedUntil = claimedBy === null ? null : job.change.at + ANSWER_CLAIM_MS;
          return [
            job.space,
            draft.key,
            draft.lane,
            draft.rank,
            JSON.stringify(draft),
            job.change.at,
            claimedBy,
            claimedUntil,
          ];
        }),
      ),
    };
  }

  private all<T>(sql: string, params: readonly unknown[]): Promise<T[]> {
    return this.db.prepare(sql).all<T>(params);
  }

  private run(sql: string, params: readonly unknown[]) {
    return this.db.prepare(sql).run(params);
  }
}

/** An inbox entry or outbox key within its key space. */
const inboxKey = (space: string, id: string) => `${space}\u0000${id}`;

function entriesOf(job: Extract<Job, { kind: "commit" }>, seqOf: ReadonlyMap<string, number>): OutboxEntry[] {
  return job.change.outbox.flatMap((draft: OutboxDraft) => {
    const seq = seqOf.get(inboxKey(job.space, draft.key));
    if (seq === undefined) return [];
    const claimedBy = draft.target.kind === "answer" ? job.owner : null;
    return [
      entryOf(draft, {
        seq,
        createdAt: job.change.at,
        claimedBy,
        claimedUntil: job.change.at + ANSWER_CLAIM_MS,
      }),
    ];
  });
}

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

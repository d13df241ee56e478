import type pg from "pg";
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

export const POSTGRES_SCHEMA = `
CREATE TABLE IF NOT EXISTS sla_desk_inbox (
  space TEXT NOT NULL, id TEXT NOT NULL, source TEXT NOT NULL, partition_key TEXT NOT NULL,
  payload TEXT NOT NULL, received_at BIGINT NOT NULL, state TEXT NOT NULL, claimed_by TEXT,
  claimed_until BIGINT NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0, error TEXT, done_at BIGINT,
  PRIMARY KEY (space, id));
CREATE INDEX IF NOT EXISTS sla_desk_inbox_pending ON sla_desk_inbox (space, claimed_until) WHERE state = 'pending';
CREATE INDEX IF NOT EXISTS sla_desk_inbox_done ON sla_desk_inbox (space, done_at) WHERE state = 'done';
CREATE TABLE IF NOT EXISTS sla_desk_outbox (
  seq BIGSERIAL PRIMARY KEY, space TEXT NOT NULL, key TEXT NOT NULL, lane TEXT NOT NULL, rank INTEGER NOT NULL,
  draft TEXT NOT NULL, created_at BIGINT NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
  retry_at BIGINT NOT NULL DEFAULT 0, claimed_by TEXT, claimed_until BIGINT, error TEXT, settled_at BIGINT,
  ref TEXT, UNIQUE (space, key));
CREATE INDEX IF NOT EXISTS sla_desk_outbox_pending ON sla_desk_outbox (space, seq) WHERE state = 'pending';
CREATE INDEX IF NOT EXISTS sla_desk_outbox_settled ON sla_desk_outbox (space, settled_at) WHERE state <> 'pending';
`;

/** The SQL of one store, for keyv's table `table` (schema-qualified). Rows come as arrays (`unnest`). */
function statements(table: string) {
  /** Counts a counter document up by `$<by>`, returning the new count as `n`. */
  const countUp = (keyParam: string, by: string) =>
    `INSERT INTO ${table} (key, value) VALUES (${keyParam}, json_build_object('value', ${by}::bigint)::text)
     ON CONFLICT (key) DO UPDATE
       SET value = json_build_object('value', (${table}.value::json ->> 'value')::bigint + ${by}::bigint)::text
     RETURNING (value::json ->> 'value')::bigint AS n`;
  return {
    inboxStates: `SELECT id, state FROM sla_desk_inbox WHERE space = $1 AND id = ANY($2::text[]) ORDER BY id FOR UPDATE`,
    versions: `SELECT key, (value::json -> 'value' ->> 'version')::bigint AS version FROM ${table}
      WHERE key = ANY($1::text[]) ORDER BY key FOR UPDATE`,
    inboxDone: `UPDATE sla_desk_inbox SET state = 'done', done_at = $1, payload = ''
      WHERE space = $2 AND id = ANY($3::text[]) AND state = 'pending'`,
    putDocuments: `INSERT INTO ${table} (key, value) SELECT * FROM unnest($1::text[], $2::text[])
      ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    nextNumbers: countUp("$1", "$2"),
    // The counter row's lock orders concurrent writers, so a reader that sees the counter at n also sees entry n.
    logChanges: `WITH counted AS (${countUp("$1", "$3")})
      INSERT INTO ${table} (key, value)
      SELECT $2 || (counted.n - $3 + t.ord)::text, json_build_object('value', t.id)::text
      FROM counted, unnest($4::bigint[]) WITH ORDINALITY AS t(id, ord)`,
    insertOutbox: `INSERT INTO sla_desk_outbox (space, key, lane, rank, draft, created_at, state, claimed_by, claimed_until)
      SELECT $1, t.key, t.lane, t.rank, t.draft, t.created_at, 'pending', t.claimed_by, t.claimed_until
      FROM unnest($2::text[], $3::text[], $4::int[], $5::text[], $6::bigint[], $7::text[], $8::bigint[])
        WITH ORDINALITY AS t(key, lane, rank, draft, created_at, claimed_by, claimed_until, ord)
      ORDER BY t.ord
      ON CONFLICT (space, key) DO NOTHING RETURNING seq, key`,
    recordInbound: `INSERT INTO sla_desk_inbox (space, id, source, partition_key, payload, received_at, state, claimed_by, claimed_until)
      SELECT $1, t.id, t.source, t.partition_key, t.payload, t.received_at, 'pending', t.claimed_by, t.claimed_until
      FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::text[], $8::bigint[])
        AS t(id, source, partition_key, payload, received_at, claimed_by, claimed_until)
      ON CONFLICT (space, id) DO NOTHING RETURNING id`,
    claimStale: `UPDATE sla_desk_inbox SET claimed_by = $1, claimed_until = $2
      WHERE space = $3 AND id IN (
        SELECT id FROM sla_desk_inbox WHERE space = $3 AND state = 'pending' AND claimed_until <= $4
        ORDER BY received_at LIMIT $5 FOR UPDATE SKIP LOCKED)
      RETURNING id, source, partition_key, payload, received_at, attempts`,
    releaseInbound: `UPDATE sla_desk_inbox SET claimed_by = NULL, claimed_until = $1, attempts = attempts + 1,
      error = $2, state = CASE WHEN $3 THEN 'failed' ELSE state END
      WHERE space = $4 AND id = $5 AND state = 'pending'`,
    inboxDepth: `SELECT count(*) AS count, min(received_at) AS oldest FROM sla_desk_inbox WHERE space = $1 AND state = 'pending'`,
    pruneInbound: `DELETE FROM sla_desk_inbox WHERE space = $1 AND state = 'done' AND done_at < $2`,
    pendingOutbox: `SELECT seq, draft, created_at, attempts, retry_at, claimed_by, claimed_until FROM sla_desk_outbox
      WHERE space = $1 AND state = 'pending' AND seq > $2 AND (claimed_by IS NULL OR claimed_by = $3 OR claimed_until <= $4)
      ORDER BY seq LIMIT $5`,
    // A delivered message's text (and an answer's response URL) is not kept; one set aside is.
    settleOutbox: `UPDATE sla_desk_outbox AS o SET state = s.state, attempts = s.attempts, retry_at = s.retry_at,
        error = s.error, settled_at = s.settled_at, ref = s.ref, claimed_by = NULL, claimed_until = NULL,
        draft = CASE WHEN s.state IN ('delivered', 'superseded') THEN '' ELSE o.draft END
      FROM unnest($1::bigint[], $2::text[], $3::int[], $4::bigint[], $5::text[], $6::bigint[], $7::text[])
        AS s(seq, state, attempts, retry_at, error, settled_at, ref)
      WHERE o.seq = s.seq AND o.state = 'pending'`,
    pruneOutbox: `DELETE FROM sla_desk_outbox WHERE space = $1 AND state <> 'pending' AND settled_at < $2`,
    outboxDepth: `SELECT count(*) AS count, min(created_at) AS oldest FROM sla_desk_outbox WHERE space = $1 AND state = 'pending'`,
    counter: `SELECT value FROM ${table} WHERE key = $1`,
    changes: `SELECT value FROM ${table} WHERE key = ANY($1::text[])`,
  };
}

interface Settle {
  readonly row: readonly unknown[];
  readonly documents: readonly RawDocument[];
}

/** Column arrays of rows, for `unnest`. */
function columns(rows: readonly (readonly unknown[])[], width: number): unknown[][] {
  return Array.from({ length: width }, (_, c) => rows.map((row) => row[c] ?? null));
}

/**
 * A shared PostgreSQL. What this process writes is group-committed: inbound events recorded while a
 * write is under way go in one statement, changes in one transaction of a few set-based statements,
 * ticket numbers in one count. keyv's table holds the documents; two tables of the desk's the inbox and
 * the outbox.
 */
export class PostgresStore implements NativeStore {
  readonly shared = true;
  private readonly sql: ReturnType<typeof statements>;
  private readonly records = new Coalescer<readonly unknown[], boolean>((rows) => this.recordAll(rows));
  private readonly numbers = new Coalescer<null, number>((asks) => this.numberAll(asks.length));
  private readonly commits = new Coalescer<NativeChange, CommitResult>((changes) => this.commitAll(changes));
  private readonly settles = new Coalescer<Settle, undefined>((settles) => this.settleAll(settles));

  constructor(
    private readonly pool: pg.Pool,
    table: string,
    private readonly space: string,
    private readonly owner: string,
  ) {
    this.sql = statements(table);
  }

  nextNumber(): Promise<number> {
    return this.numbers.submit(null);
  }

  async highestTicket(): Promise<number> {
    const { rows } = await this.pool.query<{ value: string }>(this.sql.counter, [`${this.space}seq:ticket`]);
    return rows[0] === undefined ? 0 : Number((JSON.parse(rows[0].value) as { value: number }).value);
  }

  commit(change: NativeChange): Promise<CommitResult> {
    return this.commits.submit(change);
  }

  recordInbound(entry: Omit<InboxEntry, "attempts">, claim: InboxClaim): Promise<boolean> {
    const row = [entry.id, entry.source, entry.partition, JSON.stringify(entry.payload), entry.receivedAt];
    return this.records.submit([...row, claim.owner, claim.until]);
  }

  async claimStaleInbound(now: number, claim: InboxClaim, limit: number): Promise<InboxEntry[]> {
    const { rows } = await this.pool.query<InboxRow>(this.sql.claimStale, [
      claim.owner,
      claim.until,
      this.space,
      now,
      limit,
    ]);
    return inboxEntriesOf(rows);
  }

  async releaseInbound(id: string, retryAt: number, error: string, giveUp: boolean): Promise<void> {
    await this.pool.query(this.sql.releaseInbound, [retryAt, error.slice(0, 2000), giveUp, this.space, id]);
  }

  async inboxDepth() {
    const { rows } = await this.pool.query<{ count: string; oldest: string | null }>(this.sql.inboxDepth, [
      this.space,
    ]);
    return { count: Number(rows[0]?.count ?? 0), oldest: rows[0]?.oldest ? Number(rows[0].oldest) : null };
  }

  async pruneInbound(before: number): Promise<number> {
    return (await this.pool.query(this.sql.pruneInbound, [this.space, before])).rowCount ?? 0;
  }

  async pendingOutbox(afterSeq: number, limit: number, now: number, owner: string): Promise<OutboxEntry[]> {
    const { rows } = await this.pool.query<{
      seq: string;
      draft: string;
      created_at: string;
      attempts: number;
      retry_at: string;
      claimed_by: string | null;
      claimed_until: string | null;
    }>(this.sql.pendingOutbox, [this.space, afterSeq, owner, now, limit]);
    return rows.map((row) =>
      entryOf(JSON.parse(row.draft) as OutboxDraft, {
        seq: Number(row.seq),
        createdAt: Number(row.created_at),
        attempts: row.attempts,
        retryAt: Number(row.retry_at),
        claimedBy: row.claimed_by,
        claimedUntil: row.claimed_until === null ? null : Number(row.claimed_until),
      }),
    );
  }

  async settleOutbox(
    entry: OutboxEntry,
    outcome: OutboxOutcome,
    landed: LandedCard | undefined,
  ): Promise<void> {
    await this.settles.submit({ row: settleRow(entry, outcome), documents: landedDocuments(landed) });
  }

  async outboxDepth() {
    const { rows } = await this.pool.query<{ count: string; oldest: string | null }>(this.sql.outboxDepth, [
      this.space,
    ]);
    return { count: Number(rows[0]?.count ?? 0), oldest: rows[0]?.oldest ? Number(rows[0].oldest) : null };
  }

  async pruneOutbox(before: number): Promise<number> {
    return (await this.pool.query(this.sql.pruneOutbox, [this.space, before])).rowCount ?? 0;
  }

  async latestChange(): Promise<number> {
    const { rows } = await this.pool.query<{ value: string }>(this.sql.counter, [`${this.space}seq:change`]);
    return rows[0] === undefined ? 0 : Number((JSON.parse(rows[0].value) as { value: number }).value);
  }

  async changedTickets(from: number, to: number): Promise<number[]> {
    const keys = Array.from({ length: to - from + 1 }, (_, i) => `${this.space}change:${from + i}`);
    const { rows } = await this.pool.query<{ value: string }>(this.sql.changes, [keys]);
    return rows.map((row) => Number((JSON.parse(row.value) as { value: number }).value));
  }

  async close(): Promise<void> {
    await Promise.all([this.records, this.numbers, this.commits, this.settles].map((c) => c.drained()));
  }

  private async recordAll(rows: readonly (readonly unknown[])[]): Promise<boolean[]> {
    const inserted = await this.pool.query<{ id: string }>(this.sql.recordInbound, [
      this.space,
      ...columns(rows, 7),
    ]);
    const fresh = new Set(inserted.rows.map((row) => row.id));
    // The same event twice in one batch: the first is recorded, the second is its redelivery.
    return rows.map((row) => fresh.delete(String(row[0])));
  }

  /** Numbers for `count` asks in one count; it need not wait for the disk (see `nextNumbers`' use). */
  private async numberAll(count: number): Promise<number[]> {
    // A number whose ticket commits is made durable by that commit, which comes later; a number whose
    // ticket never commits is never seen. So the count commits without waiting for its sync.
    const { rows } = await this.transaction(async (client) => {
      await client.query("SET LOCAL synchronous_commit TO OFF");
      return client.query<{ n: string }>(this.sql.nextNumbers, [`${this.space}seq:ticket`, count]);
    });
    const last = Number(rows[0]?.n);
    return Array.from({ length: count }, (_, i) => last - count + 1 + i);
  }

  private async commitAll(changes: readonly NativeChange[]): Promise<readonly (CommitResult | Rejected)[]> {
    try {
      return await this.transaction((client) => this.writeChanges(client, changes));
    } catch (error) {
      if (changes.length === 1) return [new Rejected(error)];
      // One change the database refuses must not fail the others: each is written alone.
      const results: (CommitResult | Rejected)[] = [];
      for (const change of changes) {
        try {
          results.push(...(await this.transaction((client) => this.writeChanges(client, [change]))));
        } catch (failure) {
          results.push(new Rejected(failure));
        }
      }
      return results;
    }
  }

  /** Locks what the changes depend on, decides which may be written, writes those set-based. */
  private async writeChanges(
    client: pg.PoolClient,
    changes: readonly NativeChange[],
  ): Promise<CommitResult[]> {
    const inboxIds = changes.flatMap((c) => (c.inboxDone === undefined ? [] : [c.inboxDone]));
    const pending = new Set(
      inboxIds.length === 0
        ? []
        : (
            await client.query<{ id: string; state: string }>(this.sql.inboxStates, [this.space, inboxIds])
          ).rows
            .filter((row) => row.state === "pending")
            .map((row) => row.id),
    );
    const ticketKeys = changes.flatMap((c) => c.tickets.map((t) => t.key));
    const stored = new Map(
      ticketKeys.length === 0
        ? []
        : (await client.query<{ key: string; version: string }>(this.sql.versions, [ticketKeys])).rows.map(
            (row) => [row.key, Number(row.version ?? -1)],
          ),
    );
    const decisions = decideCommits(
      changes,
      (id) => pending.has(id),
      (key) => stored.get(key) ?? 0,
    );
    const accepted = changes.filter((_, i) => decisions[i]?.ok);
    const documents = accepted.flatMap((c) => [...c.tickets, ...c.documents]);
    if (documents.length > 0)
      await client.query(this.sql.putDocuments, [documents.map((d) => d.key), documents.map((d) => d.raw)]);
    const seqOf = await this.insertOutbox(client, accepted);
    const done = accepted.flatMap((c) => (c.inboxDone === undefined ? [] : [c.inboxDone]));
    if (done.length > 0) await client.query(this.sql.inboxDone, [accepted[0]?.at ?? 0, this.space, done]);
    const written = accepted.flatMap((c) => c.tickets.map((t) => t.id));
    if (written.length > 0)
      await client.query(this.sql.logChanges, [
        `${this.space}seq:change`,
        `${this.space}change:`,
        written.length,
        written,
      ]);
    return changes.map((change, i) => {
      const decision = decisions[i];
      if (decision === undefined || !decision.ok)
        return { committed: false, conflict: decision?.conflict ?? "version" };
      return { committed: true, outbox: this.entriesOf(change, seqOf) };
    });
  }

  private async insertOutbox(
    client: pg.PoolClient,
    changes: readonly NativeChange[],
  ): Promise<Map<string, number>> {
    const rows = changes.flatMap((change) =>
      change.outbox.map((draft) => {
        const claimedBy = draft.target.kind === "answer" ? this.owner : null;
        const claimedUntil = claimedBy === null ? null : change.at + ANSWER_CLAIM_MS;
        return [draft.key, draft.lane, draft.rank, JSON.stringify(draft), change.at, claimedBy, claimedUntil];
      }),
    );
    if (rows.length === 0) return new Map();
    const inserted = await client.query<{ seq: string; key: string }>(this.sql.insertOutbox, [
      this.space,
      ...columns(rows, 7),
    ]);
    return new Map(inserted.rows.map((row) => [row.key, Number(row.seq)]));
  }

  private entriesOf(change: NativeChange, seqOf: ReadonlyMap<string, number>): OutboxEntry[] {
    return change.outbox.flatMap((draft) => {
      const seq = seqOf.get(draft.key);
      if (seq === undefined) return [];
      const claimedBy = draft.target.kind === "answer" ? this.owner : null;
      return [
        entryOf(draft, { seq, createdAt: change.at, claimedBy, claimedUntil: change.at + ANSWER_CLAIM_MS }),
      ];
    });
  }

  private async settleAll(settles: readonly Settle[]): Promise<undefined[]> {
    const documents = settles.flatMap((s) => s.documents);
    await this.transaction(async (client) => {
      await client.query(
        this.sql.settleOutbox,
        columns(
          settles.map((s) => s.row),
          7,
        ),
      );
      if (documents.length > 0)
        await client.query(this.sql.putDocuments, [documents.map((d) => d.key), documents.map((d) => d.raw)]);
    });
    return settles.map(() => undefined);
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const result = await work(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

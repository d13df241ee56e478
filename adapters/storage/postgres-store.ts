import type pg from "pg";
import type { InboxClaim, InboxEntry } from "../../src/ports/inbox.js";
import type { OutboxDraft, OutboxEntry, OutboxOutcome } from "../../src/ports/outbox.js";
import type { CommitResult } from "../../src/ports/ticket-store.js";
import {
  ANSWER_CLAIM_MS,
  entryOf,
  type LandedCard,
  type NativeChange,
  type NativeStore,
} from "./native-store.js";
import { landedDocuments } from "./sqlite-store.js";

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
`;

/** The SQL of one store, for keyv's table `table` (schema-qualified). */
function statements(table: string) {
  /** Counts a counter document up by `$<by>`, returning the new count as `n`. */
  const countUp = (keyParam: string, by: string) =>
    `INSERT INTO ${table} (key, value) VALUES (${keyParam}, json_build_object('value', ${by}::bigint)::text)
     ON CONFLICT (key) DO UPDATE
       SET value = json_build_object('value', (${table}.value::json ->> 'value')::bigint + ${by}::bigint)::text
     RETURNING (value::json ->> 'value')::bigint AS n`;
  return {
    inboxDone: `UPDATE sla_desk_inbox SET state = 'done', done_at = $1, payload = ''
      WHERE space = $2 AND id = $3 AND state = 'pending'`,
    createTicket: `INSERT INTO ${table} (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING`,
    updateTicket: `UPDATE ${table} SET value = $2
      WHERE key = $1 AND (value::json -> 'value' ->> 'version')::bigint = $3`,
    putDocuments: `INSERT INTO ${table} (key, value) SELECT * FROM unnest($1::text[], $2::text[])
      ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    raiseCounter: `INSERT INTO ${table} (key, value) VALUES ($1, json_build_object('value', $2::bigint)::text)
      ON CONFLICT (key) DO UPDATE SET value = json_build_object('value',
        greatest((${table}.value::json ->> 'value')::bigint, $2::bigint))::text`,
    nextNumber: countUp("$1", "1"),
    // The counter row's lock orders concurrent writers, so a reader that sees the counter at n also sees entry n.
    logChanges: `WITH counted AS (${countUp("$1", "$3")})
      INSERT INTO ${table} (key, value)
      SELECT $2 || (counted.n - $3 + t.ord)::text, json_build_object('value', t.id)::text
      FROM counted, unnest($4::bigint[]) WITH ORDINALITY AS t(id, ord)`,
    insertOutbox: `INSERT INTO sla_desk_outbox (space, key, lane, rank, draft, created_at, state, claimed_by, claimed_until)
      SELECT $1, t.key, t.lane, t.rank, t.draft, $2, 'pending', t.claimed_by, t.claimed_until
      FROM unnest($3::text[], $4::text[], $5::int[], $6::text[], $7::text[], $8::bigint[])
        WITH ORDINALITY AS t(key, lane, rank, draft, claimed_by, claimed_until, ord)
      ORDER BY t.ord
      ON CONFLICT (space, key) DO NOTHING RETURNING seq, key`,
    recordInbound: `INSERT INTO sla_desk_inbox (space, id, source, partition_key, payload, received_at, state, claimed_by, claimed_until)
      VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7, $8) ON CONFLICT (space, id) DO NOTHING`,
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
    settleOutbox: `UPDATE sla_desk_outbox SET state = $1, attempts = $2, retry_at = $3, error = $4, settled_at = $5,
      ref = $6, claimed_by = NULL, claimed_until = NULL WHERE seq = $7 AND state = 'pending'`,
    outboxDepth: `SELECT count(*) AS count, min(created_at) AS oldest FROM sla_desk_outbox WHERE space = $1 AND state = 'pending'`,
    counter: `SELECT value FROM ${table} WHERE key = $1`,
    changes: `SELECT value FROM ${table} WHERE key = ANY($1::text[])`,
  };
}

/** Thrown inside a transaction to roll it back and answer a refused change. */
class Refused {
  constructor(readonly result: CommitResult) {}
}

/**
 * A shared PostgreSQL: each change is one transaction on a connection of the desk's own pool (keyv's
 * table for the documents, two tables of the desk's for the inbox and outbox).
 */
export class PostgresStore implements NativeStore {
  readonly shared = true;
  private readonly sql: ReturnType<typeof statements>;

  constructor(
    private readonly pool: pg.Pool,
    table: string,
    private readonly space: string,
    private readonly owner: string,
  ) {
    this.sql = statements(table);
  }

  async nextNumber(): Promise<number> {
    // The count need not wait for the disk: a ticket that uses the number commits later, and its own
    // commit makes everything before it durable too; a number whose ticket never commits is never seen.
    const rows = await this.transaction(async (client) => {
      await client.query("SET LOCAL synchronous_commit TO OFF");
      return (await client.query<{ n: string }>(this.sql.nextNumber, [`${this.space}seq:ticket`])).rows;
    });
    return Number(rows[0]?.n);
  }

  async commit(change: NativeChange): Promise<CommitResult> {
    try {
      return await this.transaction(async (client) => {
        if (change.inboxDone !== undefined) {
          const done = await client.query(this.sql.inboxDone, [change.at, this.space, change.inboxDone]);
          if (done.rowCount === 0) throw new Refused({ committed: false, conflict: "handled" });
        }
        for (const write of change.tickets) {
          const stored =
            write.expected === 0
              ? await client.query(this.sql.createTicket, [write.key, write.raw])
              : await client.query(this.sql.updateTicket, [write.key, write.raw, write.expected]);
          if (stored.rowCount === 0) throw new Refused({ committed: false, conflict: "version" });
        }
        const documents = change.documents;
        if (documents.length > 0)
          await client.query(this.sql.putDocuments, [
            documents.map((d) => d.key),
            documents.map((d) => d.raw),
          ]);
        if (change.newTicket !== null)
          await client.query(this.sql.raiseCounter, [`${this.space}seq:ticket`, change.newTicket]);
        const outbox = await this.insertOutbox(client, change);
        if (change.tickets.length > 0)
          await client.query(this.sql.logChanges, [
            `${this.space}seq:change`,
            `${this.space}change:`,
            change.tickets.length,
            change.tickets.map((t) => t.id),
          ]);
        return { committed: true, outbox } as const;
      });
    } catch (error) {
      if (error instanceof Refused) return error.result;
      throw error;
    }
  }

  async recordInbound(entry: Omit<InboxEntry, "attempts">, claim: InboxClaim): Promise<boolean> {
    const result = await this.pool.query(this.sql.recordInbound, [
      this.space,
      entry.id,
      entry.source,
      entry.partition,
      JSON.stringify(entry.payload),
      entry.receivedAt,
      claim.owner,
      claim.until,
    ]);
    return result.rowCount === 1;
  }

  async claimStaleInbound(now: number, claim: InboxClaim, limit: number): Promise<InboxEntry[]> {
    const { rows } = await this.pool.query<{
      id: string;
      source: string;
      partition_key: string;
      payload: string;
      received_at: string;
      attempts: number;
    }>(this.sql.claimStale, [claim.owner, claim.until, this.space, now, limit]);
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
    const retry = outcome.state === "retry";
    const documents = landedDocuments(landed);
    await this.transaction(async (client) => {
      await client.query(this.sql.settleOutbox, [
        retry ? "pending" : outcome.state,
        retry ? outcome.attempts : entry.attempts,
        retry ? outcome.retryAt : 0,
        outcome.state === "retry" || outcome.state === "dead" ? outcome.error.slice(0, 2000) : null,
        retry ? null : outcome.at,
        outcome.state === "delivered" && outcome.ref ? JSON.stringify(outcome.ref) : null,
        entry.seq,
      ]);
      if (documents.length > 0)
        await client.query(this.sql.putDocuments, [documents.map((d) => d.key), documents.map((d) => d.raw)]);
    });
  }

  async outboxDepth() {
    const { rows } = await this.pool.query<{ count: string; oldest: string | null }>(this.sql.outboxDepth, [
      this.space,
    ]);
    return { count: Number(rows[0]?.count ?? 0), oldest: rows[0]?.oldest ? Number(rows[0].oldest) : null };
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

  async close(): Promise<void> {}

  private async insertOutbox(client: pg.PoolClient, change: NativeChange): Promise<OutboxEntry[]> {
    if (change.outbox.length === 0) return [];
    const claimOf = (draft: OutboxDraft) => (draft.target.kind === "answer" ? this.owner : null);
    const drafts = change.outbox;
    const { rows } = await client.query<{ seq: string; key: string }>(this.sql.insertOutbox, [
      this.space,
      change.at,
      drafts.map((d) => d.key),
      drafts.map((d) => d.lane),
      drafts.map((d) => d.rank),
      drafts.map((d) => JSON.stringify(d)),
      drafts.map(claimOf),
      drafts.map((d) => (claimOf(d) === null ? null : change.at + ANSWER_CLAIM_MS)),
    ]);
    const seqOf = new Map(rows.map((row) => [row.key, Number(row.seq)]));
    return drafts.flatMap((draft) => {
      const seq = seqOf.get(draft.key);
      if (seq === undefined) return [];
      const claimedBy = claimOf(draft);
      return [
        entryOf(draft, { seq, createdAt: change.at, claimedBy, claimedUntil: change.at + ANSWER_CLAIM_MS }),
      ];
    });
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

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
import { columns, statements } from "./postgres-sql.js";

interface Settle {
  readonly row: readonly unknown[];
  readonly documents: readonly RawDocument[];
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

import type { OutboxDraft, OutboxEntry } from "../../src/ports/outbox.js";
import type { CommitResult } from "../../src/ports/ticket-store.js";
import { Coalescer, Rejected } from "./coalescer.js";
import {
  ANSWER_CLAIM_MS,
  decideCommits,
  entryOf,
  type NativeChange,
  type RawDocument,
} from "./native-store.js";
import type { SqliteConnection } from "./sqlite-connection.js";

import { SQL } from "./sqlite-sql.js";

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

import type { InboxClaim, InboxEntry } from "../../src/ports/inbox.js";
import type { OutboxDraft, OutboxEntry, OutboxOutcome } from "../../src/ports/outbox.js";
import type { CommitResult } from "../../src/ports/ticket-store.js";
import { Coalescer } from "./coalescer.js";
import {
  ANSWER_CLAIM_MS,
  entryOf,
  INBOX_MEMORY_MS,
  type LandedCard,
  landedDocuments,
  type NativeChange,
  type NativeStore,
} from "./native-store.js";

import {
  CLAIM,
  COMMIT,
  DEPTH,
  NEXT_NUMBERS,
  PENDING_OUTBOX,
  RECORD,
  RELEASE,
  type RedisClient,
  Scripts,
  SETTLE,
} from "./redis-scripts.js";

interface Settle {
  readonly seq: number;
  readonly state: string;
  readonly attempts: number;
  readonly retryAt: number;
  readonly error: string;
  readonly at: number | string;
  readonly ref: string;
  readonly documents: readonly { readonly key: string; readonly raw: string }[];
}

/**
 * A shared Redis: the inbox and outbox are hashes with sorted-set indexes. What this process writes is
 * batched: changes (and events recorded, outcomes, ticket numbers) that queue while a script runs go
 * in the next script, which checks and writes each of them in turn.
 */
export class RedisStore implements NativeStore {
  readonly shared = true;
  private readonly scripts: Scripts;
  private readonly records = new Coalescer<readonly unknown[], boolean>((entries) => this.recordAll(entries));
  private readonly numbers = new Coalescer<null, number>((asks) => this.numberAll(asks.length));
  private readonly commits = new Coalescer<NativeChange, CommitResult>((changes) => this.commitAll(changes));
  private readonly settles = new Coalescer<Settle, undefined>((settles) => this.settleAll(settles));

  constructor(
    private readonly client: RedisClient,
    private readonly space: string,
    private readonly owner: string,
  ) {
    this.scripts = new Scripts(client);
  }

  nextNumber(): Promise<number> {
    return this.numbers.submit(null);
  }

  async highestTicket(): Promise<number> {
    const raw = await this.client.get(`${this.space}seq:ticket`);
    return raw === null ? 0 : Number((JSON.parse(raw) as { value: number }).value);
  }

  commit(change: NativeChange): Promise<CommitResult> {
    return this.commits.submit(change);
  }

  recordInbound(entry: Omit<InboxEntry, "attempts">, claim: InboxClaim): Promise<boolean> {
    const payload = JSON.stringify(entry.payload);
    return this.records.submit([
      entry.id,
      entry.source,
      entry.partition,
      payload,
      entry.receivedAt,
      claim.owner,
      claim.until,
    ]);
  }

  async claimStaleInbound(now: number, claim: InboxClaim, limit: number): Promise<InboxEntry[]> {
    const rows = (await this.scripts.run(CLAIM, [
      this.space,
      now,
      claim.owner,
      claim.until,
      limit,
    ])) as string[][];
    return rows
      .map(([id, source, partition, payload, receivedAt, attempts]) => ({
        id: String(id),
        source: String(source),
        partition: String(partition),
        payload: JSON.parse(String(payload)) as unknown,
        receivedAt: Number(receivedAt),
        attempts: Number(attempts),
      }))
      .sort((a, b) => a.receivedAt - b.receivedAt);
  }

  async releaseInbound(id: string, retryAt: number, error: string, giveUp: boolean): Promise<void> {
    await this.scripts.run(RELEASE, [this.space, id, retryAt, error.slice(0, 2000), giveUp ? 1 : 0]);
  }

  inboxDepth() {
    return this.depth("inbox:pending", "inbox:", "receivedAt");
  }

  /** Handled entries expire by themselves after the inbox's memory. */
  async pruneInbound(): Promise<number> {
    return 0;
  }

  async pendingOutbox(afterSeq: number, limit: number, now: number, owner: string): Promise<OutboxEntry[]> {
    const rows = (await this.scripts.run(PENDING_OUTBOX, [
      this.space,
      afterSeq,
      limit,
      now,
      owner,
    ])) as string[][];
    return rows.map(([seq, draft, createdAt, attempts, retryAt, claimedBy, claimedUntil]) =>
      entryOf(JSON.parse(String(draft)) as OutboxDraft, {
        seq: Number(seq),
        createdAt: Number(createdAt),
        attempts: Number(attempts),
        retryAt: Number(retryAt),
        claimedBy: claimedBy || null,
        claimedUntil: Number(claimedUntil),
      }),
    );
  }

  settleOutbox(entry: OutboxEntry, outcome: OutboxOutcome, landed: LandedCard | undefined): Promise<void> {
    const retry = outcome.state === "retry";
    return this.settles.submit({
      seq: entry.seq,
      state: outcome.state,
      attempts: retry ? outcome.attempts : entry.attempts,
      retryAt: retry ? outcome.retryAt : 0,
      error: outcome.state === "retry" || outcome.state === "dead" ? outcome.error.slice(0, 2000) : "",
      at: retry ? "" : outcome.at,
      ref: outcome.state === "delivered" && outcome.ref ? JSON.stringify(outcome.ref) : "",
      documents: landedDocuments(landed),
    });
  }

  outboxDepth() {
    return this.depth("outbox:pending", "outbox:", "createdAt");
  }

  /** Settled entries expire by themselves. */
  async pruneOutbox(): Promise<number> {
    return 0;
  }

  async latestChange(): Promise<number> {
    const raw = await this.client.get(`${this.space}seq:change`);
    return raw === null ? 0 : Number((JSON.parse(raw) as { value: number }).value);
  }

  async changedTickets(from: number, to: number): Promise<number[]> {
    const keys = Array.from({ length: to - from + 1 }, (_, i) => `${this.space}change:${from + i}`);
    const raws = await this.client.mGet(keys);
    // Entries are written with their change number, so none is missing unless removed by hand.
    return raws.flatMap((raw) =>
      raw === null ? [] : [Number((JSON.parse(raw) as { value: number }).value)],
    );
  }

  async close(): Promise<void> {
    await Promise.all([this.records, this.numbers, this.commits, this.settles].map((c) => c.drained()));
  }

  private async recordAll(entries: readonly (readonly unknown[])[]): Promise<boolean[]> {
    const recorded = (await this.scripts.run(RECORD, [this.space, JSON.stringify(entries)])) as number[];
    return entries.map((_, i) => Number(recorded[i]) === 1);
  }

  private async numberAll(count: number): Promise<number[]> {
    const last = Number(await this.scripts.run(NEXT_NUMBERS, [count], [`${this.space}seq:ticket`]));
    return Array.from({ length: count }, (_, i) => last - count + 1 + i);
  }

  private async commitAll(changes: readonly NativeChange[]): Promise<CommitResult[]> {
    const payload = changes.map((change) => ({
      at: change.at,
      inboxDone: change.inboxDone ?? false,
      tickets: change.tickets,
      documents: change.documents,
      newTicket: change.newTicket,
      outbox: change.outbox.map((draft) => ({
        key: draft.key,
        raw: JSON.stringify(draft),
        answer: draft.target.kind === "answer",
      })),
    }));
    const answers = JSON.parse(
      String(
        await this.scripts.run(COMMIT, [
          this.space,
          JSON.stringify(payload),
          this.owner,
          ANSWER_CLAIM_MS,
          INBOX_MEMORY_MS,
        ]),
      ),
    ) as { conflict?: "version" | "handled"; seqs?: number[] | Record<string, never> }[];
    return changes.map((change, c) => {
      const answer = answers[c] ?? { conflict: "version" };
      if (answer.conflict !== undefined) return { committed: false, conflict: answer.conflict };
      const seqs = Array.isArray(answer.seqs) ? answer.seqs : [];
      const outbox = change.outbox.flatMap((draft, i) => {
        const seq = seqs[i] ?? 0;
        if (seq === 0) return [];
        const claimedBy = draft.target.kind === "answer" ? this.owner : null;
        return [
          entryOf(draft, { seq, createdAt: change.at, claimedBy, claimedUntil: change.at + ANSWER_CLAIM_MS }),
        ];
      });
      return { committed: true, outbox };
    });
  }

  private async settleAll(settles: readonly Settle[]): Promise<undefined[]> {
    await this.scripts.run(SETTLE, [this.space, JSON.stringify(settles), INBOX_MEMORY_MS]);
    return settles.map(() => undefined);
  }

  private async depth(zset: string, hashPrefix: string, field: string) {
    const [count, oldest] = (await this.scripts.run(
      DEPTH,
      [`${this.space}${hashPrefix}`, field],
      [`${this.space}${zset}`],
    )) as [number, string | null];
    return { count: Number(count), oldest: oldest ? Number(oldest) : null };
  }
}

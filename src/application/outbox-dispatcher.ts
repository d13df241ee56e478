import { describeError } from "../domain/errors.js";
import { type ChatGateway, SendFailure } from "../ports/chat-gateway.js";
import type { Clock } from "../ports/clock.js";
import type { Logger } from "../ports/logger.js";
import type { Outbox, OutboxEntry, OutboxOutcome } from "../ports/outbox.js";
import type { Telemetry } from "../ports/telemetry.js";
import type { CardRenderer } from "./card-renderer.js";
import { platformOf, type RetryOptions, retryWait } from "./outbox-retries.js";
import { OutboxTargets } from "./outbox-targets.js";
import { Pacer } from "./pacer.js";

export interface DispatcherOptions extends RetryOptions {
  /** This process, as it claims the answers it writes. */
  readonly owner: string;
  /** Draws a ticket's card when one is sent (cards are queued by name, not drawn in advance). */
  readonly renderCard: CardRenderer;
  /** Sends in flight at once, across lanes. */
  readonly concurrency?: number;
  /** Entries read from the store at a time. */
  readonly readBatch?: number;
  readonly telemetry?: Telemetry;
}

interface Lane {
  entries: OutboxEntry[];
  notBefore: number;
  busy: boolean;
  /** An outcome of a send that happened but could not be recorded yet: recorded before anything else. */
  unrecorded?: { readonly entry: OutboxEntry; readonly outcome: OutboxOutcome };
}

/** What the dispatcher did since it started, for metrics and logs. */
export interface DispatchStats {
  sent: number;
  retried: number;
  dead: number;
  superseded: number;
}

/** Settled entries are remembered this long, so a read that raced the settling cannot bring one back. */
const SETTLED_MEMORY_MS = 5 * 60_000;

/**
 * Sends the outbox. Messages of one lane (a ticket's thread, a conversation, a person) go one at a time
 * in order; lanes run side by side, and lanes waiting for the same conversation's pace take turns by
 * rank. A failed send is retried with growing, spread delays (or when the platform says), keeping its
 * lane's order; what the platform refuses for good is set aside and logged. Every outcome is recorded,
 * so a restart or another process continues where this one stopped.
 *
 * One process sends every lane (the lease holder, or the only process); others send just the answers
 * they wrote themselves, which never wait behind cards and relays.
 */
export class OutboxDispatcher {
  private readonly lanes = new Map<string, Lane>();
  /** Sequence numbers in memory, and when each was settled (0 while pending). */
  private readonly known = new Map<number, number>();
  /** Lane heads a process that died may have sent: looked for on the platform before sending. */
  private readonly uncertain = new Set<number>();
  private readonly pacer = new Pacer();
  private readonly targets: OutboxTargets;
  private readonly running = new Set<Promise<void>>();
  private watermark = 0;
  private inFlight = 0;
  private everyLane = false;
  private stopping = false;
  private wake: () => void = () => {};
  private woken: Promise<void> = this.nextWake();
  readonly stats: DispatchStats = { sent: 0, retried: 0, dead: 0, superseded: 0 };

  constructor(
    private readonly store: Outbox,
    private readonly gateway: ChatGateway,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly options: DispatcherOptions,
  ) {
    this.targets = new OutboxTargets(store, gateway, options.renderCard);
  }

  /** Entries this process just committed: they go out without waiting for a read of the store. */
  offer(entries: readonly OutboxEntry[]): void {
    for (const entry of entries) if (this.takes(entry)) this.add(entry);
    this.wake();
  }

  /**
   * Every lane (this process holds the lease) or only its own answers. Taking every lane over reads
   * what is left in the store, treating each lane's first entry as possibly sent already.
   */
  async sendEveryLane(every: boolean): Promise<void> {
    if (every === this.everyLane) return;
    this.everyLane = every;
    if (every) {
      await this.load("takeover");
      return;
    }
    for (const [id, lane] of this.lanes) {
      lane.entries = lane.entries.filter((entry) => this.takes(entry));
      if (!lane.busy && lane.entries.length === 0 && lane.unrecorded === undefined) this.lanes.delete(id);
    }
  }

  /**
   * Reads entries from the store: those written since the last read (`new`), or all that are pending:
   * on a takeover or a start, when lane heads may have been sent by a process that died before it
   * recorded them, or as a `rescan` for entries a slow writer committed below the last read.
   */
  async load(what: "takeover" | "new" | "rescan"): Promise<void> {
    if (!this.everyLane) return;
    const batch = this.options.readBatch ?? 1000;
    const seenLanes = new Set(this.lanes.keys());
    const fromStart = what !== "new";
    let after = fromStart ? 0 : this.watermark;
    for (;;) {
      const entries = await this.store.pendingOutbox(after, batch, this.clock.now(), this.options.owner);
      for (const entry of entries) this.add(entry);
      if (entries.length < batch) break;
      after = entries[entries.length - 1]?.seq ?? after;
    }
    if (what === "takeover")
      for (const [id, lane] of this.lanes)
        if (!seenLanes.has(id) && lane.entries[0] !== undefined) this.uncertain.add(lane.entries[0].seq);
    this.forgetSettled();
    this.wake();
  }

  /**
   * Sends everything that may go now; resolves, once every lane waits (empty, paced or backing off),
   * with when the earliest wait ends (null: nothing is pending).
   */
  async runDue(): Promise<number | null> {
    const running = this.running;
    for (;;) {
      const now = this.clock.now();
      for (const lane of this.ready(now)) {
        if (this.inFlight >= (this.options.concurrency ?? 16)) break;
        const pacing = lane.unrecorded === undefined ? this.targets.pacingOf(lane.entries[0]) : undefined;
        if (pacing !== undefined && !this.pacer.mayPost(pacing, now)) continue;
        if (pacing !== undefined) this.pacer.count(pacing, now);
        lane.busy = true;
        this.inFlight += 1;
        const step: Promise<void> = this.step(lane)
          .catch((error) => this.logger.error({ err: error }, "outbox lane failed; trying again"))
          .finally(() => {
            if (pacing !== undefined) this.pacer.arrived(pacing, now, this.clock.now());
            lane.busy = false;
            this.inFlight -= 1;
            running.delete(step);
          });
        running.add(step);
      }
      if (running.size === 0) return this.nextDue(now);
      await Promise.race([...running, this.woken]);
    }
  }

  /** Resolves when `offer` is next called (for a loop that sleeps until then). */
  offered(): Promise<void> {
    return this.woken;
  }

  /** Stops starting sends; resolves when the sends in flight have finished and been recorded. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    await Promise.all([...this.running]);
  }

  /** How many entries wait in memory. */
  get pending(): number {
    let count = 0;
    for (const lane of this.lanes.values()) count += lane.entries.length;
    return count;
  }

  private takes(entry: OutboxEntry): boolean {
    return this.everyLane || (entry.target.kind === "answer" && entry.claimedBy === this.options.owner);
  }

  private add(entry: OutboxEntry): void {
    if (this.known.has(entry.seq)) return;
    this.known.set(entry.seq, 0);
    this.watermark = Math.max(this.watermark, entry.seq);
    let lane = this.lanes.get(entry.lane);
    if (lane === undefined) {
      lane = { entries: [], notBefore: 0, busy: false };
      this.lanes.set(entry.lane, lane);
    }
    lane.entries.push(entry);
    if ((lane.entries[lane.entries.length - 2]?.seq ?? 0) > entry.seq)
      lane.entries.sort((a, b) => a.seq - b.seq);
    if (lane.entries[0] === entry) lane.notBefore = entry.retryAt;
  }

  private ready(now: number): Lane[] {
    if (this.stopping) return [];
    const ready = [...this.lanes.values()].filter(
      (lane) =>
        !lane.busy && (lane.entries.length > 0 || lane.unrecorded !== undefined) && lane.notBefore <= now,
    );
    const head = (lane: Lane) => lane.unrecorded?.entry ?? (lane.entries[0] as OutboxEntry);
    return ready.sort((a, b) => head(a).rank - head(b).rank || head(a).seq - head(b).seq);
  }

  /** Sends (or settles) the lane's first entry and records the outcome. */
  private async step(lane: Lane): Promise<void> {
    if (lane.unrecorded === undefined) {
      const entry = lane.entries[0];
      if (entry === undefined) return;
      lane.unrecorded = { entry, outcome: await this.outcomeOf(entry, lane) };
    }
    const { entry, outcome } = lane.unrecorded;
    try {
      await this.store.settleOutbox(entry, outcome);
    } catch (error) {
      // Sent but not recorded: record it before the lane moves on, so it is not sent again.
      lane.notBefore = this.clock.now() + (this.options.retryBaseMs ?? 1000);
      this.logger.warn({ err: error, key: entry.key }, "could not record a sent message; trying again");
      return;
    }
    lane.unrecorded = undefined;
    this.settled(lane, entry, outcome);
  }

  private settled(lane: Lane, entry: OutboxEntry, outcome: OutboxOutcome): void {
    if (outcome.state === "retry" && !this.everyLane) {
      // A retry is the lease holder's: this process leaves the answer to it.
      lane.entries.shift();
      return;
    }
    if (outcome.state === "retry") {
      lane.entries[0] = { ...entry, attempts: outcome.attempts, retryAt: outcome.retryAt };
      lane.notBefore = outcome.retryAt;
      return;
    }
    lane.entries.shift();
    this.known.set(entry.seq, this.clock.now());
    lane.notBefore = lane.entries[0]?.retryAt ?? 0;
    const { target } = entry;
    if (outcome.state === "delivered" && target.kind === "post" && target.lands && outcome.ref)
      this.targets.landed(target.lands.ticket, target.lands.side, outcome.ref);
    if (lane.entries.length === 0) {
      const id = entry.lane;
      if (this.lanes.get(id) === lane) this.lanes.delete(id);
    }
  }

  private async outcomeOf(entry: OutboxEntry, lane: Lane): Promise<OutboxOutcome> {
    const now = this.clock.now();
    const { target } = entry;
    if (
      target.kind === "update" &&
      lane.entries.some(
        (later) =>
          later !== entry &&
          later.target.kind === "update" &&
          later.target.ticket === target.ticket &&
          later.target.side === target.side,
      )
    ) {
      this.stats.superseded += 1;
      return { state: "superseded", at: now };
    }
    let platform = platformOf(entry);
    try {
      const resolved = await this.targets.resolve(entry);
      if (typeof resolved === "string") {
        this.logger.warn({ key: entry.key, reason: resolved }, "a message could not be placed; set aside");
        this.stats.dead += 1;
        return { state: "dead", at: now, error: resolved };
      }
      platform = resolved.where.platform;
      if (this.uncertain.delete(entry.seq) && resolved.findable && this.gateway.findDelivered) {
        const found = await this.gateway.findDelivered(entry.key, resolved.where);
        if (found !== undefined) return { state: "delivered", at: this.clock.now(), ref: found };
      }
      const ref = await resolved.send();
      this.stats.sent += 1;
      this.options.telemetry?.sent(platform, "delivered");
      return { state: "delivered", at: this.clock.now(), ref };
    } catch (error) {
      return this.failed(entry, error, platform ?? "unknown");
    }
  }

  private failed(entry: OutboxEntry, error: unknown, platform: string): OutboxOutcome {
    const now = this.clock.now();
    const code = error instanceof SendFailure ? error.code : undefined;
    const reason = describeError(error);
    const report = (outcome: "retry" | "dead") => this.options.telemetry?.sent(platform, outcome, code);
    const wait = retryWait(error, entry.attempts, this.options);
    if (wait === undefined) {
      report("dead");
      this.stats.dead += 1;
      this.logger.error(
        { err: error, code, key: entry.key, lane: entry.lane },
        "the platform refused a message for good",
      );
      return { state: "dead", at: now, error: reason };
    }
    const attempts = entry.attempts + 1;
    this.stats.retried += 1;
    report("retry");
    this.logger.warn(
      { err: error, code, key: entry.key, attempts, waitMs: Math.round(wait) },
      "send failed; will retry",
    );
    return { state: "retry", attempts, retryAt: now + wait, error: reason };
  }

  /** When the earliest waiting lane may go: its retry time, or its conversation's next free slot. */
  private nextDue(now: number): number | null {
    let next: number | null = null;
    for (const lane of this.lanes.values()) {
      if (lane.busy || (lane.entries.length === 0 && lane.unrecorded === undefined)) continue;
      const pacing = lane.unrecorded === undefined ? this.targets.pacingOf(lane.entries[0]) : undefined;
      const at = Math.max(lane.notBefore, pacing === undefined ? now : this.pacer.nextSlot(pacing, now));
      if (next === null || at < next) next = at;
    }
    return next;
  }

  private forgetSettled(): void {
    const before = this.clock.now() - SETTLED_MEMORY_MS;
    for (const [seq, settledAt] of this.known)
      if (settledAt !== 0 && settledAt < before) this.known.delete(seq);
  }

  private nextWake(): Promise<void> {
    return new Promise((resolve) => {
      this.wake = () => {
        resolve();
        this.woken = this.nextWake();
      };
    });
  }
}

import { describeError } from "../domain/errors.js";
import type { Clock } from "../ports/clock.js";
import type { Inbox, InboxEntry } from "../ports/inbox.js";
import type { Logger } from "../ports/logger.js";
import type { Telemetry } from "../ports/telemetry.js";

/**
 * Reads one inbox entry of its source and handles it, completing the entry in the same write as what it
 * changes. `final`: the last attempt, on which a failure is answered rather than thrown.
 */
export type InboundHandler = (entry: InboxEntry, final: boolean) => Promise<void>;

export interface IntakeOptions {
  /** This process, as it claims the entries it handles. */
  readonly owner: string;
  /** How long a claim keeps other processes off an entry; after that a recovery sweep may take it. */
  readonly claimMs?: number;
  /** Events handled at once, across partitions. */
  readonly concurrency?: number;
  /** The first retry of an entry whose handling failed waits this long; each further one twice as long. */
  readonly retryBaseMs?: number;
  /** Attempts before an entry is answered with an apology and set aside. */
  readonly maxAttempts?: number;
  readonly telemetry?: Telemetry;
}

/** Thrown by `record` while the desk is shutting down: the platform should try again, elsewhere or later. */
export class ShuttingDownError extends Error {
  constructor() {
    super("the desk is shutting down");
    this.name = "ShuttingDownError";
  }
}

/**
 * The way in. An adapter records each inbound event here (one small durable write) before it
 * acknowledges the platform, then starts it; events of one partition (a conversation) are handled one at
 * a time in the order received, partitions side by side. An entry whose handler failed, or whose process
 * died, is claimed again by a recovery sweep, so nothing acknowledged is lost.
 */
export class Intake {
  private readonly partitions = new Map<string, InboxEntry[]>();
  private readonly waiting: string[] = [];
  private readonly handlersBusy = new Set<Promise<void>>();
  /** Records under way: a stop waits for them, so nothing is written after the store closes. */
  private readonly recording = new Set<Promise<void>>();
  private running = 0;
  private accepting = true;
  /** Callers waiting for an entry to be handled (an adapter answering its request with the result). */
  private readonly waitingForHandled = new Map<string, (() => void)[]>();
  readonly stats = { handled: 0, failed: 0, recovered: 0 };

  constructor(
    private readonly inbox: Inbox,
    private readonly handlers: Readonly<Record<string, InboundHandler>>,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly options: IntakeOptions,
  ) {}

  /**
   * Writes the event to the inbox, claimed by this process. Resolves with the entry to start once the
   * platform is acknowledged, or null for a redelivery (acknowledge it, do nothing). Rejects when the
   * event could not be recorded: then the platform must not be acknowledged.
   */
  async record(event: Omit<InboxEntry, "receivedAt" | "attempts">): Promise<InboxEntry | null> {
    if (!this.accepting) throw new ShuttingDownError();
    const entry = { ...event, receivedAt: this.clock.now(), attempts: 0 };
    const recording = this.inbox.recordInbound(entry, this.claim());
    const settled = recording.then(
      () => undefined,
      () => undefined,
    );
    this.recording.add(settled);
    void settled.finally(() => this.recording.delete(settled));
    if (await recording) return entry;
    this.logger.debug({ entry: entry.id, source: entry.source }, "a redelivered event: recorded already");
    return null;
  }

  /**
   * Handles a recorded entry, after its platform was acknowledged. While the desk stops, the entry stays
   * in the inbox for the next start (or another process).
   */
  start(entry: InboxEntry): void {
    if (!this.accepting) return;
    const queued = this.partitions.get(entry.partition);
    if (queued !== undefined) {
      queued.push(entry);
      return;
    }
    this.partitions.set(entry.partition, [entry]);
    if (this.running < (this.options.concurrency ?? 32)) this.drain(entry.partition);
    else this.waiting.push(entry.partition);
  }

  /**
   * Claims entries no live process is handling (their claim lapsed: a process died, or a handling failed
   * and its retry time came) and handles them. `everything`: this is the store's only process, so every
   * unhandled entry is its own, whoever claimed it before a restart.
   */
  async recover(everything = false): Promise<number> {
    if (!this.accepting) return 0;
    const now = everything ? Number.MAX_SAFE_INTEGER : this.clock.now();
    const entries = await this.inbox.claimStaleInbound(now, this.claim(), 500);
    for (const entry of entries) this.start(entry);
    this.stats.recovered += entries.length;
    return entries.length;
  }

  /**
   * Resolves once the entry has been handled (or its handling failed and it waits for a retry): for a
   * platform request whose response carries the result, such as a Teams card action.
   */
  handled(id: string): Promise<void> {
    return new Promise((resolve) => {
      this.waitingForHandled.set(id, [...(this.waitingForHandled.get(id) ?? []), resolve]);
    });
  }

  /** Whether events are being handled or wait to be. */
  get busy(): number {
    let queued = 0;
    for (const entries of this.partitions.values()) queued += entries.length;
    return queued;
  }

  /** Resolves once nothing is being handled or waiting. */
  async idle(): Promise<void> {
    while (this.handlersBusy.size > 0) await Promise.all([...this.handlersBusy]);
  }

  /**
   * Stops taking events (`record` rejects with ShuttingDownError) and lets the events being handled
   * finish; events not started stay in the inbox for the next start or another process.
   */
  async stop(): Promise<void> {
    this.accepting = false;
    for (const entries of this.partitions.values()) entries.splice(1);
    this.waiting.length = 0;
    await Promise.all([...this.recording]);
    await this.idle();
  }

  private claim() {
    return { owner: this.options.owner, until: this.clock.now() + (this.options.claimMs ?? 15_000) };
  }

  private drain(partition: string): void {
    this.running += 1;
    const run = (async () => {
      for (let entries = this.partitions.get(partition); entries?.[0] !== undefined; ) {
        await this.handle(entries[0]);
        entries.shift();
        if (!this.accepting) entries.length = 0;
      }
      this.partitions.delete(partition);
    })();
    this.handlersBusy.add(run);
    void run.finally(() => {
      this.handlersBusy.delete(run);
      this.running -= 1;
      const next = this.waiting.shift();
      if (next !== undefined) this.drain(next);
    });
  }

  private async handle(entry: InboxEntry): Promise<void> {
    try {
      await this.attempt(entry);
    } finally {
      for (const resolve of this.waitingForHandled.get(entry.id) ?? []) resolve();
      this.waitingForHandled.delete(entry.id);
    }
  }

  private async attempt(entry: InboxEntry): Promise<void> {
    const maxAttempts = this.options.maxAttempts ?? 8;
    const final = entry.attempts + 1 >= maxAttempts;
    const handler = this.handlers[entry.source];
    const started = performance.now();
    const took = () => (performance.now() - started) / 1000;
    try {
      if (handler === undefined) throw new Error(`no handler for inbox source "${entry.source}"`);
      await handler(entry, final);
      this.stats.handled += 1;
      this.options.telemetry?.handled(entry.source, took(), "done");
    } catch (error) {
      this.stats.failed += 1;
      this.options.telemetry?.handled(entry.source, took(), "failed");
      const wait = (this.options.retryBaseMs ?? 1000) * 2 ** entry.attempts;
      this.logger.warn(
        { err: error, entry: entry.id, source: entry.source, attempts: entry.attempts + 1, final },
        final
          ? "could not handle an inbound event; set aside"
          : "could not handle an inbound event; will retry",
      );
      await this.inbox
        .releaseInbound(entry.id, this.clock.now() + wait, describeError(error), final)
        .catch((failure) =>
          this.logger.error({ err: failure, entry: entry.id }, "could not release an inbox entry"),
        );
    }
  }
}

import { describeError } from "../../src/domain/errors.js";
import type { Logger } from "../../src/ports/logger.js";

/** A part the desk depends on, checked by answering a small request. */
export type Probe = () => Promise<void>;

export interface ComponentState {
  readonly up: boolean;
  /** Since when it has been up or down (epoch ms). */
  readonly since: number;
  /** Why it is down. */
  readonly error?: string;
}

export interface OutageWatchOptions {
  /** How often each part is checked. */
  readonly probeMs: number;
  /** A check that has not answered within this long counts as down. */
  readonly timeoutMs?: number;
  readonly now?: () => number;
}

/**
 * Watches the parts the desk depends on (the store, the chat platform) and logs when an outage starts
 * and when it ends, with how long it lasted; `/readyz` and the metrics read the same states. The desk
 * itself loses nothing meanwhile (the platform retries what it could not record, the outbox what it
 * could not send): the log tells the operator why work waited.
 */
export class OutageWatch {
  private readonly states = new Map<string, ComponentState>();
  private timer: NodeJS.Timeout | undefined;
  private checking: Promise<void> | undefined;
  private readonly now: () => number;

  constructor(
    private readonly probes: Readonly<Record<string, Probe>>,
    private readonly logger: Logger,
    private readonly options: OutageWatchOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  /** Checks every part once (so the first readiness answer is a real one), then every `probeMs`. */
  async start(): Promise<void> {
    await this.check();
    this.timer = setInterval(() => {
      this.checking ??= this.check().finally(() => {
        this.checking = undefined;
      });
    }, this.options.probeMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.checking;
  }

  state(name: string): ComponentState | undefined {
    return this.states.get(name);
  }

  report(): Readonly<Record<string, ComponentState>> {
    return Object.fromEntries(this.states);
  }

  /** Whether every part answered its last check. */
  allUp(): boolean {
    return [...this.states.values()].every((state) => state.up);
  }

  async check(): Promise<void> {
    await Promise.all(
      Object.entries(this.probes).map(async ([name, probe]) => {
        try {
          await withTimeout(probe(), this.options.timeoutMs ?? 3000, name);
          this.note(name, undefined);
        } catch (error) {
          this.note(name, error);
        }
      }),
    );
  }

  private note(name: string, error: unknown): void {
    const now = this.now();
    const before = this.states.get(name);
    const up = error === undefined;
    if (before !== undefined && before.up === up) return;
    this.states.set(name, up ? { up, since: now } : { up, since: now, error: describeError(error) });
    if (!up)
      this.logger.error(
        { err: error, component: name },
        `${name} unreachable: the desk keeps what it has and catches up when it answers again`,
      );
    else if (before !== undefined)
      this.logger.info(
        { component: name, downSeconds: Math.round((now - before.since) / 100) / 10 },
        `${name} reachable again`,
      );
  }
}

function withTimeout(work: Promise<void>, ms: number, name: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${name} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

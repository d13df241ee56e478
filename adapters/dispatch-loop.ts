import type { OutboxDispatcher } from "../src/application/outbox-dispatcher.js";
import type { Clock } from "../src/ports/clock.js";
import type { Lease } from "../src/ports/lease.js";
import type { Logger } from "../src/ports/logger.js";

export interface DispatchLoopOptions {
  /** Several processes share the store: the lease holder reads what the others wrote every `pollMs`. */
  readonly shared: boolean;
  readonly pollMs: number;
  readonly clock: Clock;
  readonly logger: Logger;
}

/** A full read of the outbox catches entries a slow writer committed below the last read's high mark. */
const RESCAN_MS = 30_000;
/** After a failure to read or record, the loop waits this long. */
const PAUSE_MS = 1000;

export interface DispatchLoop {
  /** Ends the loop; the dispatcher's own `stop` lets the sends in flight finish. */
  stop(): Promise<void>;
}

/**
 * Runs the outbox dispatcher on timers: sends what is due, then sleeps until the next retry or pace slot,
 * a new commit of this process, or (shared store) the next read of what other processes wrote. It sends
 * every lane while this process holds the lease, only its own answers otherwise.
 */
export function startDispatchLoop(
  dispatcher: OutboxDispatcher,
  lease: Lease,
  options: DispatchLoopOptions,
): DispatchLoop {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let wakeEarly: () => void = () => {};
  let lastRead = Number.NEGATIVE_INFINITY;
  let lastRescan = Number.NEGATIVE_INFINITY;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      wakeEarly = resolve;
      timer = setTimeout(resolve, Math.max(0, Math.min(ms, 2_147_000_000)));
    });

  const round = async (): Promise<number> => {
    const holds = lease.holds();
    await dispatcher.sendEveryLane(holds);
    const now = options.clock.now();
    if (holds && options.shared && now - lastRescan >= RESCAN_MS) {
      await dispatcher.load("rescan");
      [lastRescan, lastRead] = [now, now];
    } else if (holds && options.shared && now - lastRead >= options.pollMs) {
      await dispatcher.load("new");
      lastRead = now;
    }
    const next = await dispatcher.runDue();
    // A standby looks at the lease as often as it would read: it takes the lanes over promptly.
    const poll = options.shared ? options.pollMs : Number.POSITIVE_INFINITY;
    return Math.min(next === null ? Number.POSITIVE_INFINITY : next - options.clock.now(), poll);
  };

  const done = (async () => {
    while (!stopped) {
      let wait: number;
      try {
        wait = await round();
      } catch (error) {
        options.logger.error({ err: error }, "the outbox could not be read or recorded; trying again");
        wait = PAUSE_MS;
      }
      if (stopped) break;
      await Promise.race([sleep(wait), dispatcher.offered()]);
      clearTimeout(timer);
    }
  })();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      wakeEarly();
      await done;
    },
  };
}

import type { ReminderScheduler } from "../src/application/run-due-reminders.js";
import type { Lease } from "../src/ports/lease.js";
import type { Logger } from "../src/ports/logger.js";
import type { Telemetry } from "../src/ports/telemetry.js";

export interface ReminderLoopOptions {
  /** Real milliseconds between the starts of two ticks. */
  readonly tickMs: number;
  /** The lease period: the longest a dead holder keeps the others waiting, its last tick included. */
  readonly leaseMs: number;
  readonly logger: Logger;
  readonly telemetry?: Telemetry;
}

/**
 * The expiry to give the lease on the server: three ticks short of the lease period. A standby polls
 * four times a tick, so it has taken over from a dead holder two ticks before the period ends and has
 * sent what was owed within one lease period plus one tick, with room to spare on a busy machine
 * (taking over includes reading the change log the dead holder wrote).
 */
export function leaseExpiryMs(options: { readonly tickMs: number; readonly leaseMs: number }): number {
  return Math.max(options.tickMs, options.leaseMs - 3 * options.tickMs);
}

const STANDBY_POLLS_PER_TICK = 4;

export interface ReminderLoop {
  /** Ends the loop after the tick in flight and gives the lease up, so another process takes over at once. */
  stop(): Promise<void>;
}

/**
 * Runs scheduler ticks on a timer. Every process runs the loop; the lease lets one of them send, and
 * when it dies another takes the lease within one lease period plus one tick.
 */
export function startReminderLoop(
  scheduler: ReminderScheduler,
  lease: Lease,
  options: ReminderLoopOptions,
): ReminderLoop {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> = Promise.resolve();
  // Three renewals per expiry period, so one slow or lost reply never lets the lease lapse.
  const renewal = setInterval(() => {
    if (lease.holds()) lease.acquire().catch(() => undefined);
  }, leaseExpiryMs(options) / 3);
  renewal.unref();

  const run = async () => {
    const started = performance.now();
    // A standby looks for a free lease four times a tick, so a dead holder is replaced promptly.
    let interval = options.tickMs / STANDBY_POLLS_PER_TICK;
    try {
      const report = await scheduler.tick();
      if (report.held) {
        interval = options.tickMs;
        options.telemetry?.ticked((performance.now() - started) / 1000);
      }
      if (report.sent > 0) options.logger.info({ queued: report.sent, tickets: report.tickets }, "reminders");
    } catch (error) {
      options.logger.error({ err: error }, "reminder tick failed; retrying next tick");
    }
    if (stopped) return;
    timer = setTimeout(
      () => {
        inFlight = run();
      },
      Math.max(0, interval - (performance.now() - started)),
    );
  };
  inFlight = run();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      clearInterval(renewal);
      await inFlight;
      await lease.release().catch(() => undefined);
    },
  };
}

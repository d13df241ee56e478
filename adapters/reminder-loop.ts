import type { ReminderScheduler } from "../src/application/run-due-reminders.js";
import type { Lease } from "../src/ports/lease.js";
import type { Logger } from "../src/ports/logger.js";

export interface ReminderLoopOptions {
  /** Real milliseconds between the starts of two ticks. */
  readonly tickMs: number;
  /** The lease period; the lease is renewed three times per period, also during a long tick. */
  readonly leaseMs: number;
  readonly logger: Logger;
}

/**
 * The expiry to give the lease on the server: one tick short of the lease period, so a standby that
 * polls every tick has taken over from a dead holder, and sent what it owed, within one lease period
 * plus one tick.
 */
export function leaseExpiryMs(options: { readonly tickMs: number; readonly leaseMs: number }): number {
  return Math.max(options.tickMs, options.leaseMs - options.tickMs);
}

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
  const renewal = setInterval(() => {
    if (lease.holds()) lease.acquire().catch(() => undefined);
  }, options.leaseMs / 3);
  renewal.unref();

  const run = async () => {
    const started = performance.now();
    try {
      const report = await scheduler.tick();
      if (report.failed > 0 || report.sent > 0)
        options.logger.info(
          { sent: report.sent, failed: report.failed, tickets: report.tickets },
          "reminders",
        );
    } catch (error) {
      options.logger.error({ err: String(error) }, "reminder tick failed; retrying next tick");
    }
    if (stopped) return;
    timer = setTimeout(
      () => {
        inFlight = run();
      },
      Math.max(0, options.tickMs - (performance.now() - started)),
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

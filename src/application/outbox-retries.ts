import { SendFailure } from "../ports/chat-gateway.js";
import type { OutboxEntry } from "../ports/outbox.js";

/** How the dispatcher retries what a platform refused. */
export interface RetryOptions {
  /** The first retry of a failed send waits about this long; each further one twice as long. */
  readonly retryBaseMs?: number;
  readonly retryMaxMs?: number;
  /**
   * Attempts after which a message the platform keeps refusing is given up, and the failure logged: by
   * default about a day of retries at the longest wait.
   */
  readonly maxAttempts?: number;
  /** 0..1 for the spread of retry delays (so lanes a platform refused together do not retry together). */
  readonly random?: () => number;
}

/**
 * How long to wait before sending again after a failure, or undefined to give up: the wait the platform
 * asked for, else doubling from the base wait up to the longest, spread so that lanes refused together
 * do not retry together. A failure the platform calls final, or one more attempt than allowed, gives up.
 */
export function retryWait(error: unknown, attemptsSoFar: number, options: RetryOptions): number | undefined {
  const retryable = error instanceof SendFailure ? error.retryable : true;
  const attempts = attemptsSoFar + 1;
  if (!retryable || attempts >= (options.maxAttempts ?? 300)) return undefined;
  if (error instanceof SendFailure && error.retryAfterMs !== undefined) return error.retryAfterMs;
  const backoff = Math.min(
    options.retryMaxMs ?? 300_000,
    (options.retryBaseMs ?? 1000) * 2 ** (attempts - 1),
  );
  return backoff * (0.5 + 0.5 * (options.random ?? Math.random)());
}

/** The platform an entry goes to, as far as its target names it (a card update names only its ticket). */
export function platformOf(entry: OutboxEntry): string | undefined {
  const { target } = entry;
  switch (target.kind) {
    case "post":
      return target.to.platform;
    case "thread":
    case "answer":
      return target.in.platform;
    case "direct":
      return target.user.platform;
    case "update":
      return undefined;
  }
}

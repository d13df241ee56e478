/**
 * What the desk tells an operator's monitoring about its own work. Adapters pass Prometheus metrics;
 * every call is cheap and never fails the work it reports on.
 */
export interface Telemetry {
  /** A platform was acknowledged for an inbound request, this long after it arrived (recording included). */
  acked(platform: string, seconds: number): void;
  /** An inbox entry was handled (`done`) or its handling failed (`failed`, to be retried or set aside). */
  handled(source: string, seconds: number, outcome: "done" | "failed"): void;
  /** A send attempt's outcome; `code` is the platform's reason for a failure (`ratelimited` for a 429). */
  sent(platform: string, outcome: "delivered" | "retry" | "dead", code?: string): void;
  /** One reminder scheduler tick took this long. */
  ticked(seconds: number): void;
}

export const noTelemetry: Telemetry = {
  acked() {},
  handled() {},
  sent() {},
  ticked() {},
};

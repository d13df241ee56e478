import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import { unpackDeadlines } from "../../src/domain/ticket/ticket-clocks.js";
import type { Lease } from "../../src/ports/lease.js";
import type { Telemetry } from "../../src/ports/telemetry.js";
import type { TicketStore } from "../../src/ports/ticket-store.js";
import type { OutageWatch } from "./outage-watch.js";

export interface DeskMetricsOptions {
  readonly store: TicketStore;
  readonly lease: Lease;
  readonly watch: OutageWatch;
  /** The chat platforms the desk is on, so their counters read 0 before anything happened. */
  readonly platforms: readonly string[];
  /** Wall-clock time, for the age of waiting work and the state of SLA clocks. */
  readonly now?: () => number;
}

export interface DeskMetrics {
  readonly registry: Registry;
  /** What the desk's parts report as they work. */
  readonly telemetry: Telemetry;
}

/** Latencies the desk cares about: an ack within Slack's 3 s, a handled event within a second or so. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The desk's Prometheus metrics: tickets and SLA clocks (read from the store when scraped), waiting work
 * in the inbox and outbox, sends and failures by platform, latencies, and which process holds the
 * scheduler's lease; plus Node's own process metrics.
 */
export function deskMetrics(options: DeskMetricsOptions): DeskMetrics {
  const registry = new Registry();
  const now = options.now ?? Date.now;
  collectDefaultMetrics({ register: registry });
  const { store, lease, watch } = options;
  const registers = [registry];
  const openTickets = perScrape(() => store.list({ open: true }));

  new Gauge({
    name: "sla_desk_tickets_open",
    help: "Open tickets by priority and status",
    labelNames: ["priority", "status"],
    registers,
    async collect() {
      this.reset();
      for (const ticket of (await openTickets()) ?? [])
        this.inc({ priority: ticket.priority, status: ticket.status });
    },
  });
  new Gauge({
    name: "sla_desk_sla_clocks",
    help: "SLA clocks of open tickets still counting, by state: at_risk (past the at-risk share) or breached",
    labelNames: ["state", "metric"],
    registers,
    async collect() {
      this.reset();
      const at = now();
      for (const ticket of (await openTickets()) ?? [])
        for (const clock of unpackDeadlines(ticket.deadlines)) {
          if (clock.due <= at) this.inc({ state: "breached", metric: clock.metric });
          else if (clock.riskAt !== null && clock.riskAt <= at)
            this.inc({ state: "at_risk", metric: clock.metric });
        }
    },
  });
  const depth = (name: "inbox" | "outbox", read: () => Promise<{ count: number; oldest: number | null }>) => {
    const reading = perScrape(read);
    new Gauge({
      name: `sla_desk_${name}_depth`,
      help: `Entries waiting in the ${name}`,
      registers,
      async collect() {
        const value = await reading();
        if (value !== undefined) this.set(value.count);
      },
    });
    new Gauge({
      name: `sla_desk_${name}_oldest_age_seconds`,
      help: `How long the oldest entry waiting in the ${name} has waited (0 when none waits)`,
      registers,
      async collect() {
        const value = await reading();
        if (value !== undefined)
          this.set(value.oldest === null ? 0 : Math.max(0, (now() - value.oldest) / 1000));
      },
    });
  };
  depth("inbox", () => store.inboxDepth());
  depth("outbox", () => store.outboxDepth());
  new Gauge({
    name: "sla_desk_lease_holder",
    help: "1 while this process holds the scheduler's lease (it sends reminders and the outbox)",
    registers,
    collect() {
      this.set(lease.holds() ? 1 : 0);
    },
  });
  new Gauge({
    name: "sla_desk_up",
    help: "1 while a part the desk depends on answers its checks",
    labelNames: ["component"],
    registers,
    collect() {
      this.reset();
      for (const [component, state] of Object.entries(watch.report()))
        this.set({ component }, state.up ? 1 : 0);
    },
  });

  const sends = new Counter({
    name: "sla_desk_sends_total",
    help: "Send attempts by platform and outcome (delivered, retry, dead)",
    labelNames: ["platform", "outcome"],
    registers,
  });
  const failures = new Counter({
    name: "sla_desk_send_failures_total",
    help: "Failed send attempts by platform and the platform's reason",
    labelNames: ["platform", "code"],
    registers,
  });
  const rateLimited = new Counter({
    name: "sla_desk_rate_limited_total",
    help: "Sends the platform answered with 429 (rate limited)",
    labelNames: ["platform"],
    registers,
  });
  const acks = new Histogram({
    name: "sla_desk_ack_duration_seconds",
    help: "From a platform request's arrival to its acknowledgement (recorded in the inbox first)",
    labelNames: ["platform"],
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const handled = new Histogram({
    name: "sla_desk_handler_duration_seconds",
    help: "Handling one inbound event, its one write included",
    labelNames: ["source", "outcome"],
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const ticks = new Histogram({
    name: "sla_desk_scheduler_tick_duration_seconds",
    help: "One reminder scheduler tick of the lease holder",
    buckets: LATENCY_BUCKETS,
    registers,
  });
  for (const platform of options.platforms) rateLimited.inc({ platform }, 0);

  const telemetry: Telemetry = {
    acked: (platform, seconds) => acks.observe({ platform }, seconds),
    handled: (source, seconds, outcome) => handled.observe({ source, outcome }, seconds),
    sent(platform, outcome, code) {
      sends.inc({ platform, outcome });
      if (outcome === "delivered") return;
      failures.inc({ platform, code: code ?? "unknown" });
      if (code === "ratelimited") rateLimited.inc({ platform });
    },
    ticked: (seconds) => ticks.observe(seconds),
  };
  return { registry, telemetry };
}

/**
 * One read of the store shared by the gauges of one scrape (they collect at the same moment); a store
 * that does not answer leaves them out of that scrape rather than failing it.
 */
function perScrape<T>(read: () => Promise<T>): () => Promise<T | undefined> {
  let pending: Promise<T | undefined> | undefined;
  return () => {
    pending ??= read()
      .catch(() => undefined)
      .finally(() =>
        setImmediate(() => {
          pending = undefined;
        }),
      );
    return pending;
  };
}

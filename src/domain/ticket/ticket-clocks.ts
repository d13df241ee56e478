import { METRICS, type Metric } from "../sla/metrics.js";
import type { Policy } from "../sla/policy.js";
import { type ClockReading, SlaTimeline } from "../sla/timeline.js";
import type { ClockDeadline, Ticket } from "./ticket.js";

export interface TicketClock extends ClockReading {
  readonly metric: Metric;
}

/**
 * The ticket's SLA clocks at `at`, replayed from its clock events (a handful per ticket). With
 * `riskShare`, each running clock also tells when it will have used that share of its target.
 */
export function ticketClocks(ticket: Ticket, policy: Policy, at: number, riskShare?: number): TicketClock[] {
  const timeline = new SlaTimeline(policy, ticket.plan);
  ticket.sla.forEach((event, index) => {
    timeline.apply(event, index);
  });
  return Object.entries(
    timeline.readAt(Math.max(at, ticket.sla[ticket.sla.length - 1]?.at ?? at), riskShare),
  ).map(([metric, reading]) => ({ metric: metric as Metric, ...(reading as ClockReading) }));
}

/** The clocks still counting toward a deadline: running, or already late and not yet stopped. */
export function liveClocks(clocks: readonly TicketClock[]): TicketClock[] {
  return clocks.filter(
    (clock) =>
      clock.due !== null &&
      clock.stoppedAt === null &&
      (clock.state === "running" || clock.state === "breached"),
  );
}

/** The earliest due time among clocks still counting (a late one included), or null. */
export function nextDue(clocks: readonly TicketClock[]): number | null {
  const live = liveClocks(clocks);
  return live.length === 0 ? null : Math.min(...live.map((clock) => clock.due as number));
}

/** The live clocks' at-risk and due instants, as the ticket keeps them for dashboards. */
export function clockDeadlines(clocks: readonly TicketClock[]): ClockDeadline[] {
  return liveClocks(clocks).map((clock) => ({
    metric: clock.metric,
    riskAt: clock.riskAt,
    due: clock.due as number,
  }));
}

/**
 * Deadlines packed as plain numbers, three per clock (the metric's index in METRICS, the at-risk
 * instant or -1, the due instant): how summaries of every ticket keep them in memory at a tenth of the
 * size of objects.
 */
export function packDeadlines(deadlines: readonly ClockDeadline[]): number[] {
  return deadlines.flatMap((d) => [METRICS.indexOf(d.metric as Metric), d.riskAt ?? -1, d.due]);
}

export function unpackDeadlines(packed: readonly number[]): ClockDeadline[] {
  const deadlines: ClockDeadline[] = [];
  for (let i = 0; i + 2 < packed.length; i += 3) {
    const riskAt = packed[i + 1] as number;
    deadlines.push({
      metric: METRICS[packed[i] as number] ?? "unknown",
      riskAt: riskAt < 0 ? null : riskAt,
      due: packed[i + 2] as number,
    });
  }
  return deadlines;
}

import { creditPercentFor } from "../sla/credits.js";
import { formatInstant } from "../sla/instant.js";
import type { Policy } from "../sla/policy.js";
import { type SlaEvent, SlaTimeline } from "../sla/timeline.js";
import { periodBounds, type ReportPeriod } from "./period.js";

/** One ticket's clock events, as `sla-desk replay` takes them, with the plan it runs on if not the report's. */
export interface ReportedTicket {
  readonly ticket: string;
  readonly plan?: string | undefined;
  readonly events: readonly SlaEvent[];
}

export interface Violation {
  readonly ticket: string;
  readonly metric: string;
  readonly start: string;
  readonly due: string;
  /** When it was met, late; null when it never was (by the report's instant). */
  readonly metAt: string | null;
  /** How late: to `metAt`, or to the report's instant. */
  readonly lateMinutes: number;
}

/** One SLA event a report counted (or holds pending), for CSV and charts. */
export interface SlaEventRow {
  readonly ticket: string;
  readonly metric: string;
  readonly start: number;
  readonly due: number | null;
  readonly metAt: number | null;
  readonly state: "met" | "violated" | "pending";
  /** How late a violation is (to `metAt`, or to the report's instant); null otherwise. */
  readonly lateMinutes: number | null;
}

export interface ComplianceReport {
  readonly policy: string;
  readonly plan: string | null;
  readonly period: { readonly start: string; readonly end: string };
  readonly events: number;
  readonly met: number;
  readonly violations: number;
  readonly pending: number;
  readonly violationPercent: number;
  /** Null when the contract's credits do not cover the report's plan. */
  readonly creditPercent: number | null;
  readonly excluded: readonly { readonly ticket: string; readonly reason: string }[];
  readonly violationList: readonly Violation[];
}

/**
 * Whether the contract kept its response-time promises in a period, and the credit owed, as its credit
 * rule defines them. Only tickets opened in the period count. An SLA event is one cycle of a metric the
 * rule covers; a cycle met at or before its due instant is met, one met after it (or unmet with its due
 * instant before `at`) is a violation, one still running and due at or after `at` is pending. Plans,
 * priorities and raise windows the rule leaves out are listed as excluded, with the reason.
 */
export function complianceReport(
  policy: Policy,
  requestedPlan: string | undefined,
  period: ReportPeriod,
  tickets: readonly ReportedTicket[],
  at: number = period.end,
): ComplianceReport {
  return complianceDetail(policy, requestedPlan, period, tickets, at, false).report;
}

/**
 * The report, and (with `withRows`, for a CSV or a chart) every SLA event it counted or holds pending:
 * without them a report over many tickets allocates a fraction of the memory.
 */
export function complianceDetail(
  policy: Policy,
  requestedPlan: string | undefined,
  period: ReportPeriod,
  tickets: readonly ReportedTicket[],
  at: number = period.end,
  withRows = true,
): { readonly report: ComplianceReport; readonly rows: readonly SlaEventRow[] } {
  const rule = policy.document.credits?.responseTime;
  const plan = policy.resolvePlan(requestedPlan);
  const zone = policy.zone;
  const covered = (ticketPlan: string | null) =>
    rule?.plans === undefined || (ticketPlan !== null && rule.plans.includes(ticketPlan));
  const excluded: { ticket: string; reason: string }[] = [];
  const violationList: Violation[] = [];
  const rows: SlaEventRow[] = [];
  let met = 0;
  let pending = 0;
  for (const ticket of tickets) {
    const ticketPlan = ticket.plan === undefined ? plan : policy.resolvePlan(ticket.plan);
    const timeline = new SlaTimeline(policy, ticketPlan);
    const ordered = inTimeOrder(ticket.events);
    for (const { event, index } of ordered) if (event.at <= at) timeline.apply(event, index);
    const opened = ordered[0]?.event.at;
    if (opened === undefined || opened < period.start || opened >= period.end) continue;
    if (rule === undefined) {
      excluded.push({ ticket: ticket.ticket, reason: `${policy.name} sets no response-time credits` });
      continue;
    }
    if (!covered(ticketPlan)) {
      excluded.push({ ticket: ticket.ticket, reason: `the ${ticketPlan} plan is excluded from the SLA` });
      continue;
    }
    const priority = timeline.currentPriority;
    if (rule.priorities !== undefined && priority !== null && !rule.priorities.includes(priority)) {
      excluded.push({
        ticket: ticket.ticket,
        reason: `${priority} priority tickets are excluded from the SLA`,
      });
      continue;
    }
    const window = rule.raisedWithin === undefined ? undefined : policy.calendar(rule.raisedWithin);
    if (window !== undefined && !window.isOpen(opened)) {
      excluded.push({
        ticket: ticket.ticket,
        reason: `raised outside the guarantee window (${policy.describeHours(rule.raisedWithin as string)})`,
      });
      continue;
    }
    for (const cycle of timeline.cyclesAt(at)) {
      if (!rule.metrics.includes(cycle.metric)) continue;
      const { due, stoppedAt } = cycle;
      const row = (state: SlaEventRow["state"], lateMinutes: number | null): SlaEventRow => ({
        ticket: ticket.ticket,
        metric: cycle.metric,
        start: cycle.startedAt,
        due,
        metAt: stoppedAt,
        state,
        lateMinutes,
      });
      if (due === null || (stoppedAt === null && due >= at)) {
        pending += 1;
        if (withRows) rows.push(row("pending", null));
        continue;
      }
      if (stoppedAt !== null && stoppedAt <= due) {
        met += 1;
        if (withRows) rows.push(row("met", null));
        continue;
      }
      const lateMinutes = ((stoppedAt ?? at) - due) / 60_000;
      if (withRows) rows.push(row("violated", lateMinutes));
      violationList.push({
        ticket: ticket.ticket,
        metric: cycle.metric,
        start: formatInstant(cycle.startedAt, zone),
        due: formatInstant(due, zone),
        metAt: stoppedAt === null ? null : formatInstant(stoppedAt, zone),
        lateMinutes,
      });
    }
  }
  const violations = violationList.length;
  const events = met + violations;
  const report: ComplianceReport = {
    policy: policy.id,
    plan,
    period: periodBounds(period),
    events,
    met,
    violations,
    pending,
    violationPercent: events === 0 ? 0 : (violations / events) * 100,
    creditPercent:
      rule === undefined || !covered(plan) ? null : creditPercentFor(rule.bands, violations, events),
    excluded,
    violationList,
  };
  return { report, rows };
}

/** A ticket's events by time, each with its place in the ticket (exports are in order already: no sort then). */
function inTimeOrder(events: readonly SlaEvent[]): readonly { event: SlaEvent; index: number }[] {
  const indexed = events.map((event, index) => ({ event, index }));
  for (let i = 1; i < events.length; i++)
    if ((events[i] as SlaEvent).at < (events[i - 1] as SlaEvent).at)
      return indexed.sort((a, b) => a.event.at - b.event.at);
  return indexed;
}

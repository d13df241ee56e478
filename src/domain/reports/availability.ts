import { DeskError } from "../errors.js";
import type { Policy } from "../sla/policy.js";
import type { Exclusion, IncidentRecord } from "../ticket/ticket.js";
import { compareShare, remainderAbove } from "./exact-share.js";
import { periodBounds, type ReportPeriod } from "./period.js";

export { EXCLUSIONS, type Exclusion } from "../ticket/ticket.js";

/** A stretch of time a product was unavailable or degraded (an incident, or a maintenance window). */
export interface ImpactWindow {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  /** Undefined: every product of the contract. */
  readonly products?: readonly string[] | undefined;
  readonly impact: "unavailable" | "degraded";
  readonly excluded?: Exclusion | undefined;
}

export interface ProductAvailability {
  readonly product: string;
  readonly commitmentPercent: number;
  readonly unavailableMinutes: number;
  readonly excludedMinutes: number;
  readonly availabilityPercent: number;
  readonly met: boolean;
  /** Unavailability still allowed in the period before the commitment is missed; negative once missed. */
  readonly minutesLeft: number;
}

export interface AvailabilityReport {
  readonly policy: string;
  readonly period: { readonly start: string; readonly end: string };
  readonly totalMinutes: number;
  readonly products: readonly ProductAvailability[];
  /** Null when the contract names no credit for missed availability. */
  readonly creditPercent: number | null;
}

export class UnknownProductError extends DeskError {
  constructor(product: string, known: readonly string[]) {
    super("invalid_event", `"${product}" is not a product of this contract: use one of ${known.join(", ")}`);
  }
}

const MINUTE_MS = 60_000;

/**
 * Availability per product over a period, as the contract measures it. Windows are clipped to the
 * period; overlapping windows of one product count once; time both excluded and unavailable counts as
 * excluded only; degraded time is not unavailability. With excluded time `removed` (CM):
 * (total - excluded - unavailable) / (total - excluded); with it `available` (Kongo): (total - downtime)
 * / total. A product meets its commitment at or above it, compared exactly.
 */
export function availabilityReport(
  policy: Policy,
  period: ReportPeriod,
  windows: readonly ImpactWindow[],
): AvailabilityReport {
  const contract = policy.document.availability;
  if (contract === undefined)
    throw new DeskError("invalid_policy", `${policy.name} makes no availability commitment`);
  const products = contract.targets.map((target) => target.component);
  const productOf = (name: string) => {
    const found = products.find((product) => product.toLowerCase() === name.trim().toLowerCase());
    if (found === undefined) throw new UnknownProductError(name, products);
    return found;
  };
  const affected = windows.map((window) => ({
    ...window,
    products: window.products === undefined ? products : window.products.map(productOf),
  }));
  const total = period.end - period.start;
  const removesExcluded = contract.excludedTime === "removed";
  const rows = contract.targets.map((target): ProductAvailability => {
    const mine = affected.filter((window) => window.products.includes(target.component));
    const excludedSpans = union(
      mine.filter((w) => w.excluded !== undefined),
      period,
    );
    const unavailableSpans = union(
      mine.filter((w) => w.excluded === undefined && w.impact === "unavailable"),
      period,
    );
    const excluded = length(excludedSpans);
    const unavailable = length(unavailableSpans) - overlap(unavailableSpans, excludedSpans);
    const measured = removesExcluded ? total - excluded : total;
    const available = measured - unavailable;
    const percent = target.percent;
    return {
      product: target.component,
      commitmentPercent: percent,
      unavailableMinutes: unavailable / MINUTE_MS,
      excludedMinutes: excluded / MINUTE_MS,
      availabilityPercent: measured === 0 ? 100 : (available / measured) * 100,
      met: measured === 0 || compareShare(available, measured, percent) >= 0,
      minutesLeft: remainderAbove(measured / MINUTE_MS, percent) - unavailable / MINUTE_MS,
    };
  });
  const onMiss = contract.creditPercentOnMiss;
  return {
    policy: policy.id,
    period: periodBounds(period),
    totalMinutes: total / MINUTE_MS,
    products: rows,
    creditPercent: onMiss === undefined ? null : rows.some((row) => !row.met) ? onMiss : 0,
  };
}

type Span = readonly [number, number];

/** The windows clipped to the period and merged: sorted, disjoint spans. */
function union(windows: readonly ImpactWindow[], period: ReportPeriod): Span[] {
  const clipped = windows
    .map((w): Span => [Math.max(w.start, period.start), Math.min(w.end, period.end)])
    .filter(([from, to]) => to > from)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of clipped) {
    const last = merged[merged.length - 1];
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

function length(spans: readonly Span[]): number {
  return spans.reduce((sum, [from, to]) => sum + (to - from), 0);
}

/** How much of `a` lies inside `b` (both sorted and disjoint). */
function overlap(a: readonly Span[], b: readonly Span[]): number {
  let total = 0;
  for (const [from, to] of a)
    for (const [otherFrom, otherTo] of b)
      total += Math.max(0, Math.min(to, otherTo) - Math.max(from, otherFrom));
  return total;
}

/**
 * The stretches of time an incident's products were unavailable or degraded, from its recorded state
 * changes: each lasts until the product's next change; one still running ends at `until`.
 */
export function incidentWindows(id: string, incident: IncidentRecord, until: number): ImpactWindow[] {
  const windows: ImpactWindow[] = [];
  const open = new Map<
    string,
    { start: number; impact: ImpactWindow["impact"]; excluded?: Exclusion | undefined }
  >();
  const close = (product: string, at: number) => {
    const running = open.get(product);
    if (running === undefined) return;
    open.delete(product);
    if (at > running.start)
      windows.push({
        id,
        products: [product],
        start: running.start,
        end: at,
        impact: running.impact,
        excluded: running.excluded,
      });
  };
  for (const change of [...incident.impacts].sort((a, b) => a.at - b.at)) {
    close(change.product, change.at);
    if (change.state !== "recovered")
      open.set(change.product, { start: change.at, impact: change.state, excluded: change.excluded });
  }
  for (const product of [...open.keys()]) close(product, until);
  return windows;
}

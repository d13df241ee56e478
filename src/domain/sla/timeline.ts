import { InvalidEventError } from "../errors.js";
import { METRICS, type Metric, type TicketStatus } from "./metrics.js";
import type { Policy } from "./policy.js";

/** What happened to a ticket, as far as its SLA clocks care. */
export type SlaEvent =
  | {
      readonly at: number;
      readonly type: "opened";
      readonly priority: string;
      readonly scheduledFor?: number;
    }
  | { readonly at: number; readonly type: "agent_reply" | "customer_reply" | "update_posted" | "workaround" }
  | { readonly at: number; readonly type: "resolved" | "reopened" }
  | { readonly at: number; readonly type: "priority_changed"; readonly priority: string }
  | { readonly at: number; readonly type: "status"; readonly status: TicketStatus };

export type ClockState = "running" | "paused" | "met" | "breached";

export interface ClockReading {
  readonly state: ClockState;
  /** When the cycle is (or was) due; null while paused before its due time, or with no target. */
  readonly due: number | null;
  /** The zone of the calendar the cycle is counted on, to show `due` in. */
  readonly zone: string | null;
  readonly breaches: number;
  readonly startedAt: number;
  readonly stoppedAt: number | null;
  /** When the cycle has used the at-risk share of its target (if `readAt` was given one); null otherwise. */
  readonly riskAt: number | null;
}

/** One cycle of a metric as a report reads it. */
export interface CycleReading {
  readonly metric: Metric;
  readonly startedAt: number;
  /** Null while paused before its due time. */
  readonly due: number | null;
  /** When it was met; null while it runs. */
  readonly stoppedAt: number | null;
  /** The level it is (or was) judged on. */
  readonly priority: string | null;
}

/** One cycle of a metric: the spans of time it ran (it stands still while paused) and when it stopped. */
interface Cycle {
  readonly startedAt: number;
  readonly segments: [number, number | null][];
  stoppedAt: number | null;
  /** The priority a stopped cycle was judged on; running cycles follow the ticket's priority. */
  judgedPriority: string | null;
}

/**
 * The SLA clocks of one ticket, driven by its events in time order. Public agent messages meet the
 * first response and a running follow-up; a customer reply after the first response starts a follow-up;
 * each update restarts the update cadence; a priority change re-targets running clocks from their start.
 */
export class SlaTimeline {
  private readonly cycles = new Map<Metric, Cycle[]>(METRICS.map((metric) => [metric, []]));
  private priority: string | null = null;
  private openedAt = 0;
  private scheduledFor: number | undefined;
  private status: TicketStatus = "open";
  private lastAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly policy: Policy,
    private readonly plan: string | null,
  ) {}

  get currentPriority(): string | null {
    return this.priority;
  }

  get currentStatus(): TicketStatus {
    return this.status;
  }

  apply(event: SlaEvent, index = 0): void {
    if (event.at < this.lastAt) throw new InvalidEventError(index, "events must be in time order");
    if (this.priority === null && event.type !== "opened") {
      throw new InvalidEventError(index, `"${event.type}" before the ticket was opened`);
    }
    this.lastAt = event.at;
    this.handle(event, index);
  }

  private handle(event: SlaEvent, index: number): void {
    const at = event.at;
    switch (event.type) {
      case "opened":
        this.open(event.priority, at, event.scheduledFor, index);
        break;
      case "agent_reply":
        this.publicAgentMessage(at);
        break;
      case "update_posted":
        this.publicAgentMessage(at);
        this.stop("update", at);
        this.startIfTargeted("update", at);
        break;
      case "customer_reply":
        if (this.hasStopped("first_response") && this.isActive()) this.startIfIdle("follow_up", at);
        break;
      case "workaround":
        this.stop("workaround", at);
        break;
      case "resolved":
        for (const metric of METRICS) this.stop(metric, at);
        this.setStatus("resolved", at);
        break;
      case "reopened":
        this.reopen(at);
        break;
      case "priority_changed":
        this.changePriority(this.policy.resolvePriority(event.priority), at);
        break;
      case "status":
        this.setStatus(event.status, at);
        break;
    }
  }

  /** The reading of each metric's current (or last) cycle at `at`, for metrics with a target or a history. */
  readAt(at: number, riskShare?: number): Partial<Record<Metric, ClockReading>> {
    const readings: Partial<Record<Metric, ClockReading>> = {};
    for (const metric of METRICS) {
      const cycles = this.cycles.get(metric) ?? [];
      const last = cycles[cycles.length - 1];
      if (last === undefined) continue;
      const judged = cycles.map((cycle, i) =>
        this.judge(metric, cycle, at, i === cycles.length - 1 ? riskShare : undefined),
      );
      const current = judged[judged.length - 1] as Judged;
      if (!current.targeted && !judged.some((j) => j.targeted)) continue;
      readings[metric] = {
        state: current.state,
        due: current.due,
        zone: current.zone,
        breaches: judged.filter((j) => j.state === "breached").length,
        startedAt: last.startedAt,
        stoppedAt: last.stoppedAt,
        riskAt: current.riskAt,
      };
    }
    return readings;
  }

  /**
   * Every cycle of every metric with a target, as judged at `at`: when it started, when it fell due and
   * when it was met (stopped), in the order they ran. What a compliance report counts.
   */
  cyclesAt(at: number): CycleReading[] {
    const readings: CycleReading[] = [];
    for (const metric of METRICS)
      for (const cycle of this.cyclesOf(metric)) {
        const judged = this.judge(metric, cycle, at);
        if (!judged.targeted) continue;
        readings.push({
          metric,
          startedAt: cycle.startedAt,
          due: judged.due,
          stoppedAt: cycle.stoppedAt,
          priority: cycle.judgedPriority ?? this.priority,
        });
      }
    return readings;
  }

  /** When the ticket was opened (the first event's instant). */
  get opened(): number {
    return this.openedAt;
  }

  private open(priority: string, at: number, scheduledFor: number | undefined, index: number): void {
    if (this.priority !== null) throw new InvalidEventError(index, "the ticket was already opened");
    this.priority = this.policy.resolvePriority(priority);
    this.openedAt = at;
    this.scheduledFor = scheduledFor;
    for (const metric of ["first_response", "workaround", "resolution"] as const) this.start(metric, at);
    this.startIfTargeted("update", at);
  }

  private publicAgentMessage(at: number): void {
    this.stop("first_response", at);
    this.stop("follow_up", at);
  }

  /** Reopening starts a new resolution cycle, resumes the update cadence and owes the customer a reply. */
  private reopen(at: number): void {
    if (this.isActive()) return;
    this.setStatus("open", at);
    for (const metric of ["resolution", "update", "follow_up"] as const) this.startIfTargeted(metric, at);
  }

  private changePriority(priority: string, at: number): void {
    const active = this.isActive();
    // A cadence the new level does not have ends under the level it ran on.
    if (active && this.targetOf("update", priority) === null) this.stop("update", at);
    this.priority = priority;
    if (active) this.startIfTargeted("update", at);
  }

  private setStatus(status: TicketStatus, at: number): void {
    for (const metric of METRICS) {
      const cycle = this.running(metric);
      if (cycle === undefined) continue;
      const wasPaused = this.policy.isPaused(this.status, metric);
      const nowPaused = this.policy.isPaused(status, metric);
      if (!wasPaused && nowPaused) closeSegment(cycle, at);
      if (wasPaused && !nowPaused) cycle.segments.push([at, null]);
    }
    this.status = status;
  }

  private start(metric: Metric, at: number): void {
    const paused = this.policy.isPaused(this.status, metric);
    this.cyclesOf(metric).push({
      startedAt: at,
      segments: paused ? [] : [[at, null]],
      stoppedAt: null,
      judgedPriority: null,
    });
  }

  private startIfTargeted(metric: Metric, at: number): void {
    if (this.targetOf(metric) !== null) this.startIfIdle(metric, at);
  }

  private startIfIdle(metric: Metric, at: number): void {
    if (this.running(metric) === undefined) this.start(metric, at);
  }

  private stop(metric: Metric, at: number): void {
    const cycle = this.running(metric);
    if (cycle === undefined) return;
    closeSegment(cycle, at);
    cycle.stoppedAt = at;
    cycle.judgedPriority = this.priority;
  }

  private running(metric: Metric): Cycle | undefined {
    const cycles = this.cyclesOf(metric);
    const last = cycles[cycles.length - 1];
    return last !== undefined && last.stoppedAt === null ? last : undefined;
  }

  private hasStopped(metric: Metric): boolean {
    return this.cyclesOf(metric).some((cycle) => cycle.stoppedAt !== null);
  }

  private isActive(): boolean {
    return this.status !== "resolved" && this.status !== "closed";
  }

  private cyclesOf(metric: Metric): Cycle[] {
    return this.cycles.get(metric) as Cycle[];
  }

  private targetOf(metric: Metric, priority = this.priority) {
    return priority === null ? null : this.policy.target(metric, this.plan, priority, this.openedAt);
  }

  private judge(metric: Metric, cycle: Cycle, at: number, riskShare?: number): Judged {
    const target = this.targetOf(metric, cycle.judgedPriority ?? this.priority);
    const stopped = cycle.stoppedAt !== null;
    if (target === null)
      return { targeted: false, due: null, zone: null, state: stopped ? "met" : "running", riskAt: null };
    const reading =
      target.amountMs === "scheduled"
        ? { due: this.scheduledFor ?? null, reachedWhileRunning: this.scheduledFor !== undefined }
        : dueOfSegments(cycle.segments, stopped, target.amountMs, target.calendar);
    const { due } = reading;
    const end = cycle.stoppedAt ?? at;
    const late = due !== null && reading.reachedWhileRunning && end > due;
    const paused = !stopped && cycle.segments[cycle.segments.length - 1]?.[1] !== null;
    const state: ClockState = late ? "breached" : stopped ? "met" : paused ? "paused" : "running";
    const riskAt =
      riskShare === undefined || stopped || target.amountMs === "scheduled"
        ? null
        : dueOfSegments(cycle.segments, false, target.amountMs * riskShare, target.calendar).due;
    return { targeted: true, due, zone: target.calendar.zone, state, riskAt };
  }
}

interface Judged {
  readonly targeted: boolean;
  readonly due: number | null;
  readonly zone: string | null;
  readonly state: ClockState;
  readonly riskAt: number | null;
}

function closeSegment(cycle: Cycle, at: number): void {
  const last = cycle.segments[cycle.segments.length - 1];
  if (last !== undefined && last[1] === null) last[1] = at;
}

/**
 * When `amountMs` of open time has run across the segments, and whether the clock was running then.
 * A stopped cycle that had not run that long reports the due time it would have reached; a paused one
 * has none until it resumes.
 */
function dueOfSegments(
  segments: readonly [number, number | null][],
  stopped: boolean,
  amountMs: number,
  calendar: {
    addOpenTime(from: number, amount: number): number;
    openTimeBetween(from: number, to: number): number;
  },
): { due: number | null; reachedWhileRunning: boolean } {
  let remaining = amountMs;
  for (const [from, to] of segments) {
    if (to === null) return { due: calendar.addOpenTime(from, remaining), reachedWhileRunning: true };
    const open = calendar.openTimeBetween(from, to);
    if (open >= remaining) return { due: calendar.addOpenTime(from, remaining), reachedWhileRunning: true };
    remaining -= open;
  }
  const lastEnd = segments[segments.length - 1]?.[1];
  const due = stopped && lastEnd != null ? calendar.addOpenTime(lastEnd, remaining) : null;
  return { due, reachedWhileRunning: false };
}

import { z } from "zod";
import { InvalidEventError } from "../domain/errors.js";
import { formatInstant, parseInstant } from "../domain/sla/instant.js";
import { STATUSES } from "../domain/sla/metrics.js";
import type { Policy } from "../domain/sla/policy.js";
import { type ClockState, type SlaEvent, SlaTimeline } from "../domain/sla/timeline.js";

const eventSchema = z.discriminatedUnion("type", [
  z.object({
    at: z.string(),
    type: z.literal("opened"),
    priority: z.string(),
    scheduledFor: z.string().optional(),
  }),
  z.object({
    at: z.string(),
    type: z.enum(["agent_reply", "customer_reply", "update_posted", "workaround", "resolved", "reopened"]),
  }),
  z.object({ at: z.string(), type: z.literal("priority_changed"), priority: z.string() }),
  z.object({ at: z.string(), type: z.literal("status"), status: z.enum(STATUSES) }),
]);

export interface ReplayAnswer {
  readonly at: string;
  readonly policy: string;
  readonly plan: string | null;
  readonly priority: string | null;
  readonly status: string;
  readonly metrics: Record<string, { state: ClockState; due: string | null; breaches: number }>;
}

/** Parses raw history records; an invalid one is reported by its position and problem. */
export function parseHistory(records: unknown[], policy: Policy): SlaEvent[] {
  return records.map((record, index) => {
    const parsed = eventSchema.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
      throw new InvalidEventError(index, `${where}${issue?.message ?? "not an event"}`);
    }
    const event = parsed.data;
    const at = parseInstant(event.at, policy.zone);
    if (event.type === "opened") {
      const scheduledFor =
        event.scheduledFor === undefined ? undefined : parseInstant(event.scheduledFor, policy.zone);
      return { ...event, at, ...(scheduledFor === undefined ? {} : { scheduledFor }) } as SlaEvent;
    }
    return { ...event, at } as SlaEvent;
  });
}

/** Replays a ticket's history up to `at` and reads the current (or last) cycle of each metric. */
export function replayHistory(
  policy: Policy,
  plan: string | undefined,
  events: SlaEvent[],
  at?: number,
): ReplayAnswer {
  const resolvedPlan = policy.resolvePlan(plan);
  const ordered = events.map((event, index) => ({ event, index })).sort((a, b) => a.event.at - b.event.at);
  const readAt = at ?? ordered[ordered.length - 1]?.event.at;
  if (readAt === undefined) throw new InvalidEventError(0, "the history is empty: it needs an opened event");
  const timeline = new SlaTimeline(policy, resolvedPlan);
  for (const { event, index } of ordered) {
    if (event.at <= readAt) timeline.apply(event, index);
  }
  const metrics: ReplayAnswer["metrics"] = {};
  for (const [metric, reading] of Object.entries(timeline.readAt(readAt))) {
    metrics[metric] = {
      state: reading.state,
      due: reading.due === null ? null : formatInstant(reading.due, reading.zone ?? policy.zone),
      breaches: reading.breaches,
    };
  }
  return {
    at: formatInstant(readAt, policy.zone),
    policy: policy.id,
    plan: resolvedPlan,
    priority: timeline.currentPriority,
    status: timeline.currentStatus,
    metrics,
  };
}

import { formatInstant, parseInstant } from "../domain/sla/instant.js";
import { METRICS, type Metric } from "../domain/sla/metrics.js";
import { dueOf, type Policy } from "../domain/sla/policy.js";

export interface DueRequest {
  readonly plan?: string | undefined;
  readonly priority: string;
  /** ISO-8601; without an offset it is read in the policy's zone. */
  readonly opened: string;
  /** For targets "when the requester schedules" (managed-helpdesk P6). */
  readonly scheduled?: string | undefined;
}

export interface DueAnswer {
  readonly policy: string;
  readonly plan: string | null;
  readonly priority: string;
  readonly opened: string;
  readonly targets: Record<Metric, string | null>;
}

/**
 * The due instant of every metric's clock started when the ticket was opened (for `update`, the first
 * update), each in its calendar's zone; null where the policy sets no target.
 */
export function dueTargets(policy: Policy, request: DueRequest): DueAnswer {
  const plan = policy.resolvePlan(request.plan);
  const priority = policy.resolvePriority(request.priority);
  const opened = parseInstant(request.opened, policy.zone);
  const scheduled =
    request.scheduled === undefined ? undefined : parseInstant(request.scheduled, policy.zone);
  const resolved = policy.targets(plan, priority, opened);
  const targets = {} as Record<Metric, string | null>;
  for (let i = 0; i < METRICS.length; i++) {
    const target = resolved[i] ?? null;
    const due = dueOf(target, opened, scheduled);
    targets[METRICS[i] as Metric] =
      due === null || target === null ? null : formatInstant(due, target.calendar.zone);
  }
  return { policy: policy.id, plan, priority, opened: formatInstant(opened, policy.zone), targets };
}

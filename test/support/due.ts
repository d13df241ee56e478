import { dueTargets } from "../../src/application/due-targets.js";
import type { Metric } from "../../src/domain/sla/metrics.js";
import { presetPolicy } from "../../src/policies/presets.js";

/** The due instant of one metric of a preset, as the command line prints it. */
export function dueOf(
  policyId: string,
  priority: string,
  opened: string,
  metric: Metric,
  plan?: string,
  scheduled?: string,
): string | null {
  const policy = presetPolicy(policyId);
  if (policy === undefined) throw new Error(`no preset ${policyId}`);
  return dueTargets(policy, { plan, priority, opened, scheduled }).targets[metric];
}

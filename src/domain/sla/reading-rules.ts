import type { ParsedPolicyDocument } from "./policy-schema.js";

/**
 * The contract's own rules for reading a client's message (`classification` in the policy document),
 * with the defaults that apply where a contract sets none. What each one means is in policy-schema.ts.
 */
export interface ReadingRules {
  /** The level of every non-production issue, if the contract sets one (Celigo: low). */
  readonly nonProductionLevel: string | undefined;
  /** Whether "no rush" makes an issue trivial (a level for issues with no deadline). */
  readonly noDeadlineIsLower: boolean;
  /** How wrong or late results for everyone rank. */
  readonly wrongForEveryone: "major_impact" | "minor_impact";
  /** How a cosmetic defect ranks. */
  readonly cosmetic: "minor_impact" | "trivial";
  /** How an annoyance ranks. */
  readonly annoyance: "minor_impact" | "trivial";
  /** How a failure not shown to cover a whole module or everyone ranks. */
  readonly partFailing: "major_impact" | "minor_impact";
  /** How one person who cannot work at all ranks. */
  readonly oneBlocked: "major_impact" | "minor_impact";
  /** Whether an issue worked around, or beside parts that still work, keeps the rules' rating. */
  readonly workedAroundNotRaised: boolean;
  /** How a business-critical process failing with no way around it ranks. */
  readonly criticalBlocked: "outage" | "major_impact";
  /** How a slowdown so bad that everyone's work stops ranks. */
  readonly unusablySlow: "outage" | "major_impact";
  /** How a whole module or process out of service ranks. */
  readonly wholeModuleOut: "outage" | "major_impact";
}

export function readingRulesOf(document: ParsedPolicyDocument): ReadingRules {
  const rules = document.classification;
  return {
    nonProductionLevel: rules?.nonProductionLevel,
    noDeadlineIsLower: rules?.noDeadline === "trivial",
    wrongForEveryone: rules?.wrongForEveryone ?? "minor_impact",
    cosmetic: rules?.cosmetic ?? "trivial",
    annoyance: rules?.annoyance ?? rules?.cosmetic ?? "trivial",
    partFailing: rules?.partFailing ?? "major_impact",
    wholeModuleOut: rules?.wholeModuleOut ?? "outage",
    oneBlocked: rules?.oneBlocked ?? "minor_impact",
    workedAroundNotRaised: rules?.workedAround === "not raised",
    criticalBlocked: rules?.criticalBlocked ?? "major_impact",
    unusablySlow: rules?.unusablySlow ?? "major_impact",
  };
}

/**
 * How bad an issue is, independent of any contract's scale. Each policy maps these onto its own levels
 * (`severityLevels`), following its seed's definitions.
 */
export const SEVERITIES = [
  "widespread_outage",
  "outage",
  "major_impact",
  "minor_impact",
  "trivial",
  "planned",
] as const;
export type Severity = (typeof SEVERITIES)[number];

import type { PolicyDocument } from "../domain/sla/policy-schema.js";

/**
 * Kissflow defect SLAs (seed 004).
 *
 * Interpretations:
 * - "All timelines exclude Saturdays and Sundays": one calendar, Monday 00:00 to Saturday 00:00
 *   Asia/Kolkata (the seed names no zone; Kissflow support is run from India), 24 hours a day; so
 *   "48 hours" is two weekdays and "1 week" five weekdays (a calendar week).
 * - "Ticket response time" is first_response, "Immediate workaround" is workaround, "Permanent fix" is
 *   resolution. "Next release" and "As seen fit" set no target.
 * - "3 business days" of workaround for medium defects = 3 weekdays of 24 hours.
 * - The general promise "answered within 24 hours on business days" covers chat conversations that are
 *   not confirmed defects; the desk tracks defects by these four levels.
 * - No holidays: the seed excludes only weekends.
 */
export const kissflow: PolicyDocument = {
  id: "kissflow",
  name: "Kissflow",
  source: "seed 004: Kissflow SLAs and support models",
  calendars: {
    weekdays: { zone: "Asia/Kolkata", hours: ["mon-fri 00:00-24:00"], hoursPerDay: 24 },
  },
  priorities: [
    {
      id: "critical",
      name: "Critical defect",
      description: "The system is down",
      examples: ["The system is down"],
    },
    {
      id: "high",
      name: "Highly important defect",
      description: "An entire module is affected",
      examples: ["An entire module is affected"],
    },
    {
      id: "medium",
      name: "Medium defect",
      description: "A feature within a module is affected",
      examples: ["A feature within a module is affected"],
    },
    { id: "low", name: "Low defect", description: "Annoyances", examples: ["Annoyances"] },
  ],
  targets: [
    { metric: "first_response", priorities: ["critical", "high"], amount: "4h", calendar: "weekdays" },
    { metric: "first_response", priorities: ["medium"], amount: "8h", calendar: "weekdays" },
    { metric: "first_response", priorities: ["low"], amount: "48h", calendar: "weekdays" },
    { metric: "workaround", priorities: ["critical"], amount: "4h", calendar: "weekdays" },
    { metric: "workaround", priorities: ["high"], amount: "24h", calendar: "weekdays" },
    { metric: "workaround", priorities: ["medium"], amount: "3d", calendar: "weekdays" },
    { metric: "resolution", priorities: ["critical"], amount: "48h", calendar: "weekdays" },
    { metric: "resolution", priorities: ["high"], amount: "1w", calendar: "weekdays" },
  ],
  classification: {
    // Critical: the system is down; high: an entire module; medium: a feature within a module; low: annoyances.
    severityLevels: {
      widespread_outage: "critical",
      outage: "critical",
      major_impact: "high",
      minor_impact: "medium",
      trivial: "low",
      planned: "low",
    },
    // "An entire module is affected" is high: only the whole system down is critical.
    wholeModuleOut: "major_impact",
    // "A feature within a module is affected" is medium: a failure shown neither whole-module nor for everyone.
    partFailing: "minor_impact",
  },
  escalation: [
    { priorities: ["critical"], timing: "immediately" },
    { priorities: ["high", "medium", "low"], timing: "none" },
  ],
};

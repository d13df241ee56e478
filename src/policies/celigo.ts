import type { PolicyDocument } from "../domain/sla/policy-schema.js";

const targets = [
  // plan, priority, first response, follow up (the seed's "Target Response Times" table)
  ["essential", "urgent", "4h", "1d"],
  ["essential", "high", "1d", "1d"],
  ["essential", "normal", "3d", "2d"],
  ["essential", "low", "5d", "2d"],
  ["preferred", "urgent", "2h", "1d"],
  ["preferred", "high", "8h", "1d"],
  ["preferred", "normal", "2d", "2d"],
  ["preferred", "low", "2d", "2d"],
  ["premier", "urgent", "1h", "12h"],
  ["premier", "high", "4h", "12h"],
  ["premier", "normal", "1d", "2d"],
  ["premier", "low", "1d", "2d"],
] as const;

const calendarOf = (plan: string, priority: string) =>
  plan === "premier" || (plan === "preferred" && priority === "urgent") ? "always" : plan;

/**
 * Celigo integrator.io Support Policies, May 2022 (seed 001).
 *
 * Interpretations:
 * - Response times "are calculated based on the applicable support hours" of the plan, in US Pacific time
 *   (America/Los_Angeles, so PST or PDT as in force).
 * - Essential: Mon-Fri 08:00-17:00; a "d" is one support day of 9 hours. No after-hours support.
 * - Preferred: one continuous window Sunday 16:00 through Friday 17:00; a "d" is 24 support hours.
 *   Urgent tickets run on 24x7 ("After Hours, Urgent Support: 24 hours per day, 7 days per week").
 * - Premier: 24x7 for every severity; a "d" is 24 hours.
 * - "Limited support is available during U.S. holidays": limited, not none, so no holidays are excluded.
 * - The essential plan is the default: every subscription includes it.
 * - Credits (8.2): per calendar quarter, the share of first responses and follow-ups that missed their
 *   target among all SLA events of tickets opened in the quarter. Bands: below 4% none; from 4% 10%;
 *   from 6% 15%; from 8% 20%; from 10% 25%; above 10.1% 30%. Low priority and the essential plan are
 *   excluded (8, 8.1).
 * - The CloudExtend section of the seed is a separate brand's policy: the preset `cloudextend`.
 */
export const celigo: PolicyDocument = {
  id: "celigo",
  name: "Celigo integrator.io",
  source: "seed 001: Celigo Support Policies, May 2022",
  calendars: {
    essential: { zone: "America/Los_Angeles", hours: ["mon-fri 08:00-17:00"], hoursPerDay: 9 },
    preferred: { zone: "America/Los_Angeles", hours: ["sun 16:00 - fri 17:00"], hoursPerDay: 24 },
    always: { zone: "America/Los_Angeles", hours: "24x7", hoursPerDay: 24 },
  },
  plans: [
    { id: "essential", name: "Essential Customer Success Plan" },
    { id: "preferred", name: "Preferred Customer Success Plan" },
    { id: "premier", name: "Premier Customer Success Plan" },
  ],
  defaultPlan: "essential",
  priorities: [
    {
      id: "urgent",
      name: "Urgent",
      description:
        "System is down. A critical business process is blocked, and there is no reasonable work around.",
    },
    {
      id: "high",
      name: "High",
      description:
        "System is severely degraded but still operational. A critical business process is performing poorly or has a bug, but there exists a reasonable work around. A non-critical business process is blocked, and there is no reasonable work around.",
    },
    {
      id: "normal",
      name: "Normal",
      description:
        "System is not performing at peak levels but is still operational. A non-critical business process is performing poorly or has a bug, but there exists a reasonable work around.",
    },
    {
      id: "low",
      name: "Low",
      description:
        "A cosmetic change is needed. An enhancement is requested. All test, development, beta, sandbox, and other non-production related issues and requests.",
    },
  ],
  targets: targets.flatMap(([plan, priority, firstResponse, followUp]) => [
    {
      metric: "first_response" as const,
      plans: [plan],
      priorities: [priority],
      amount: firstResponse,
      calendar: calendarOf(plan, priority),
    },
    {
      metric: "follow_up" as const,
      plans: [plan],
      priorities: [priority],
      amount: followUp,
      calendar: calendarOf(plan, priority),
    },
  ]),
  classification: {
    // 3.1-3.4: system down or a critical process blocked is urgent; degraded, or blocked with a workaround,
    // is high; poor performance with a workaround is normal; cosmetic, enhancements and non-production are low.
    severityLevels: {
      widespread_outage: "urgent",
      outage: "urgent",
      major_impact: "high",
      minor_impact: "normal",
      trivial: "low",
      planned: "low",
    },
    // 3.4: "All test, development, beta, sandbox, and other non-production related issues and requests".
    nonProductionLevel: "low",
    // 3.1: "A critical business process is blocked, and there is no reasonable work around" is urgent.
    criticalBlocked: "outage",
  },
  escalation: [{ priorities: ["urgent"], timing: "immediately" }],
  credits: {
    responseTime: {
      period: "quarter",
      plans: ["preferred", "premier"],
      priorities: ["urgent", "high", "normal"],
      metrics: ["first_response", "follow_up"],
      bands: [
        { atLeastPercent: 0, creditPercent: 0 },
        { atLeastPercent: 4, creditPercent: 10 },
        { atLeastPercent: 6, creditPercent: 15 },
        { atLeastPercent: 8, creditPercent: 20 },
        { atLeastPercent: 10, creditPercent: 25 },
        { abovePercent: 10.1, creditPercent: 30 },
      ],
      of: "quarterly Customer Success plan subscription fee",
      note: "the credit for a quarter never exceeds that quarter's plan fees; one request per quarter",
    },
  },
};

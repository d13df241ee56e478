import type { PolicyDocument } from "../domain/sla/policy-schema.js";

/**
 * CloudExtend Support Policies (seed 001, the second policy after Celigo's: CloudExtend is a Celigo brand).
 *
 * Interpretations:
 * - One plan, the CloudExtend Essential Customer Success Plan, which every subscription includes; the
 *   desk needs no plan for it.
 * - Support hours (1.2): "based on Pacific Standard Time and may be adjusted for Daylight Savings Time":
 *   Monday to Friday 03:00-17:00 America/Los_Angeles (PST or PDT as in force), 14 hours a day. The other
 *   zones in the seed's table are the same hours seen from elsewhere.
 * - "Support is not available during U.S. holidays": the U.S. federal holidays, as date-holidays lists
 *   the U.S. public holidays (observed days included, such as a substitute Independence Day).
 * - Target (2.1): "During support hours CloudExtend will respond within 4 hours": a first response within
 *   4 hours of support time, for every request; the seed has no severity levels, so one level, standard.
 * - No after-hours support, no follow-up, update, workaround or resolution targets, no credits: the seed
 *   sets none.
 */
export const cloudextend: PolicyDocument = {
  id: "cloudextend",
  name: "CloudExtend",
  source: "seed 001: CloudExtend Support Policies (a brand of Celigo)",
  calendars: {
    support: {
      zone: "America/Los_Angeles",
      hours: ["mon-fri 03:00-17:00"],
      hoursPerDay: 14,
      holidays: { country: "US", types: ["public"] },
      note: "3am to 5pm Pacific, Monday to Friday; not on U.S. holidays",
    },
  },
  priorities: [
    {
      id: "standard",
      name: "Standard",
      description: "Any CloudExtend support request: questions, bugs and defects, enhancement requests",
    },
  ],
  targets: [{ metric: "first_response", amount: "4h", calendar: "support", note: "2.1: within 4 hours" }],
};

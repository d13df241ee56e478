import type { PolicyDocument } from "../domain/sla/policy-schema.js";

/**
 * Kongo HubSpot Connector SLA (seed 000).
 *
 * Interpretations:
 * - "not more than 3 hours for tickets raised between 8am and 6pm Monday to Friday AEST/AEDT": 3 elapsed
 *   hours when the ticket is raised inside Mon-Fri [08:00, 18:00) Australia/Sydney (AEST or AEDT as in
 *   force; a ticket raised at 18:00 sharp is outside).
 * - "Tickets raised outside of these times are generally responded to within 12 hours, inclusive of
 *   weekends": 12 elapsed hours. The seed says "generally"; the desk tracks it as a target all the same.
 * - No holidays: the seed names none, and the 12-hour rule is "inclusive of weekends".
 * - No follow-up, update, workaround or resolution targets: the seed sets none.
 * - Credits: a missed response guarantee credits 100% of the monthly fee of the supported service;
 *   only tickets raised inside the guarantee window (Mon-Fri 08:00-18:00 Sydney) are guaranteed.
 *   Monthly uptime below 99.90% credits 100% of that month's fee.
 * - Uptime is "total possible minutes - downtime minutes" over the total: scheduled downtime and
 *   third-party issues are not downtime, and stay in the total.
 * - Scheduled downtime: at least 72 hours' notice, outside Mon-Fri 08:00-18:00 Sydney, at most 3 hours
 *   (180 minutes) per calendar year. The seed names no emergency exception, so the same rules apply.
 */
export const kongoHubspot: PolicyDocument = {
  id: "kongo-hubspot",
  name: "Kongo HubSpot Connector",
  source: "seed 000: Kongo HubSpot Connector Service Level Agreement",
  calendars: {
    business: {
      zone: "Australia/Sydney",
      hours: ["mon-fri 08:00-18:00"],
      hoursPerDay: 10,
      note: "8am to 6pm Monday to Friday AEST/AEDT; used only to decide which response target applies",
    },
    always: { zone: "Australia/Sydney", hours: "24x7", hoursPerDay: 24 },
  },
  priorities: [
    { id: "standard", name: "Standard", description: "HubSpot Connector technical support ticket" },
  ],
  statuses: [
    {
      id: "open",
      label: "Open",
      description: "Your ticket is properly submitted and is awaiting review by a Kongo team member.",
    },
    {
      id: "in_progress",
      label: "In progress",
      description: "Your ticket has been opened and is currently under review.",
    },
    {
      id: "customer_reply",
      label: "Customer Reply",
      description: "Your response to the ticket is awaiting Kongo review.",
    },
    {
      id: "answered",
      label: "Answered",
      description: "Kongo has responded to your ticket and it is awaiting your reply.",
    },
    { id: "closed", label: "Closed", description: "Your ticket has been completed." },
  ],
  targets: [
    { metric: "first_response", amount: "3h", calendar: "always", raised: { within: "business" } },
    { metric: "first_response", amount: "12h", calendar: "always", raised: { outside: "business" } },
  ],
  credits: {
    responseTime: {
      period: "month",
      metrics: ["first_response"],
      // The guarantee covers tickets raised Mon-Fri 08:00-18:00; the 12 hours outside are "generally".
      raisedWithin: "business",
      bands: [{ abovePercent: 0, creditPercent: 100 }],
      of: "monthly service fee of the supported service",
      note: "any missed response guarantee in the month",
    },
  },
  availability: {
    period: "month",
    targets: [{ component: "HubSpot Connector", percent: 99.9 }],
    creditPercentOnMiss: 100,
    // "Total possible minutes - downtime minutes": excluded time is not downtime, and stays in the total.
    excludedTime: "available",
    of: "monthly service fee for the month of the downtime",
    note: "scheduled downtime (72 h notice, at most 3 h a year) and third-party issues are excluded",
  },
  maintenance: {
    noticeHours: 72,
    outsideHours: { calendar: "business", binding: "required" },
    maxMinutesPerYear: 180,
    note: "72 hours advance notice; at most 3 hours a calendar year; outside AEST/AEDT business hours",
  },
};

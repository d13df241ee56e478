import type { PolicyDocument } from "../domain/sla/policy-schema.js";
import { CONNECT_ENGAGE_PRODUCTS } from "./cm-connect-engage-products.js";

/**
 * CM.com Connect & Engage Service Level Agreement, July 2024 (seed 002).
 *
 * Interpretations:
 * - Business Hours: Monday to Friday 08:30-17:00 Central European (Summer) Time, i.e. Europe/Amsterdam,
 *   "excluding general Dutch holidays": the public holidays date-holidays lists for NL (New Year, Easter
 *   Sunday and Monday, King's Day, Ascension, Whit Sunday and Monday, Christmas and Boxing Day).
 * - "Business day means eight consecutive Business Hours": a "d" is 8 open hours.
 * - Response times (section 5): High (business critical) 1 hour, Normal 8 hours, both in Business Hours.
 *   High covers P1 and P2 (the incident levels that escalate immediately), Normal covers P3-P5.
 * - Incident updates (section 6): P1 every 15 minutes and P2 every 30 minutes around the clock (the
 *   network operations centre is staffed 24/7/365), P3 every 120 minutes of Business Hours, none for P4/P5.
 * - Escalation: P1 and P2 immediately, P3 at Business Hours, P4 and P5 "planned" (no escalation).
 * - Availability is measured per quarter per product category; maintenance, third-party incidents,
 *   client-created issues, force majeure and Beta releases are excluded. The seed names no credit.
 * - Maintenance (section 7): at least two weeks' notice (336 hours), 24 hours for emergency maintenance;
 *   higher-risk work outside Business Hours is a reasonable effort, so a window inside them is a warning.
 */
export const cmConnectEngage: PolicyDocument = {
  id: "cm-connect-engage",
  name: "CM.com Connect & Engage",
  source: "seed 002: Connect & Engage Service Level Agreement, July 2024",
  calendars: {
    business: {
      zone: "Europe/Amsterdam",
      hours: ["mon-fri 08:30-17:00"],
      hoursPerDay: 8,
      holidays: { country: "NL", types: ["public"] },
    },
    always: { zone: "Europe/Amsterdam", hours: "24x7", hoursPerDay: 24 },
  },
  priorities: [
    {
      id: "P1",
      name: "Critical",
      description: "Multiple products where the majority of the users are not able to use the product",
    },
    {
      id: "P2",
      name: "Major",
      description: "Majority of the users of a product are not able to use that product",
    },
    {
      id: "P3",
      name: "Significant",
      description: "Breaking issue within a product, but majority of the users are able to continue using it",
    },
    {
      id: "P4",
      name: "Limited",
      description: "A small incident that impacts use of the product but doesn't bring it to a halt.",
    },
    { id: "P5", name: "Minor", description: "A minor bug or issue that does not impact the product." },
  ],
  targets: [
    {
      metric: "first_response",
      priorities: ["P1", "P2"],
      amount: "1h",
      calendar: "business",
      note: "High: business critical",
    },
    {
      metric: "first_response",
      priorities: ["P3", "P4", "P5"],
      amount: "8h",
      calendar: "business",
      note: "Normal: general inquiry",
    },
    { metric: "update", priorities: ["P1"], amount: "15m", calendar: "always" },
    { metric: "update", priorities: ["P2"], amount: "30m", calendar: "always" },
    { metric: "update", priorities: ["P3"], amount: "120m", calendar: "business" },
  ],
  classification: {
    // P1 is "multiple products", P2 "a product": an outage report naming two product categories is P1.
    severityLevels: {
      widespread_outage: "P1",
      outage: "P2",
      major_impact: "P3",
      minor_impact: "P4",
      trivial: "P5",
      planned: "P5",
    },
    // P3 is "a breaking issue within a product" that most users can work with: wrong results for everyone.
    wrongForEveryone: "major_impact",
    // P4 is "a small incident that impacts use of the product", P5 "does not impact the product": an
    // annoyance gets in the way of the work ("the inbox keeps forgetting my column settings").
    annoyance: "minor_impact",
    // P2 is "majority of the users are not able to use that product": so slow that nobody can work is that.
    unusablySlow: "outage",
    products: CONNECT_ENGAGE_PRODUCTS,
    // The portal is where every product is managed: down beside a product, more than one product is out.
    sharedParts: ["portal"],
  },
  escalation: [
    { priorities: ["P1", "P2"], timing: "immediately" },
    { priorities: ["P3"], timing: "next_business_hours", calendar: "business" },
    { priorities: ["P4", "P5"], timing: "none" },
  ],
  availability: {
    period: "quarter",
    targets: [
      { component: "Business Messaging", percent: 99.99 },
      { component: "Voice", percent: 99.99 },
      { component: "Service Cloud", percent: 99.9 },
      { component: "Marketing Cloud", percent: 99.9 },
      { component: "Conversational AI Cloud", percent: 99.9 },
    ],
    excludedTime: "removed",
    note: "(minutes in quarter - excluded - unavailable) / (minutes in quarter - excluded)",
  },
  maintenance: {
    noticeHours: 14 * 24,
    emergencyNoticeHours: 24,
    outsideHours: { calendar: "business", binding: "preferred" },
    note: "two weeks' notice (24 hours for emergency maintenance); higher-risk work outside Business Hours",
  },
};

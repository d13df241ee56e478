import type { PolicyDocument } from "../domain/sla/policy-schema.js";

/**
 * Managed help desk service level matrix (seed 003).
 *
 * Interpretations:
 * - 24x7 levels (P1-P3) count elapsed time; 8x5 levels (P4-P6) count Mon-Fri 09:00-17:00
 *   America/New_York (the seed's US toll-free line; 8x5 is read as the usual 9-to-5), 8 hours a day.
 * - P1 "Immediate response": a target of 0, due the moment the ticket is raised.
 * - P4 "3 Business day response" = 3 days of 8 business hours; P5 "1 Week response" = 5 business days.
 * - P6 "User scheduled": due at the time the requester schedules; no target when none is given.
 * - The seed names no holidays for 8x5, so none are excluded.
 * - Escalation: P1 and P2 are outages with no workaround and page at once; P3 "requires attention ahead
 *   of other tickets" on a 24x7 response, so it pages at once too; P4-P6 do not escalate.
 */
export const managedHelpdesk: PolicyDocument = {
  id: "managed-helpdesk",
  name: "Managed help desk",
  source: "seed 003: Service Level Agreement (SLA) service level matrix",
  calendars: {
    "8x5": { zone: "America/New_York", hours: ["mon-fri 09:00-17:00"], hoursPerDay: 8 },
    "24x7": { zone: "America/New_York", hours: "24x7", hoursPerDay: 24 },
  },
  priorities: [
    {
      id: "P1",
      name: "Global Outage",
      description:
        "Global or widespread outage of products/services affecting a significant majority of customers where no workaround is available.",
    },
    {
      id: "P2",
      name: "Isolated Outage",
      description:
        "Outage/system down situation affecting one or more customers access to products/services where no workaround is available.",
    },
    {
      id: "P3",
      name: "High Priority",
      description:
        "Non-outage issue which could impact productivity and requires attention ahead of other tickets.",
    },
    {
      id: "P4",
      name: "Normal Priority",
      description:
        "Issues or defects with products/services that do not impact productivity and can be worked within normal response times.",
    },
    {
      id: "P5",
      name: "Low Priority",
      description:
        "Issues or defects with products/services that do not impact productivity and have no deadline or time critical response required.",
    },
    {
      id: "P6",
      name: "Scheduled Task",
      description:
        "Issues that has been requested to be scheduled at a later date/time or enhancement/upgrade/feature request.",
    },
  ],
  targets: [
    {
      metric: "first_response",
      priorities: ["P1"],
      amount: "0",
      calendar: "24x7",
      note: "Immediate response",
    },
    { metric: "first_response", priorities: ["P2"], amount: "30m", calendar: "24x7" },
    { metric: "first_response", priorities: ["P3"], amount: "4h", calendar: "24x7" },
    { metric: "first_response", priorities: ["P4"], amount: "3d", calendar: "8x5" },
    { metric: "first_response", priorities: ["P5"], amount: "1w", calendar: "8x5" },
    {
      metric: "first_response",
      priorities: ["P6"],
      amount: "scheduled",
      calendar: "8x5",
      note: "User scheduled",
    },
  ],
  classification: {
    severityLevels: {
      widespread_outage: "P1",
      outage: "P2",
      major_impact: "P3",
      minor_impact: "P4",
      trivial: "P5",
      planned: "P6",
    },
    // P5: "no deadline or time critical response required".
    noDeadline: "trivial",
    // P4: "defects ... that do not impact productivity": a cosmetic one too, unless it has no deadline.
    cosmetic: "minor_impact",
    // P3: "could impact productivity and requires attention ahead of other tickets": one person who cannot
    // work at all, unlike a defect they can work around (P4).
    oneBlocked: "major_impact",
    // P3 "could impact productivity": wrong results everyone works from ("the booking system shows every
    // room as free, people double book").
    wrongForEveryone: "major_impact",
    // P2: "outage/system down situation ... where no workaround is available"; P3: "non-outage issue which
    // could impact productivity". What the business runs on, down for everyone, is the outage; another app
    // or device failing for everyone is one where the client says work has stopped.
    coreServices: [
      "internet",
      "get online",
      "go online",
      "router",
      "ip address",
      "modem",
      "network",
      "wifi",
      "email",
      "mail",
      "exchange",
      "outlook",
      "microsoft 365",
      "office 365",
      "teams",
      "server",
      "servers",
      "file server",
      "shared drive",
      "drive",
      "drives",
      "files",
      "any file",
      "domain",
      "phone",
      "phones",
      "phone system",
      "incoming calls",
      "inbound calls",
      "calls",
      "main line",
      "phone line",
      "voip",
      "telephony",
      "firewall",
      "vpn",
      "pc",
      "pcs",
      "computer",
      "computers",
      "laptops",
      "terminal server",
      "remote desktop",
      "hosted",
      "you host",
      "your services",
      "your service",
      "data centre",
      "data center",
      "datacentre",
      "datacenter",
      "citrix",
      // the system a practice or a clinic runs on: its appointments and records
      "practice software",
      "practice management",
      "patient records",
      "patient system",
      "erp",
      "till",
      "tills",
      "pos",
    ],
  },
  escalation: [
    { priorities: ["P1", "P2", "P3"], timing: "immediately" },
    { priorities: ["P4", "P5", "P6"], timing: "none" },
  ],
};

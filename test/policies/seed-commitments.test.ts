import { describe, expect, it } from "vitest";
import { creditPercentFor } from "../../src/domain/sla/credits.js";
import { formatInstant, parseInstant } from "../../src/domain/sla/instant.js";
import type { Policy } from "../../src/domain/sla/policy.js";
import { presetPolicy } from "../../src/policies/presets.js";

const preset = (id: string) => presetPolicy(id) as Policy;

describe("celigo (seed 001) 8.2: SLA violation credits per quarter", () => {
  const credits = preset("celigo").document.credits?.responseTime;
  it.each([
    [0, 100, 0],
    [399, 10_000, 0], // < 4%: 0%
    [4, 100, 10], // exactly 4%: 10%
    [599, 10_000, 10],
    [6, 100, 15], // 6%: 15%
    [8, 100, 20], // 8%: 20%
    [10, 100, 25], // exactly 10%: 25%
    [1005, 10_000, 25], // 10.05%
    [101, 1000, 25], // exactly 10.1% is not above 10.1%
    [1011, 10_000, 30], // 10.11%: > 10.1%: 30%
    [1, 1, 30],
    [0, 0, 0], // nothing counted
  ])("%d violations of %d events earn a %d%% credit", (violations, events, credit) => {
    expect(creditPercentFor(credits?.bands ?? [], violations, events)).toBe(credit);
  });
  it("excludes low priority and the essential plan, and counts first responses and follow-ups", () => {
    expect(credits).toMatchObject({
      period: "quarter",
      plans: ["preferred", "premier"],
      priorities: ["urgent", "high", "normal"],
      metrics: ["first_response", "follow_up"],
    });
  });
});

describe("kongo-hubspot (seed 000): credits and uptime", () => {
  const policy = preset("kongo-hubspot");
  it("a missed response guarantee credits 100% of the monthly fee", () => {
    const bands = policy.document.credits?.responseTime?.bands ?? [];
    expect(creditPercentFor(bands, 0, 200)).toBe(0);
    expect(creditPercentFor(bands, 0, 0)).toBe(0);
    expect(creditPercentFor(bands, 1, 200)).toBe(100);
  });
  it("guarantees 99.90% monthly uptime, 100% credit on a miss", () => {
    expect(policy.document.availability).toMatchObject({
      period: "month",
      targets: [{ component: "HubSpot Connector", percent: 99.9 }],
      creditPercentOnMiss: 100,
    });
  });
  it("describes the seed's ticket statuses", () => {
    expect(policy.document.statuses?.map((s) => s.label)).toEqual([
      "Open",
      "In progress",
      "Customer Reply",
      "Answered",
      "Closed",
    ]);
  });
});

describe("cm-connect-engage (seed 002): escalation and availability tables", () => {
  const policy = preset("cm-connect-engage");
  it.each([
    ["P1", "immediately"],
    ["P2", "immediately"],
    ["P3", "next_business_hours"],
    ["P4", "none"],
    ["P5", "none"],
  ])("%s escalates %s", (priority, timing) => {
    expect(policy.escalationFor(priority).timing).toBe(timing);
  });
  it("P3 escalates when business hours next begin", () => {
    const escalation = policy.escalationFor("P3");
    if (escalation.timing !== "next_business_hours") throw new Error("P3 should wait for business hours");
    const saturday = Date.parse("2025-06-14T10:00:00+02:00");
    expect(new Date(escalation.calendar.nextOpening(saturday)).toISOString()).toBe(
      "2025-06-16T06:30:00.000Z",
    );
  });
  it.each([
    ["Business Messaging", 99.99],
    ["Voice", 99.99],
    ["Service Cloud", 99.9],
    ["Marketing Cloud", 99.9],
    ["Conversational AI Cloud", 99.9],
  ])("%s availability commitment is %d%% per quarter", (component, percent) => {
    expect(policy.document.availability?.period).toBe("quarter");
    expect(policy.document.availability?.targets).toContainEqual({ component, percent });
  });
  it("names the levels as the seed does", () => {
    expect(policy.priorities.map((p) => `${p.id} ${p.name}`)).toEqual([
      "P1 Critical",
      "P2 Major",
      "P3 Significant",
      "P4 Limited",
      "P5 Minor",
    ]);
  });
});

describe("managed-helpdesk (seed 003): level names", () => {
  it("names the six levels as the matrix does", () => {
    expect(preset("managed-helpdesk").priorities.map((p) => p.name)).toEqual([
      "Global Outage",
      "Isolated Outage",
      "High Priority",
      "Normal Priority",
      "Low Priority",
      "Scheduled Task",
    ]);
  });
});

describe("cloudextend (seed 001, CloudExtend Support Policies): 4 hours of support time", () => {
  const policy = preset("cloudextend");
  const due = (opened: string) =>
    formatInstant(
      policy.dueAt("first_response", null, "standard", parseInstant(opened, policy.zone)) as number,
      policy.zone,
    );
  it.each([
    ["a Tuesday morning", "2026-06-09T09:00:00", "2026-06-09T13:00:00-07:00"],
    [
      "Friday 16:00 Pacific: one hour, then Monday from 03:00",
      "2026-06-12T16:00:00",
      "2026-06-15T06:00:00-07:00",
    ],
    ["before hours: the clock starts at 03:00", "2026-06-09T01:00:00", "2026-06-09T07:00:00-07:00"],
    // Friday 3 July 2026 is the observed Independence Day: closed, like the weekend after it.
    ["Thursday 2 July 16:00, before a U.S. holiday", "2026-07-02T16:00:00", "2026-07-06T06:00:00-07:00"],
    ["in winter (PST)", "2026-01-20T16:30:00", "2026-01-21T06:30:00-08:00"],
  ])("%s", (_case, opened, expected) => {
    expect(due(opened)).toBe(expected);
  });
  it("has one level and no credits, as the seed sets none", () => {
    expect(policy.priorities.map((p) => p.id)).toEqual(["standard"]);
    expect(policy.plans).toEqual([]);
    expect(policy.document.credits).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { creditPercentFor } from "../../src/domain/sla/credits.js";
import type { Policy } from "../../src/domain/sla/policy.js";
import { presetPolicy } from "../../src/policies/presets.js";

const preset = (id: string) => presetPolicy(id) as Policy;

describe("celigo (seed 001) 8.2: SLA violation credits per quarter", () => {
  const credits = preset("celigo").document.credits?.responseTime;
  it.each([
    [0, 0],
    [3.99, 0], // < 4%: 0%
    [4, 10], // 4%: 10%
    [5.99, 10],
    [6, 15], // 6%: 15%
    [8, 20], // 8%: 20%
    [10, 25], // 10%: 25%
    [10.1, 25],
    [10.11, 30], // > 10.1%: 30%
    [100, 30],
  ])("%d%% violations earn a %d%% credit", (violations, credit) => {
    expect(creditPercentFor(credits?.bands ?? [], violations)).toBe(credit);
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
    expect(creditPercentFor(bands, 0)).toBe(0);
    expect(creditPercentFor(bands, 0.5)).toBe(100);
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

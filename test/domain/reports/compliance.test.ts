import { describe, expect, it } from "vitest";
import { complianceReport, type ReportedTicket } from "../../../src/domain/reports/compliance.js";
import { parsePeriod } from "../../../src/domain/reports/period.js";
import { parseInstant } from "../../../src/domain/sla/instant.js";
import type { Policy } from "../../../src/domain/sla/policy.js";
import type { SlaEvent } from "../../../src/domain/sla/timeline.js";
import { presetPolicy } from "../../../src/policies/presets.js";

const celigo = presetPolicy("celigo") as Policy;
const kongo = presetPolicy("kongo-hubspot") as Policy;
const Q1 = parsePeriod("2026-Q1", celigo.zone);

/** Events written as [ISO time, type, priority?]; times without an offset are Los Angeles time. */
function ticket(
  id: string,
  events: [string, SlaEvent["type"], string?][],
  plan?: string,
  zone = celigo.zone,
): ReportedTicket {
  return {
    ticket: id,
    ...(plan !== undefined && { plan }),
    events: events.map(([at, type, priority]) => {
      const ms = parseInstant(at, zone);
      return (
        type === "opened" || type === "priority_changed" ? { at: ms, type, priority } : { at: ms, type }
      ) as SlaEvent;
    }),
  };
}

/** `count` premier urgent tickets answered in 30 minutes, the first `late` of them in 61 (first response is 1 h). */
function answered(count: number, late: number): ReportedTicket[] {
  return Array.from({ length: count }, (_, i) => {
    const day = String(5 + (i % 20)).padStart(2, "0");
    return ticket(`T-${i + 1}`, [
      [`2026-02-${day}T09:00:00`, "opened", "urgent"],
      [i < late ? `2026-02-${day}T10:01:00` : `2026-02-${day}T09:30:00`, "agent_reply"],
    ]);
  });
}

describe("the compliance report (Celigo 8.2: violations of first responses and follow-ups per quarter)", () => {
  it.each([
    [25, 1, 4, 10], // exactly 4 %: 10 % credit
    [25, 0, 0, 0],
    [100, 6, 6, 15],
    [10, 1, 10, 25], // exactly 10 %: 25 %
    [2000, 201, 10.05, 25],
    [1000, 101, 10.1, 25], // exactly 10.1 % is not above 10.1 %
    [10_000, 1011, 10.11, 30],
  ])("%d events with %d late: %s percent violations, a %s percent credit", (count, late, percent, credit) => {
    const report = complianceReport(celigo, "premier", Q1, answered(count, late));
    expect(report).toMatchObject({
      events: count,
      met: count - late,
      violations: late,
      pending: 0,
      creditPercent: credit,
    });
    expect(report.violationPercent).toBeCloseTo(percent, 10);
  });

  it("reads a follow-up met one minute late as a violation, with when it started, was due and was met", () => {
    const report = complianceReport(celigo, "premier", Q1, [
      ticket("T-7", [
        ["2026-02-10T10:00:00", "opened", "urgent"],
        ["2026-02-10T10:30:00", "agent_reply"],
        ["2026-02-10T11:00:00", "customer_reply"],
        ["2026-02-10T23:01:00", "agent_reply"],
      ]),
    ]);
    expect(report).toMatchObject({
      events: 2,
      met: 1,
      violations: 1,
      violationPercent: 50,
      creditPercent: 30,
    });
    expect(report.violationList).toEqual([
      {
        ticket: "T-7",
        metric: "follow_up",
        start: "2026-02-10T11:00:00-08:00",
        due: "2026-02-10T23:00:00-08:00",
        metAt: "2026-02-10T23:01:00-08:00",
        lateMinutes: 1,
      },
    ]);
  });

  it("counts only tickets opened in the period: one opened at its last minute is pending at its end, and not in the next", () => {
    const last = ticket("T-9", [["2026-03-31T23:59:00", "opened", "urgent"]]);
    const q1 = complianceReport(celigo, "premier", Q1, [last]);
    expect(q1).toMatchObject({ events: 0, pending: 1, violations: 0, violationPercent: 0, creditPercent: 0 });
    expect(q1.period).toEqual({ start: "2026-01-01T00:00:00-08:00", end: "2026-04-01T00:00:00-07:00" });
    // Read later, the unanswered response is late, counted to the report's instant.
    const later = complianceReport(
      celigo,
      "premier",
      Q1,
      [last],
      parseInstant("2026-04-01T02:00:00", celigo.zone),
    );
    expect(later.violationList[0]).toMatchObject({
      metAt: null,
      lateMinutes: 61,
      due: "2026-04-01T00:59:00-07:00",
    });
    expect(complianceReport(celigo, "premier", parsePeriod("2026-Q2", celigo.zone), [last]).pending).toBe(0);
  });

  it("leaves out low priority tickets and the Essential plan, with the reason; the Essential report owes no credit", () => {
    const tickets = [
      ticket("T-1", [
        ["2026-02-02T09:00:00", "opened", "urgent"],
        ["2026-02-02T09:20:00", "agent_reply"],
      ]),
      ticket("T-2", [["2026-02-03T09:00:00", "opened", "low"]]),
      ticket("T-3", [["2026-02-04T09:00:00", "opened", "high"]], "essential"),
    ];
    const premier = complianceReport(celigo, "premier", Q1, tickets);
    expect(premier).toMatchObject({ events: 1, met: 1, creditPercent: 0, plan: "premier" });
    expect(premier.excluded.map((e) => e.ticket)).toEqual(["T-2", "T-3"]);
    expect(premier.excluded[0]?.reason).toMatch(/low priority/);
    expect(premier.excluded[1]?.reason).toMatch(/essential plan/);
    const essential = complianceReport(celigo, "essential", Q1, tickets);
    expect(essential).toMatchObject({ plan: "essential", events: 0, creditPercent: null });
    expect(essential.excluded.map((e) => e.ticket)).toEqual(["T-1", "T-2", "T-3"]);
  });

  it("Kongo: counts only tickets raised in the guarantee window (Mon-Fri 08:00-18:00 Sydney); any late one costs the month's fee", () => {
    const june = parsePeriod("2026-06", kongo.zone);
    const sydney = (id: string, events: [string, SlaEvent["type"], string?][]) =>
      ticket(id, events, undefined, kongo.zone);
    const report = complianceReport(kongo, undefined, june, [
      sydney("K-1", [
        ["2026-06-02T09:00:00", "opened", "standard"],
        ["2026-06-02T11:59:00", "agent_reply"],
      ]),
      sydney("K-2", [
        ["2026-06-06T09:00:00", "opened", "standard"],
        ["2026-06-06T22:00:00", "agent_reply"],
      ]),
      sydney("K-3", [
        ["2026-06-03T17:59:00", "opened", "standard"],
        ["2026-06-03T21:00:00", "agent_reply"],
      ]),
    ]);
    expect(report.excluded).toEqual([
      { ticket: "K-2", reason: "raised outside the guarantee window (mon-fri 08:00-18:00 Australia/Sydney)" },
    ]);
    expect(report).toMatchObject({ plan: null, events: 2, met: 1, violations: 1, creditPercent: 100 });
    expect(report.violationList[0]).toMatchObject({
      ticket: "K-3",
      lateMinutes: 1,
      due: "2026-06-03T20:59:00+10:00",
    });
  });
});

import { describe, expect, it } from "vitest";
import { InvalidPolicyError } from "../../../src/domain/errors.js";
import { parseDuration } from "../../../src/domain/sla/duration.js";
import { Policy } from "../../../src/domain/sla/policy.js";
import { parseWeeklyWindows } from "../../../src/domain/sla/weekly-hours.js";
import { PRESET_DOCUMENTS } from "../../../src/policies/presets.js";

const valid = {
  id: "acme",
  name: "Acme",
  calendars: { business: { zone: "Europe/Amsterdam", hours: ["mon-fri 09:00-17:00"], hoursPerDay: 8 } },
  priorities: ["high", "low"],
  targets: [{ metric: "first_response", priorities: ["high"], amount: "1h", calendar: "business" }],
};

function problemsOf(document: unknown): string[] {
  try {
    Policy.fromDocument(document);
  } catch (error) {
    if (error instanceof InvalidPolicyError) return [...error.problems];
    throw error;
  }
  return [];
}

describe("policy documents", () => {
  it("every preset is valid", () => {
    for (const document of PRESET_DOCUMENTS) expect(problemsOf(document)).toEqual([]);
  });
  it("accepts a minimal policy", () => {
    expect(problemsOf(valid)).toEqual([]);
  });
  it.each([
    [
      { ...valid, calendars: { business: { ...valid.calendars.business, zone: "Mars/Olympus" } } },
      "calendars.business.zone: not an IANA time zone",
    ],
    [
      { ...valid, calendars: { business: { ...valid.calendars.business, hours: ["weekdays 9-5"] } } },
      "calendars.business.hours.0:",
    ],
    [
      { ...valid, targets: [{ ...valid.targets[0], amount: "soon" }] },
      'targets.0.amount: "soon" is not a duration',
    ],
    [
      { ...valid, targets: [{ ...valid.targets[0], calendar: "nights" }] },
      'targets.0.calendar: unknown calendar "nights"',
    ],
    [
      { ...valid, targets: [{ ...valid.targets[0], priorities: ["P1"] }] },
      'targets.0.priorities.0: unknown priority "P1"',
    ],
    [{ ...valid, targets: [{ ...valid.targets[0], metric: "response" }] }, "targets.0.metric:"],
    [{ ...valid, priorities: ["high", "high"] }, 'priorities: priority "high" is listed twice'],
    [{ ...valid, defaultPlan: "gold" }, 'defaultPlan: unknown plan "gold"'],
    [
      { ...valid, calendars: { business: { ...valid.calendars.business, holidays: { country: "XX" } } } },
      "calendars.business.holidays.country: date-holidays knows no country",
    ],
    [
      { ...valid, escalation: [{ priorities: ["high"], timing: "next_business_hours" }] },
      "escalation.0.calendar: next_business_hours needs",
    ],
    [{ ...valid, colour: "blue" }, "colour"],
    [
      { ...valid, calendars: { business: { ...valid.calendars.business, hoursPerDay: 30 } } },
      "calendars.business.hoursPerDay:",
    ],
  ])("names the path and the problem (%#)", (document, expected) => {
    const problems = problemsOf(document);
    expect(problems.join("\n")).toContain(expected);
  });
});

describe("durations", () => {
  it.each([
    ["0", { value: 0, unit: "m" }],
    ["30m", { value: 30, unit: "m" }],
    ["120 min", { value: 120, unit: "m" }],
    ["4h", { value: 4, unit: "h" }],
    ["3d", { value: 3, unit: "d" }],
    ["1w", { value: 1, unit: "w" }],
    ["2 days", { value: 2, unit: "d" }],
  ])("%s", (text, expected) => {
    expect(parseDuration(text)).toEqual(expected);
  });
  it.each(["", "4", "h", "-1h", "4x", "soon"])("refuses %j", (text) => {
    expect(() => parseDuration(text)).toThrow(/is not a duration/);
  });
});

describe("weekly opening windows", () => {
  it("lays one window on each listed day", () => {
    expect(parseWeeklyWindows("mon-fri 08:30-17:00")).toHaveLength(5);
    expect(parseWeeklyWindows("sat,sun 10:00-14:00").map((w) => w.startDay)).toEqual([6, 7]);
    expect(parseWeeklyWindows("fri-mon 10:00-14:00").map((w) => w.startDay)).toEqual([5, 6, 7, 1]);
    expect(parseWeeklyWindows("daily 00:00-24:00")[0]).toEqual({
      startDay: 1,
      startMinute: 0,
      lengthMinutes: 1440,
    });
  });
  it("a window ending before it starts crosses midnight", () => {
    expect(parseWeeklyWindows("fri 22:00-02:00")).toEqual([
      { startDay: 5, startMinute: 1320, lengthMinutes: 240 },
    ]);
  });
  it("a span runs from one day and time to another", () => {
    expect(parseWeeklyWindows("sun 16:00 - fri 17:00")).toEqual([
      { startDay: 7, startMinute: 960, lengthMinutes: 5 * 1440 + 60 },
    ]);
    expect(parseWeeklyWindows("fri 22:00 - mon 06:00")[0]?.lengthMinutes).toBe(2 * 1440 + 480);
  });
  it.each(["mon-fri", "mon-fri 25:00-26:00", "funday 09:00-17:00", "mon 09:00-09:00", "mon 09:60-10:00"])(
    "refuses %j",
    (text) => {
      expect(() => parseWeeklyWindows(text)).toThrow(/is not a weekly opening window/);
    },
  );
});

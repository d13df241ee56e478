import { describe, expect, it } from "vitest";
import { dueOf } from "../support/due.js";

/**
 * Every row of every seed table. Each expected instant is worked out by hand from the seed text;
 * the comment beside it shows the arithmetic.
 */
describe("kongo-hubspot (seed 000): 3 h inside Mon-Fri 08:00-18:00 Sydney, else 12 h", () => {
  it.each([
    ["2025-06-10T10:00:00+10:00", "2025-06-10T13:00:00+10:00", "Tuesday inside hours: 3 h"],
    [
      "2025-06-13T17:59:00+10:00",
      "2025-06-13T20:59:00+10:00",
      "Friday one minute before 18:00: still inside",
    ],
    ["2025-06-13T18:00:00+10:00", "2025-06-14T06:00:00+10:00", "Friday 18:00 sharp is outside: 12 h"],
    ["2025-06-10T07:59:00+10:00", "2025-06-10T19:59:00+10:00", "before 08:00: 12 h"],
    ["2025-06-14T10:00:00+10:00", "2025-06-14T22:00:00+10:00", "Saturday: 12 h, inclusive of weekends"],
    ["2025-06-15T21:00:00+10:00", "2025-06-16T09:00:00+10:00", "Sunday night: 12 h elapsed"],
  ])("raised %s is due %s (%s)", (opened, expected) => {
    expect(dueOf("kongo-hubspot", "standard", opened, "first_response")).toBe(expected);
  });

  it("sets no other targets", () => {
    for (const metric of ["follow_up", "update", "workaround", "resolution"] as const) {
      expect(dueOf("kongo-hubspot", "standard", "2025-06-10T10:00:00+10:00", metric)).toBeNull();
    }
  });
});

describe("celigo (seed 001): first response / follow up per plan and priority", () => {
  // Thursday 2025-06-12 10:00 PDT. Essential: Mon-Fri 08:00-17:00, a day is 9 hours.
  const thursday = "2025-06-12T10:00:00-07:00";
  it.each([
    ["essential", "urgent", "first_response", "2025-06-12T14:00:00-07:00"], // 4 h
    ["essential", "urgent", "follow_up", "2025-06-13T10:00:00-07:00"], // 1d = 9 h: 7 Thu + 2 Fri
    ["essential", "high", "first_response", "2025-06-13T10:00:00-07:00"], // 1d
    ["essential", "high", "follow_up", "2025-06-13T10:00:00-07:00"], // 1d
    ["essential", "normal", "first_response", "2025-06-17T10:00:00-07:00"], // 3d = 27 h: 7+9+9+2
    ["essential", "normal", "follow_up", "2025-06-16T10:00:00-07:00"], // 2d = 18 h: 7+9+2
    ["essential", "low", "first_response", "2025-06-19T10:00:00-07:00"], // 5d = 45 h: 7+9+9+9+9+2
    ["essential", "low", "follow_up", "2025-06-16T10:00:00-07:00"], // 2d
    // Preferred: Sunday 16:00 through Friday 17:00, a day is 24 hours; urgent runs 24x7.
    ["preferred", "urgent", "first_response", "2025-06-12T12:00:00-07:00"], // 2 h elapsed
    ["preferred", "urgent", "follow_up", "2025-06-13T10:00:00-07:00"], // 24 h elapsed
    ["preferred", "high", "first_response", "2025-06-12T18:00:00-07:00"], // 8 h, the window runs overnight
    ["preferred", "high", "follow_up", "2025-06-13T10:00:00-07:00"], // 24 h
    ["preferred", "normal", "first_response", "2025-06-16T09:00:00-07:00"], // 48 h: 31 to Fri 17:00, 17 from Sun 16:00
    ["preferred", "normal", "follow_up", "2025-06-16T09:00:00-07:00"], // 2d
    ["preferred", "low", "first_response", "2025-06-16T09:00:00-07:00"], // 2d
    ["preferred", "low", "follow_up", "2025-06-16T09:00:00-07:00"], // 2d
    // Premier: 24x7.
    ["premier", "urgent", "first_response", "2025-06-12T11:00:00-07:00"], // 1 h
    ["premier", "urgent", "follow_up", "2025-06-12T22:00:00-07:00"], // 12 h
    ["premier", "high", "first_response", "2025-06-12T14:00:00-07:00"], // 4 h
    ["premier", "high", "follow_up", "2025-06-12T22:00:00-07:00"], // 12 h
    ["premier", "normal", "first_response", "2025-06-13T10:00:00-07:00"], // 1d
    ["premier", "normal", "follow_up", "2025-06-14T10:00:00-07:00"], // 2d
    ["premier", "low", "first_response", "2025-06-13T10:00:00-07:00"], // 1d
    ["premier", "low", "follow_up", "2025-06-14T10:00:00-07:00"], // 2d
  ] as const)("%s %s %s is due %s", (plan, priority, metric, expected) => {
    expect(dueOf("celigo", priority, thursday, metric, plan)).toBe(expected);
  });

  it("uses the essential plan when none is given", () => {
    expect(dueOf("celigo", "urgent", thursday, "first_response")).toBe("2025-06-12T14:00:00-07:00");
  });
});

describe("cm-connect-engage (seed 002): response and incident update cadence", () => {
  // Tuesday 2025-06-10 10:00 CEST; business hours Mon-Fri 08:30-17:00.
  const tuesday = "2025-06-10T10:00:00+02:00";
  it.each([
    ["P1", "first_response", "2025-06-10T11:00:00+02:00"], // High: 1 business hour
    ["P2", "first_response", "2025-06-10T11:00:00+02:00"],
    ["P3", "first_response", "2025-06-11T09:30:00+02:00"], // Normal: 8 h = 7 Tue + 1 Wed
    ["P4", "first_response", "2025-06-11T09:30:00+02:00"],
    ["P5", "first_response", "2025-06-11T09:30:00+02:00"],
    ["P1", "update", "2025-06-10T10:15:00+02:00"], // every 15 minutes
    ["P2", "update", "2025-06-10T10:30:00+02:00"], // every 30 minutes
    ["P3", "update", "2025-06-10T12:00:00+02:00"], // every 120 business minutes
    ["P4", "update", null], // no updates
    ["P5", "update", null],
  ] as const)("%s %s is due %s", (priority, metric, expected) => {
    expect(dueOf("cm-connect-engage", priority, tuesday, metric)).toBe(expected);
  });

  it("updates P1 and P2 around the clock, P3 only in business hours", () => {
    const saturday = "2025-06-14T12:00:00+02:00";
    expect(dueOf("cm-connect-engage", "P1", saturday, "update")).toBe("2025-06-14T12:15:00+02:00");
    expect(dueOf("cm-connect-engage", "P2", saturday, "update")).toBe("2025-06-14T12:30:00+02:00");
    expect(dueOf("cm-connect-engage", "P3", saturday, "update")).toBe("2025-06-16T10:30:00+02:00");
  });
});

describe("managed-helpdesk (seed 003): the service level matrix", () => {
  // Tuesday 2025-06-10 10:00 EDT; 8x5 is Mon-Fri 09:00-17:00, a business day is 8 hours.
  const tuesday = "2025-06-10T10:00:00-04:00";
  it.each([
    ["P1", "2025-06-10T10:00:00-04:00"], // immediate
    ["P2", "2025-06-10T10:30:00-04:00"], // 30 minutes, 24x7
    ["P3", "2025-06-10T14:00:00-04:00"], // 4 hours, 24x7
    ["P4", "2025-06-13T10:00:00-04:00"], // 3 business days = 24 h: 7+8+8+1
    ["P5", "2025-06-17T10:00:00-04:00"], // 1 week = 5 business days = 40 h: 7+8+8+8+8+1
    ["P6", null], // user scheduled, nothing scheduled
  ] as const)("%s first response is due %s", (priority, expected) => {
    expect(dueOf("managed-helpdesk", priority, tuesday, "first_response")).toBe(expected);
  });

  it("P6 is due when the requester scheduled it", () => {
    expect(
      dueOf("managed-helpdesk", "P6", tuesday, "first_response", undefined, "2025-07-01T15:00:00-04:00"),
    ).toBe("2025-07-01T15:00:00-04:00");
  });

  it("runs P1-P3 around the clock and P4-P5 on business days", () => {
    const saturdayNight = "2025-06-14T22:00:00-04:00";
    expect(dueOf("managed-helpdesk", "P3", saturdayNight, "first_response")).toBe(
      "2025-06-15T02:00:00-04:00",
    );
    expect(dueOf("managed-helpdesk", "P4", saturdayNight, "first_response")).toBe(
      "2025-06-18T17:00:00-04:00",
    );
  });
});

describe("kissflow (seed 004): defect SLAs, weekends excluded", () => {
  // Tuesday 2025-06-10 10:00 IST.
  const tuesday = "2025-06-10T10:00:00+05:30";
  it.each([
    ["critical", "first_response", "2025-06-10T14:00:00+05:30"], // 4 hours
    ["critical", "workaround", "2025-06-10T14:00:00+05:30"], // 4 hours
    ["critical", "resolution", "2025-06-12T10:00:00+05:30"], // 48 hours
    ["high", "first_response", "2025-06-10T14:00:00+05:30"], // 4 hours
    ["high", "workaround", "2025-06-11T10:00:00+05:30"], // 24 hours
    ["high", "resolution", "2025-06-17T10:00:00+05:30"], // 1 week = 5 weekdays
    ["medium", "first_response", "2025-06-10T18:00:00+05:30"], // 8 hours
    ["medium", "workaround", "2025-06-13T10:00:00+05:30"], // 3 business days
    ["medium", "resolution", null], // next release
    ["low", "first_response", "2025-06-12T10:00:00+05:30"], // 48 hours
    ["low", "workaround", null], // as seen fit
    ["low", "resolution", null],
  ] as const)("%s %s is due %s", (priority, metric, expected) => {
    expect(dueOf("kissflow", priority, tuesday, metric)).toBe(expected);
  });

  it("skips Saturdays and Sundays", () => {
    expect(dueOf("kissflow", "critical", "2025-06-13T22:00:00+05:30", "resolution")).toBe(
      "2025-06-17T22:00:00+05:30",
    );
    expect(dueOf("kissflow", "low", "2025-06-14T12:00:00+05:30", "first_response")).toBe(
      "2025-06-18T00:00:00+05:30",
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BusinessCalendar } from "../../../src/domain/sla/calendar.js";
import { holidaySource } from "../../../src/domain/sla/holidays.js";
import { formatForPeople, formatInstant, parseInstant } from "../../../src/domain/sla/instant.js";
import { parseWeeklyWindows } from "../../../src/domain/sla/weekly-hours.js";
import { presetPolicy } from "../../../src/policies/presets.js";
import { dueOf } from "../../support/due.js";

const HOUR = 3_600_000;
const MINUTE = 60_000;

function calendar(zone: string, hours: string[] | "24x7", holidays?: string[]) {
  const windows = hours === "24x7" ? "always" : hours.flatMap(parseWeeklyWindows);
  return new BusinessCalendar("test", zone, 8, windows, holidaySource({ dates: holidays ?? [] }));
}

function add(cal: BusinessCalendar, start: string, amountMs: number): string {
  return formatInstant(cal.addOpenTime(parseInstant(start, cal.zone), amountMs), cal.zone);
}

describe("DST switches", () => {
  it("Amsterdam: a business hour across the spring-forward weekend", () => {
    expect(dueOf("cm-connect-engage", "P1", "2025-03-28T16:45:00+01:00", "first_response")).toBe(
      "2025-03-31T09:15:00+02:00",
    );
  });
  it("Amsterdam: 24x7 cadences count elapsed time through both switches", () => {
    expect(dueOf("cm-connect-engage", "P1", "2025-03-30T01:50:00+01:00", "update")).toBe(
      "2025-03-30T03:05:00+02:00",
    );
    expect(dueOf("cm-connect-engage", "P1", "2025-10-26T02:50:00+02:00", "update")).toBe(
      "2025-10-26T02:05:00+01:00",
    );
  });
  it("Amsterdam: business hours after the autumn switch keep their wall-clock times", () => {
    expect(dueOf("cm-connect-engage", "P3", "2025-10-24T16:00:00+02:00", "first_response")).toBe(
      "2025-10-27T15:30:00+01:00",
    );
  });
  it("Los Angeles: 01:30 PST + 1 h is 03:30 PDT on the spring-forward night", () => {
    expect(dueOf("celigo", "urgent", "2025-03-09T01:30:00-08:00", "first_response", "premier")).toBe(
      "2025-03-09T03:30:00-07:00",
    );
  });
  it("Los Angeles: the preferred window reopens Sunday 16:00 local after each switch", () => {
    expect(dueOf("celigo", "normal", "2025-03-07T12:00:00-08:00", "first_response", "preferred")).toBe(
      "2025-03-11T11:00:00-07:00",
    );
    expect(dueOf("celigo", "normal", "2025-10-31T12:00:00-07:00", "first_response", "preferred")).toBe(
      "2025-11-04T11:00:00-08:00",
    );
  });
  it("New York: 24x7 and 8x5 targets across both switches", () => {
    expect(dueOf("managed-helpdesk", "P2", "2025-03-09T01:45:00-05:00", "first_response")).toBe(
      "2025-03-09T03:15:00-04:00",
    );
    expect(dueOf("managed-helpdesk", "P3", "2025-11-02T00:30:00-04:00", "first_response")).toBe(
      "2025-11-02T03:30:00-05:00",
    );
    expect(dueOf("managed-helpdesk", "P5", "2025-03-07T16:00:00-05:00", "first_response")).toBe(
      "2025-03-14T16:00:00-04:00",
    );
    expect(dueOf("managed-helpdesk", "P4", "2025-10-31T16:00:00-04:00", "first_response")).toBe(
      "2025-11-05T16:00:00-05:00",
    );
  });
  it("Sydney: the 12-hour target across the start and end of daylight saving", () => {
    expect(dueOf("kongo-hubspot", "standard", "2025-10-04T20:00:00+10:00", "first_response")).toBe(
      "2025-10-05T09:00:00+11:00",
    );
    expect(dueOf("kongo-hubspot", "standard", "2025-04-05T20:00:00+11:00", "first_response")).toBe(
      "2025-04-06T07:00:00+10:00",
    );
  });
  it("Sydney: 08:00 local decides the 3-hour rule in both AEST and AEDT", () => {
    expect(dueOf("kongo-hubspot", "standard", "2025-12-01T08:00:00+11:00", "first_response")).toBe(
      "2025-12-01T11:00:00+11:00",
    );
    expect(dueOf("kongo-hubspot", "standard", "2025-12-01T07:30:00+11:00", "first_response")).toBe(
      "2025-12-01T19:30:00+11:00",
    );
  });
  it("a window that starts inside the skipped hour opens when the clocks resume", () => {
    const night = calendar("Europe/Amsterdam", ["daily 02:30-04:00"]);
    // 02:30 does not exist that night: the window is [03:30, 04:00) local.
    expect(add(night, "2025-03-30T00:00:00+01:00", 10 * MINUTE)).toBe("2025-03-30T03:40:00+02:00");
    expect(add(night, "2025-03-30T00:00:00+01:00", 40 * MINUTE)).toBe("2025-03-31T02:40:00+02:00");
  });
});

describe("holidays and weekends", () => {
  it("skips Dutch public holidays (Christmas and Boxing Day)", () => {
    expect(dueOf("cm-connect-engage", "P3", "2025-12-24T16:00:00+01:00", "first_response")).toBe(
      "2025-12-29T15:30:00+01:00",
    );
    expect(dueOf("cm-connect-engage", "P3", "2025-12-24T16:00:00+01:00", "update")).toBe(
      "2025-12-29T09:30:00+01:00",
    );
  });
  it("skips Ascension Day, a Thursday", () => {
    expect(dueOf("cm-connect-engage", "P1", "2025-05-28T16:30:00+02:00", "first_response")).toBe(
      "2025-05-30T09:00:00+02:00",
    );
  });
  it("counts Good Friday, which is not a general Dutch holiday", () => {
    expect(dueOf("cm-connect-engage", "P1", "2025-04-17T16:30:00+02:00", "first_response")).toBe(
      "2025-04-18T09:00:00+02:00",
    );
  });
  it("skips Easter Monday after the weekend", () => {
    expect(dueOf("cm-connect-engage", "P2", "2025-04-18T16:30:00+02:00", "first_response")).toBe(
      "2025-04-22T09:00:00+02:00",
    );
  });
  it("cuts an explicit holiday out of a window that spans several days", () => {
    const span = calendar("America/Los_Angeles", ["sun 16:00 - fri 17:00"], ["2025-07-04"]);
    // Thu 07-03 12:00 + 24 h: 12 h to midnight, Friday closed, reopen Sunday 16:00 + 12 h.
    expect(add(span, "2025-07-03T12:00:00-07:00", 24 * HOUR)).toBe("2025-07-07T04:00:00-07:00");
  });
});

describe("opening hours", () => {
  const night = calendar("UTC", ["mon-fri 22:00-06:00"]);
  it("a window crossing midnight counts on both sides of it", () => {
    expect(add(night, "2025-06-09T23:00:00Z", 2 * HOUR)).toBe("2025-06-10T01:00:00+00:00");
    expect(add(night, "2025-06-10T05:00:00Z", 2 * HOUR)).toBe("2025-06-10T23:00:00+00:00");
  });
  it("the Friday night window runs into Saturday morning", () => {
    expect(add(night, "2025-06-14T05:00:00Z", 2 * HOUR)).toBe("2025-06-16T23:00:00+00:00");
  });
  it("a target that ends exactly at closing time is due at closing time", () => {
    expect(dueOf("cm-connect-engage", "P1", "2025-06-10T16:00:00+02:00", "first_response")).toBe(
      "2025-06-10T17:00:00+02:00",
    );
    expect(dueOf("kissflow", "critical", "2025-06-13T20:00:00+05:30", "first_response")).toBe(
      "2025-06-14T00:00:00+05:30",
    );
  });
  it("a ticket opened while closed starts counting at the next opening", () => {
    expect(dueOf("cm-connect-engage", "P1", "2025-06-14T12:00:00+02:00", "first_response")).toBe(
      "2025-06-16T09:30:00+02:00",
    );
    expect(dueOf("cm-connect-engage", "P1", "2025-06-10T07:00:00+02:00", "first_response")).toBe(
      "2025-06-10T09:30:00+02:00",
    );
    expect(dueOf("cm-connect-engage", "P1", "2025-06-10T17:00:00+02:00", "first_response")).toBe(
      "2025-06-11T09:30:00+02:00",
    );
  });
  it("opening at 08:30 sharp counts from 08:30 (intervals are half-open)", () => {
    expect(dueOf("cm-connect-engage", "P1", "2025-06-10T08:30:00+02:00", "first_response")).toBe(
      "2025-06-10T09:30:00+02:00",
    );
  });
  it("an immediate target is due at the instant the clock starts, open or not", () => {
    expect(dueOf("managed-helpdesk", "P1", "2025-06-14T03:00:00-04:00", "first_response")).toBe(
      "2025-06-14T03:00:00-04:00",
    );
  });
  it("reaches across year ends and far into the future", () => {
    expect(dueOf("cm-connect-engage", "P3", "2025-12-31T16:00:00+01:00", "first_response")).toBe(
      "2026-01-02T15:30:00+01:00",
    );
    expect(dueOf("managed-helpdesk", "P5", "2039-12-30T12:00:00-05:00", "first_response")).toBe(
      "2040-01-06T12:00:00-05:00",
    );
  });
  it("counts open time between two instants", () => {
    const business = presetPolicy("cm-connect-engage")?.calendar("business") as BusinessCalendar;
    const from = parseInstant("2025-06-13T16:00:00+02:00", "UTC");
    const to = parseInstant("2025-06-16T09:30:00+02:00", "UTC");
    expect(business.openTimeBetween(from, to)).toBe(2 * HOUR);
    expect(business.isOpen(parseInstant("2025-06-14T10:00:00+02:00", "UTC"))).toBe(false);
    expect(formatInstant(business.nextOpening(from + 2 * HOUR), "Europe/Amsterdam")).toBe(
      "2025-06-16T08:30:00+02:00",
    );
  });
});

describe("properties of due-time arithmetic (cm-connect-engage business hours, holidays on)", () => {
  const business = presetPolicy("cm-connect-engage")?.calendar("business") as BusinessCalendar;
  const instant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) });
  const amount = fc.integer({ min: 0, max: (400 * HOUR) / MINUTE }).map((minutes) => minutes * MINUTE);

  it("due >= start", () => {
    fc.assert(fc.property(instant, amount, (start, a) => business.addOpenTime(start, a) >= start));
  });
  it("adding a then b equals adding a + b", () => {
    fc.assert(
      fc.property(instant, amount, amount, (start, a, b) => {
        return business.addOpenTime(business.addOpenTime(start, a), b) === business.addOpenTime(start, a + b);
      }),
    );
  });
  it("is monotone in the amount", () => {
    fc.assert(
      fc.property(instant, amount, amount, (start, a, b) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        return business.addOpenTime(start, small) <= business.addOpenTime(start, large);
      }),
    );
  });
  it("the open time up to the due instant is exactly the amount", () => {
    fc.assert(
      fc.property(
        instant,
        amount,
        (start, a) => business.openTimeBetween(start, business.addOpenTime(start, a)) === a,
      ),
    );
  });
});

describe("formatForPeople", () => {
  it("writes an instant as chat users read it, with the zone's name as people write it that day", () => {
    const at = (iso: string, zone: string) => formatForPeople(Date.parse(iso), zone);
    expect(at("2026-03-03T09:00:00Z", "Europe/Amsterdam")).toBe("Tue 3 Mar 10:00 CET");
    expect(at("2026-07-03T09:00:00Z", "Europe/Amsterdam")).toBe("Fri 3 Jul 11:00 CEST");
    expect(at("2026-01-01T00:30:00Z", "Asia/Kolkata")).toBe("Thu 1 Jan 06:00 IST");
    expect(at("2026-11-01T06:59:00Z", "America/Los_Angeles")).toBe("Sat 31 Oct 23:59 PDT");
    expect(at("2026-11-01T09:00:00Z", "America/Los_Angeles")).toBe("Sun 1 Nov 01:00 PST");
    expect(at("2026-03-03T09:00:00Z", "America/New_York")).toBe("Tue 3 Mar 04:00 EST");
    expect(at("2026-01-10T01:00:00Z", "Australia/Sydney")).toBe("Sat 10 Jan 12:00 AEDT");
    expect(at("2026-07-10T02:00:00Z", "Australia/Sydney")).toBe("Fri 10 Jul 12:00 AEST");
    expect(at("2026-01-05T12:00:00Z", "Europe/London")).toBe("Mon 5 Jan 12:00 GMT");
    expect(at("2026-07-05T12:00:00Z", "Europe/London")).toBe("Sun 5 Jul 13:00 BST");
    // A zone without a name people use keeps its offset.
    expect(at("2026-01-05T12:00:00Z", "Asia/Tokyo")).toBe("Mon 5 Jan 21:00 GMT+9");
  });
});

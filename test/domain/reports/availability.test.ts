import { describe, expect, it } from "vitest";
import { availabilityReport, type ImpactWindow } from "../../../src/domain/reports/availability.js";
import { parsePeriod } from "../../../src/domain/reports/period.js";
import { parseInstant } from "../../../src/domain/sla/instant.js";
import type { Policy } from "../../../src/domain/sla/policy.js";
import { presetPolicy } from "../../../src/policies/presets.js";

const cm = presetPolicy("cm-connect-engage") as Policy;
const kongo = presetPolicy("kongo-hubspot") as Policy;
const at = (text: string, policy: Policy) => parseInstant(text, policy.zone);

function window(
  policy: Policy,
  id: string,
  start: string,
  end: string,
  extra: Partial<ImpactWindow> = {},
): ImpactWindow {
  return { id, start: at(start, policy), end: at(end, policy), impact: "unavailable", ...extra };
}

describe("report periods: calendar months and quarters in the contract's zone, of their real length", () => {
  it.each([
    ["cm", "2026-Q1", 129_540], // Amsterdam: 90 days, one hour lost at the end of March
    ["cm", "2026-Q4", 132_540], // 92 days, one hour gained at the end of October
    ["kongo", "2026-02", 40_320], // 28 days
    ["kongo", "2026-06", 43_200], // 30 days
    ["kongo", "2026-07", 44_640], // 31 days
    ["kongo", "2026-04", 43_260], // Sydney leaves daylight time on 5 April: one hour more
    ["kongo", "2026-10", 44_580], // and enters it on 4 October: one hour less
    ["kongo", "2026-Q2", 131_100],
    ["kongo", "2026-Q4", 132_420],
  ])("%s %s has %d minutes", (which, label, minutes) => {
    const policy = which === "cm" ? cm : kongo;
    expect(availabilityReport(policy, parsePeriod(label, policy.zone), []).totalMinutes).toBe(minutes);
  });

  it("refuses what is not a month or a quarter", () => {
    expect(() => parsePeriod("2026-Q5", cm.zone)).toThrow(/write a quarter as 2026-Q1 or a month as 2026-03/);
    expect(() => parsePeriod("2026-13", cm.zone)).toThrow(/is not a period/);
  });
});

describe("the availability report", () => {
  it("CM: per product, excluded time taken out of the total, overlaps counted once, excluded wins over unavailable", () => {
    const q1 = parsePeriod("2026-Q1", cm.zone);
    const report = availabilityReport(cm, q1, [
      window(cm, "i1", "2026-03-10T10:00:00", "2026-03-10T11:00:00", { products: ["Voice"] }),
      window(cm, "i2", "2026-03-10T10:20:00", "2026-03-10T10:40:00", { products: ["voice"] }),
      window(cm, "m1", "2026-03-10T10:30:00", "2026-03-10T12:00:00", {
        products: ["Voice"],
        excluded: "maintenance",
      }),
      window(cm, "d1", "2026-03-11T10:00:00", "2026-03-11T18:00:00", {
        products: ["Voice"],
        impact: "degraded",
      }),
      // Clipped to the quarter: 30 minutes of it fall in Q1.
      window(cm, "i3", "2025-12-31T23:30:00", "2026-01-01T00:30:00", { products: ["Service Cloud"] }),
    ]);
    const voice = report.products.find((p) => p.product === "Voice");
    // 60 minutes unavailable, of which the last 30 are maintenance: 30 unavailable, 90 excluded.
    expect(voice).toMatchObject({
      commitmentPercent: 99.99,
      unavailableMinutes: 30,
      excludedMinutes: 90,
      met: false,
    });
    expect(voice?.availabilityPercent).toBeCloseTo(((129_540 - 90 - 30) / (129_540 - 90)) * 100, 12);
    // (129,540 - 90) x 0.01 % = 12.945 minutes allowed, 30 used.
    expect(voice?.minutesLeft).toBeCloseTo(12.945 - 30, 9);
    const service = report.products.find((p) => p.product === "Service Cloud");
    expect(service).toMatchObject({ unavailableMinutes: 30, excludedMinutes: 0, met: true });
    expect(service?.minutesLeft).toBeCloseTo(129.54 - 30, 9);
    expect(report.creditPercent).toBeNull();
  });

  it("Kongo: excluded time is not downtime and stays in the total; a miss costs the month's fee", () => {
    const june = parsePeriod("2026-06", kongo.zone);
    const outage = [
      window(kongo, "i1", "2026-06-10T10:00:00", "2026-06-10T10:40:00"),
      window(kongo, "i2", "2026-06-10T10:30:00", "2026-06-10T11:00:00"),
      window(kongo, "m1", "2026-06-13T01:00:00", "2026-06-13T03:00:00", { excluded: "maintenance" }),
    ];
    const report = availabilityReport(kongo, june, outage);
    const connector = report.products[0];
    expect(connector).toMatchObject({
      product: "HubSpot Connector",
      unavailableMinutes: 60,
      excludedMinutes: 120,
      met: false,
    });
    expect(connector?.availabilityPercent).toBeCloseTo(((43_200 - 60) / 43_200) * 100, 12);
    expect(connector?.minutesLeft).toBeCloseTo(43.2 - 60, 9);
    expect(report.creditPercent).toBe(100);
    // 43.2 minutes of downtime is exactly 99.9 %: met.
    const exactly = availabilityReport(kongo, june, [
      {
        id: "i",
        start: at("2026-06-10T10:00:00", kongo),
        end: at("2026-06-10T10:43:12", kongo),
        impact: "unavailable",
      },
    ]);
    expect(exactly.products[0]).toMatchObject({ met: true, minutesLeft: 0 });
    expect(exactly.creditPercent).toBe(0);
  });

  it("names the contract's products when an incident names another", () => {
    const june = parsePeriod("2026-06", kongo.zone);
    expect(() =>
      availabilityReport(kongo, june, [
        window(kongo, "i", "2026-06-10T10:00:00", "2026-06-10T11:00:00", { products: ["Voice"] }),
      ]),
    ).toThrow('"Voice" is not a product of this contract: use one of HubSpot Connector');
  });
});

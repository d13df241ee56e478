import { describe, expect, it } from "vitest";
import { checkMaintenance } from "../../../src/domain/reports/maintenance-rules.js";
import { parseInstant } from "../../../src/domain/sla/instant.js";
import type { Policy } from "../../../src/domain/sla/policy.js";
import { presetPolicy } from "../../../src/policies/presets.js";

const kongo = presetPolicy("kongo-hubspot") as Policy;
const cm = presetPolicy("cm-connect-engage") as Policy;
const HOUR = 3_600_000;

function check(policy: Policy, start: string, hours: number, announced: string, extra = {}) {
  return checkMaintenance(policy, {
    start: parseInstant(start, policy.zone),
    durationMs: hours * HOUR,
    announced: parseInstant(announced, policy.zone),
    emergency: false,
    usedMinutes: 0,
    ...extra,
  });
}

describe("maintenance windows against the contract", () => {
  it("Kongo: 72 hours' notice, outside Mon-Fri 08:00-18:00 Sydney, at most 3 hours a calendar year", () => {
    // Saturday 13 June 2026 01:00-02:00 Sydney, announced on Tuesday: fine.
    expect(check(kongo, "2026-06-13T01:00:00", 1, "2026-06-09T09:00:00")).toEqual({
      ok: true,
      problems: [],
      warnings: [],
      noticeHours: 88,
      requiredNoticeHours: 72,
    });
    const late = check(kongo, "2026-06-13T01:00:00", 1, "2026-06-11T09:00:00");
    expect(late).toMatchObject({ ok: false, noticeHours: 40 });
    expect(late.problems).toEqual([
      "40 hours of notice is less than the 72 hours Kongo HubSpot Connector requires before maintenance",
    ]);
    // Friday 17:30-18:30 touches business hours.
    const inHours = check(kongo, "2026-06-12T17:30:00", 1, "2026-06-01T09:00:00");
    expect(inHours.problems).toEqual([
      "the window overlaps the hours maintenance belongs outside (mon-fri 08:00-18:00 Australia/Sydney)",
    ]);
    const overYear = check(kongo, "2026-06-13T01:00:00", 1.5, "2026-06-01T09:00:00", { usedMinutes: 120 });
    expect(overYear.problems).toEqual([
      "210 minutes of scheduled downtime in 2026 is more than the 180 a calendar year allows",
    ]);
    expect(check(kongo, "2026-06-13T01:00:00", 1, "2026-06-01T09:00:00", { usedMinutes: 120 }).ok).toBe(true);
  });

  it("CM: two weeks' notice, 24 hours for emergency work; inside Business Hours is a warning, not a refusal", () => {
    const short = check(cm, "2026-06-13T22:00:00", 2, "2026-06-03T22:00:00");
    expect(short).toMatchObject({ ok: false, noticeHours: 240, requiredNoticeHours: 336 });
    const emergency = check(cm, "2026-06-13T22:00:00", 2, "2026-06-12T21:00:00", { emergency: true });
    expect(emergency).toMatchObject({ ok: true, noticeHours: 25, requiredNoticeHours: 24, problems: [] });
    expect(check(cm, "2026-06-13T22:00:00", 2, "2026-06-13T00:00:00", { emergency: true }).problems).toEqual([
      "22 hours of notice is less than the 24 hours CM.com Connect & Engage requires before emergency maintenance",
    ]);
    // Wednesday 10:00 Amsterdam: inside Business Hours.
    const daytime = check(cm, "2026-06-17T10:00:00", 1, "2026-06-01T10:00:00");
    expect(daytime.ok).toBe(true);
    expect(daytime.warnings).toEqual([
      "the window overlaps the hours maintenance belongs outside (mon-fri 08:30-17:00 Europe/Amsterdam): higher-risk work should be done outside them",
    ]);
  });

  it("says so when the contract sets no maintenance rules", () => {
    const celigo = presetPolicy("celigo") as Policy;
    expect(check(celigo, "2026-06-13T01:00:00", 1, "2026-06-12T09:00:00")).toMatchObject({
      ok: true,
      warnings: ["Celigo integrator.io sets no maintenance rules"],
      requiredNoticeHours: null,
    });
  });
});

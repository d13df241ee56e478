import { describe, expect, it } from "vitest";
import { nextHandover, onCallAt, type Rotation } from "../../../src/domain/oncall/roster.js";

const ANN = { platform: "slack", id: "UANN", name: "Ann" } as const;
const BEN = { platform: "slack", id: "UBEN", name: "Ben" } as const;
const CY = { platform: "slack", id: "UCY", name: "Cy" } as const;
const rotation: Rotation = {
  zone: "Europe/Amsterdam",
  weekday: 1,
  minuteOfDay: 9 * 60,
  since: "2026-03-16",
  people: [ANN, BEN, CY],
};
const at = (iso: string) => Date.parse(iso);

describe("weekly rotation", () => {
  it("changes hands at the local handover time, across the switch to summer time", () => {
    expect(onCallAt(rotation, [], at("2026-03-16T08:59:00+01:00")).primary).toEqual(CY);
    expect(onCallAt(rotation, [], at("2026-03-16T09:00:00+01:00"))).toEqual({
      primary: ANN,
      secondary: BEN,
      source: "rotation",
      until: at("2026-03-23T09:00:00+01:00"),
    });
    // Summer time starts Sun 29 Mar: the handover stays at 09:00 local, now +02:00.
    expect(onCallAt(rotation, [], at("2026-03-30T08:59:00+02:00")).primary).toEqual(BEN);
    expect(onCallAt(rotation, [], at("2026-03-30T09:00:00+02:00")).primary).toEqual(CY);
    expect(onCallAt(rotation, [], at("2026-04-06T09:00:00+02:00")).primary).toEqual(ANN);
    expect(nextHandover(rotation, at("2026-03-27T12:00:00+01:00"))).toBe(at("2026-03-30T09:00:00+02:00"));
  });

  it("lets the latest override covering the instant win, with the scheduled person as backup", () => {
    const overrides = [
      { user: BEN, from: at("2026-03-17T00:00:00Z"), until: at("2026-03-18T00:00:00Z"), by: "Ann" },
      { user: CY, from: at("2026-03-17T06:00:00Z"), until: null, by: "Ann" },
    ];
    expect(onCallAt(rotation, overrides, at("2026-03-17T03:00:00Z"))).toMatchObject({
      primary: BEN,
      secondary: ANN,
      source: "override",
    });
    expect(onCallAt(rotation, overrides, at("2026-03-17T07:00:00Z"))).toMatchObject({
      primary: CY,
      secondary: ANN,
      until: null,
    });
    expect(onCallAt(undefined, [], at("2026-03-17T07:00:00Z"))).toEqual({
      primary: null,
      secondary: null,
      source: "none",
      until: null,
    });
  });
});

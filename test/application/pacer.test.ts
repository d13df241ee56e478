import { describe, expect, it } from "vitest";
import { Pacer } from "../../src/application/pacer.js";

const pacing = { key: "teams:19:c:1", windows: [{ limit: 2, windowMs: 1000 }] };

describe("the pacer", () => {
  it("counts a send from when its answer came: a slow send pushes the next ones back", () => {
    const pacer = new Pacer();
    pacer.count(pacing, 0);
    pacer.count(pacing, 10);
    expect(pacer.nextSlot(pacing, 20)).toBe(1000);
    // The first send's answer came only at 600 ms: it may have arrived that late.
    pacer.arrived(pacing, 0, 600);
    expect(pacer.nextSlot(pacing, 20)).toBe(1010);
    pacer.arrived(pacing, 10, 700);
    expect(pacer.nextSlot(pacing, 20)).toBe(1600);
    expect(pacer.mayPost(pacing, 1599)).toBe(false);
    expect(pacer.mayPost(pacing, 1600)).toBe(true);
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/domain/priority/evaluation.js";
import type { Policy } from "../../../src/domain/sla/policy.js";
import { presetPolicy } from "../../../src/policies/presets.js";

interface Line {
  readonly policy: string;
  readonly text: string;
  readonly priority: string;
  readonly split: "dev" | "held-out";
}

/**
 * Client messages written from the seeds' level definitions, after the 2026-12-01 signal changes and
 * without tuning on them; 60 % for development, 40 % held out.
 */
const lines: Line[] = readFileSync(
  join(import.meta.dirname, "../../fixtures/labelled/client-messages.jsonl"),
  "utf8",
)
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as Line);

describe("the labelled client messages", () => {
  it("are well formed: a preset, one of its levels, and a 60/40 split for every contract", () => {
    for (const line of lines) {
      const policy = presetPolicy(line.policy);
      expect(policy, line.text).toBeDefined();
      expect(
        policy?.priorities.map((l) => l.id),
        line.text,
      ).toContain(line.priority);
      expect(["dev", "held-out"]).toContain(line.split);
    }
    for (const id of new Set(lines.map((l) => l.policy))) {
      const mine = lines.filter((l) => l.policy === id);
      expect(mine.filter((l) => l.split === "held-out").length / mine.length, id).toBeCloseTo(0.4, 1);
    }
  });

  it("hold the held-out accuracy measured (75 % after tuning on the dev part only): a change must not make it worse", () => {
    const heldOut = lines
      .filter((l) => l.split === "held-out")
      .map((l) => ({ policy: presetPolicy(l.policy) as Policy, text: l.text, expected: l.priority }));
    const result = evaluate(heldOut);
    expect(result.exact / result.total).toBeGreaterThanOrEqual(0.75);
    expect(result.misses.filter((m) => m.silentlyLow)).toEqual([]);
  });
});

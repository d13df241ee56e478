import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/domain/priority/evaluation.js";
import { cli } from "../support/cli.js";
import { aDesk, C_ACME, requirePolicy as policy, T_TRIAGE, U_ALICE, U_CARLA } from "../support/desk.js";

describe("measuring the priority suggestion", () => {
  it("counts exact matches by contract, what is confused with what, and top-level messages rated two levels lower", () => {
    const celigo = policy("celigo");
    const top = celigo.priorities[0]?.id as string;
    const lowest = celigo.priorities.at(-1)?.id as string;
    const result = evaluate([
      { policy: celigo, text: "Production is down for all users, no workaround", expected: top },
      { policy: celigo, text: "Could you add a dark mode some day", expected: lowest },
      { policy: celigo, text: "A typo in the footer of the settings page", expected: top },
    ]);
    expect(result.total).toBe(3);
    expect(result.byPolicy.get("celigo")?.total).toBe(3);
    const rows = [...(result.byPolicy.get("celigo")?.confusion.values() ?? [])].reduce(
      (n, row) => n + [...row.values()].reduce((a, b) => a + b),
      0,
    );
    expect(rows).toBe(3);
    const typo = result.misses.find((m) => m.text.startsWith("A typo"));
    expect(typo?.expected).toBe(top);
    expect(result.exact + result.misses.length).toBe(3);
  });

  it("stores an agent's reclassification in the ticket, exports it as a labelled message, and --evaluate counts it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sla-desk-reclassified-"));
    const storeFile = join(dir, "desk.sqlite");
    const desk = await aDesk(undefined, "2026-03-03T09:00:00+01:00", {}, storeFile);
    await desk.post(U_CARLA, C_ACME, "The reports page is slow for me");
    await desk.post(U_CARLA, C_ACME, "Invoices do not load for anyone since the release");
    await desk.command(U_ALICE, T_TRIAGE, "priority T-1 P4 only one user");

    const exported = await cli(["export", "reclassifications"], "", { SLA_DESK_STORE: storeFile });
    expect(exported.code).toBe(0);
    const lines = exported.out
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([
      expect.objectContaining({ ticket: 1, text: "The reports page is slow for me", priority: "P4" }),
    ]);

    const file = join(dir, "labelled.jsonl");
    writeFileSync(file, exported.out);
    const evaluated = await cli(["classify", "--evaluate", file], "", {});
    expect(evaluated.code).toBe(0);
    expect(evaluated.out).toMatch(/^exact: [01] of 1 \(/);
    expect(evaluated.out).toContain("expected \\ suggested");

    writeFileSync(file, '{"text": "down", "priority": "P9", "policy": "celigo"}\n');
    const refused = await cli(["classify", "--evaluate", file], "", {});
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("line 1: P9 is not a level of celigo");
  });
});

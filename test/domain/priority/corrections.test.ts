import { describe, expect, it } from "vitest";
import { classifyPriority } from "../../../src/domain/priority/classify.js";
import {
  type Correction,
  learnCorrections,
  MIN_CORRECTIONS,
} from "../../../src/domain/priority/corrections.js";
import type { Policy } from "../../../src/domain/sla/policy.js";
import { presetPolicy } from "../../../src/policies/presets.js";
import { OTHER_REPORTS, PRINTER_REPORTS } from "../../fixtures/printer-desk.js";
import { LABELLED_LINES } from "../../support/labelled-messages.js";

const preset = (id: string) => presetPolicy(id) as Policy;
const helpdesk = preset("managed-helpdesk");

const agreeing = (texts: readonly string[], policy: Policy): Correction[] =>
  texts.map((text) => ({ text, level: classifyPriority(text, policy).priority }));
const printerDesk = [
  ...PRINTER_REPORTS.map((text) => ({ text, level: "P4" })),
  ...agreeing(OTHER_REPORTS, helpdesk),
];

describe("learning from a desk's agents", () => {
  it(`learns nothing from fewer than ${MIN_CORRECTIONS} decisions: the rules decide`, () => {
    const learned = learnCorrections(helpdesk, printerDesk.slice(0, MIN_CORRECTIONS - 1));
    expect(learned.adopted).toBe(false);
    const text = "the printer by the kitchen is broken";
    expect(learned.suggest(text)).toEqual(classifyPriority(text, helpdesk));
  });

  it("follows agents who consistently rate a kind of issue otherwise, says so, and leaves the rest to the rules", () => {
    const learned = learnCorrections(helpdesk, printerDesk);
    expect(learned.adopted).toBe(true);
    expect(learned.correctedExact).toBeGreaterThan(learned.rulesExact);
    const printer = learned.suggest("the printer on the second floor is broken");
    expect(classifyPriority("the printer on the second floor is broken", helpdesk).priority).toBe("P3");
    expect(printer.priority).toBe("P4");
    expect(printer.reasons[0]).toMatch(/^this desk's agents rate messages like this P4 \(.*"printer"/);
    for (const text of [
      "the file server is down for everyone",
      "outlook keeps crashing for the sales team",
    ]) {
      expect(learned.suggest(text)).toEqual(classifyPriority(text, helpdesk));
    }
  });

  it("is not used when it does not beat the rules on the agents' own decisions (agents who disagree at random)", () => {
    const levels = helpdesk.priorities.map((level) => level.id);
    const random = [...PRINTER_REPORTS, ...OTHER_REPORTS].map((text, index) => ({
      text,
      level: levels[(index * 7 + 3) % levels.length] as string,
    }));
    const learned = learnCorrections(helpdesk, random);
    expect(learned.adopted).toBe(false);
    expect(learned.suggest(PRINTER_REPORTS[0] as string)).toEqual(
      classifyPriority(PRINTER_REPORTS[0] as string, helpdesk),
    );
  });

  it("never overrides a contract rule: Celigo's non-production issues stay low", () => {
    const celigo = preset("celigo");
    const sandbox = Array.from({ length: 25 }, (_, i) => ({
      text: `our sandbox flow ${i} fails with an error`,
      level: "high",
    }));
    const learned = learnCorrections(celigo, sandbox);
    expect(learned.suggest("our sandbox flow fails with an error").priority).toBe("low");
  });

  it("trained on the labelled development messages, never makes the held-out accuracy worse", () => {
    const lines = LABELLED_LINES;
    for (const id of new Set(lines.map((line) => line.policy))) {
      const policy = preset(id);
      const mine = lines.filter((line) => line.policy === id);
      const learned = learnCorrections(
        policy,
        mine
          .filter((line) => line.split === "dev")
          .map((line) => ({ text: line.text, level: line.priority })),
      );
      const heldOut = mine.filter((line) => line.split === "held-out");
      const exact = (suggest: (text: string) => string) =>
        heldOut.filter((line) => suggest(line.text) === line.priority).length;
      expect(
        exact((text) => learned.suggest(text).priority),
        id,
      ).toBeGreaterThanOrEqual(exact((text) => classifyPriority(text, policy).priority));
    }
  });
});

import { describe, expect, it } from "vitest";
import { classifyPriority, LOW_CONFIDENCE } from "../../../src/domain/priority/classify.js";
import { Policy } from "../../../src/domain/sla/policy.js";
import { PRESET_DOCUMENTS, presetPolicy } from "../../../src/policies/presets.js";
import { CLASSIFICATION_SET } from "../../fixtures/classification-set.js";

const preset = (id: string) => presetPolicy(id) as Policy;

describe("classifyPriority on the labelled set", () => {
  it("gets at least 90% of the labelled messages exactly right", () => {
    const misses: string[] = [];
    for (const message of CLASSIFICATION_SET) {
      const suggestion = classifyPriority(message.text, preset(message.policy));
      if (suggestion.priority !== message.expected) {
        misses.push(`${message.policy} ${message.expected} → ${suggestion.priority}: ${message.text}`);
      }
    }
    const accuracy = (CLASSIFICATION_SET.length - misses.length) / CLASSIFICATION_SET.length;
    console.log(
      `classification: ${CLASSIFICATION_SET.length - misses.length}/${CLASSIFICATION_SET.length} exact (${(accuracy * 100).toFixed(1)}%)`,
    );
    for (const miss of misses) console.log(`  miss: ${miss}`);
    expect(CLASSIFICATION_SET.length).toBeGreaterThanOrEqual(60);
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });
});

describe("classifyPriority", () => {
  it("says why, with the phrases it matched", () => {
    const suggestion = classifyPriority(
      "Global outage: the portal is down for every customer",
      preset("managed-helpdesk"),
    );
    expect(suggestion.priority).toBe("P1");
    expect(suggestion.reasons.join("\n")).toMatch(/global outage/i);
    expect(suggestion.confidence).toBeGreaterThan(LOW_CONFIDENCE);
  });
  it("is unsure about a message that says nothing of impact", () => {
    const suggestion = classifyPriority("Hello, can someone call me back?", preset("managed-helpdesk"));
    expect(suggestion.confidence).toBeLessThan(LOW_CONFIDENCE);
    // Nothing of impact: at most the wording layer's guess, which says that is all it is.
    expect(suggestion.reasons.filter((reason) => !reason.startsWith("worded like"))).toEqual([]);
  });
  it("maps onto each policy's own scale", () => {
    const text = "The system is down for our whole company, no workaround";
    expect(classifyPriority(text, preset("managed-helpdesk")).priority).toBe("P2");
    expect(classifyPriority(text, preset("celigo")).priority).toBe("urgent");
    expect(classifyPriority(text, preset("kissflow")).priority).toBe("critical");
    expect(classifyPriority(text, preset("kongo-hubspot")).priority).toBe("standard");
  });
  it("a workaround turns an outage into a lesser impact (the rules' reading)", () => {
    const down = classifyPriority(
      "Order import is failing and orders are not syncing, no workaround",
      preset("celigo"),
      { wording: false },
    );
    const workaround = classifyPriority(
      "Order import is failing, we upload the file manually for now",
      preset("celigo"),
      { wording: false },
    );
    expect(down.priority).toBe("urgent");
    expect(workaround.priority).toBe("high");
  });
  it("reads through a chat client's emphasis, and leaves names with underscores alone", () => {
    const connect = preset("cm-connect-engage");
    const plain = classifyPriority("all our whatsapp messages are stuck in pending", connect);
    for (const emphasised of [
      "_all_ our whatsapp messages are stuck in pending",
      "*all* our whatsapp messages are stuck in pending",
      "**all our whatsapp messages** are stuck in pending",
    ]) {
      const suggestion = classifyPriority(emphasised, connect);
      expect(suggestion.priority).toBe(plain.priority);
      expect(suggestion.reasons).toEqual(plain.reasons);
    }
    expect(plain.priority).toBe("P2");
    expect(
      classifyPriority("the field my_custom_field is empty for some contacts", connect).reasons.join("\n"),
    ).toMatch(/some/);
  });
});

describe("a contract's rule for non-production issues (policy data)", () => {
  it("puts every Celigo test, sandbox and staging issue at low, however it is worded, and says why", () => {
    const celigo = preset("celigo");
    for (const text of [
      "URGENT: sandbox sync is failing since the upgrade, production looks fine",
      "The staging flow errors out for everyone; production is not affected",
      "Our UAT environment is completely down!!",
    ]) {
      const suggestion = classifyPriority(text, celigo);
      expect(suggestion.priority, text).toBe("low");
      expect(suggestion.reasons.join(" "), text).toMatch(/non-production issue, low under this contract/);
    }
  });

  it("does not apply where production is affected too, nor under contracts without the rule", () => {
    expect(classifyPriority("Our sandbox and production are both down", preset("celigo")).priority).toBe(
      "urgent",
    );
    expect(
      classifyPriority("Flows fail in our test environment and also in production", preset("celigo"))
        .priority,
    ).not.toBe("low");
    const cm = preset("cm-connect-engage");
    expect(
      classifyPriority("URGENT: sandbox is down for all users, production looks fine", cm).reasons.join(" "),
    ).not.toMatch(/under this contract/);
  });

  it("is checked against the contract's levels", () => {
    const document = structuredClone(PRESET_DOCUMENTS.find((d) => d.id === "celigo")) as Record<
      string,
      unknown
    > & {
      classification: Record<string, unknown>;
    };
    document.classification = { ...document.classification, nonProductionLevel: "lowest" };
    expect(() => Policy.fromDocument(document)).toThrow(/nonProductionLevel/);
  });
});

describe("plain words clients use (managed-helpdesk's levels)", () => {
  const helpdesk = preset("managed-helpdesk");
  const level = (text: string) => classifyPriority(text, helpdesk).priority;

  it.each([
    "Nobody can get into the portal since 9:00",
    "The API is not responding for anyone",
    "Order sync stopped completely, nothing is processing",
    "We get 401 for all our requests",
    "Blank screen after login for basically all our agents",
    "Only 2 of 60 people can get in",
  ])("%j reads as an outage", (text) => {
    expect(["P1", "P2"]).toContain(level(text));
    expect(classifyPriority(text, helpdesk).confidence).toBeGreaterThanOrEqual(LOW_CONFIDENCE);
  });

  it("narrows to one user: an error for one person is no outage", () => {
    expect(["P1", "P2"]).not.toContain(level("The reports export fails with error 500 for one user"));
  });

  it.each([
    "Is there a way to export invoices to CSV?",
    "Would be nice if the dashboard had a dark mode",
    "Can you build a connector for our ERP?",
    "We plan to upgrade next quarter, can you help us prepare",
  ])("%j is a question or a request for later, at the bottom levels", (text) => {
    expect(["P5", "P6"]).toContain(level(text));
  });

  it("reads a missing way round as no workaround, and 'instead of' as none", () => {
    const suggestion = classifyPriority(
      "Flows are failing and there is no manual way to push the orders",
      helpdesk,
    );
    expect(suggestion.reasons.join(" ")).toContain("no workaround");
    expect(suggestion.reasons.join(" ")).not.toContain("there is a workaround");
    expect(
      classifyPriority("Orders go to the old warehouse instead of the new one", helpdesk).reasons,
    ).not.toContain("there is a workaround");
  });
});

import { describe, expect, it } from "vitest";
import { predictWith, trainLogisticRegression } from "../../../src/domain/priority/logistic-regression.js";

const EXAMPLES = [
  { features: ["down", "everyone", "scope:everyone"], label: "outage" },
  { features: ["down", "nobody", "scope:everyone"], label: "outage" },
  { features: ["unreachable", "everyone"], label: "outage" },
  { features: ["slow", "sometimes"], label: "minor" },
  { features: ["slow", "one", "scope:one"], label: "minor" },
  { features: ["typo", "label"], label: "trivial" },
  { features: ["typo", "colour", "label"], label: "trivial" },
];
const LABELS = ["outage", "minor", "trivial"];

describe("the logistic regression the wording layer runs on", () => {
  it("learns which words point at which label, and names them", () => {
    const model = trainLogisticRegression(EXAMPLES, LABELS);
    const outage = predictWith(model, ["down", "everyone"]);
    expect(outage.label).toBe("outage");
    expect(outage.posterior).toBeGreaterThan(0.5);
    expect(outage.telling).toContain("down");
    expect(predictWith(model, ["typo"]).label).toBe("trivial");
    expect(predictWith(model, ["slow"]).label).toBe("minor");
  });

  it("names words only, never dimensions or unseen words, as what it went by", () => {
    const model = trainLogisticRegression(EXAMPLES, LABELS);
    const prediction = predictWith(model, ["scope:everyone", "down", "never-seen"]);
    expect(prediction.telling).toEqual(["down"]);
    // a message of words it never saw leans on the labels' base rates alone, and names nothing
    expect(predictWith(model, ["never-seen"]).telling).toEqual([]);
  });

  it("trains the same model from the same examples, run after run", () => {
    const first = trainLogisticRegression(EXAMPLES, LABELS);
    const second = trainLogisticRegression(EXAMPLES, LABELS);
    expect([...second.bias]).toEqual([...first.bias]);
    for (const [feature, row] of first.weights)
      expect([...(second.weights.get(feature) ?? [])]).toEqual([...row]);
  });

  it("gives probabilities: the label's posterior is the largest and at most 1", () => {
    const model = trainLogisticRegression(EXAMPLES, LABELS);
    const prediction = predictWith(model, ["down", "slow", "typo"]);
    expect(prediction.posterior).toBeGreaterThan(1 / LABELS.length);
    expect(prediction.posterior).toBeLessThanOrEqual(1);
  });
});

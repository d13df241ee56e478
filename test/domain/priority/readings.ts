import { classifyPriority } from "../../../src/domain/priority/classify.js";
import { type Dimensions, dimensionsOf } from "../../../src/domain/priority/dimensions.js";
import { rateImpact } from "../../../src/domain/priority/impact-rating.js";
import { rateAsRequest } from "../../../src/domain/priority/request-rating.js";
import { analyse } from "../../../src/domain/priority/text-analysis.js";
import { Policy } from "../../../src/domain/sla/policy.js";
import { presetPolicy } from "../../../src/policies/presets.js";

/** The dimensions read in a message. */
export const read = (text: string): Dimensions => dimensionsOf(analyse(text));

/** The level suggested under a preset, the wording layer included. */
export const level = (text: string, policy: string) =>
  classifyPriority(text, presetPolicy(policy) as Policy).priority;

/** The level the rules read, before the wording layer may weigh in on a borderline call. */
export const ruledLevel = (text: string, id: string) => {
  const policy = presetPolicy(id) as Policy;
  const analysed = analyse(text);
  const found = dimensionsOf(analysed);
  const rating = rateAsRequest(analysed, found, policy) ?? rateImpact(analysed, found, policy);
  return rating.priority ?? policy.levelForSeverity(rating.severity);
};

/** A preset's document with one classification setting taken out, and the policy it makes. */
export const presetWithout = (id: string, setting: string) => {
  const document = structuredClone(presetPolicy(id)?.document) as { classification: Record<string, unknown> };
  delete document.classification[setting];
  return { document, policy: Policy.fromDocument(document) };
};

import { classifyPriority } from "../../../src/domain/priority/classify.js";
import { failingProducts } from "../../../src/domain/priority/contract-terms.js";
import { type Dimensions, dimensionsOf } from "../../../src/domain/priority/dimensions.js";
import { analyse } from "../../../src/domain/priority/text-analysis.js";
import { Policy } from "../../../src/domain/sla/policy.js";
import { presetPolicy } from "../../../src/policies/presets.js";

/** The dimensions read in a message. */
export const read = (text: string): Dimensions => dimensionsOf(analyse(text));

/** The Connect & Engage products a message names as failing, the ones its P1 and P2 are counted in. */
export const products = (text: string) =>
  failingProducts(analyse(text), presetPolicy("cm-connect-engage") as Policy);

/** The level suggested under a preset, the wording layer included. */
export const level = (text: string, policy: string) =>
  classifyPriority(text, presetPolicy(policy) as Policy).priority;

/** The level the rules read, before the wording layer may weigh in on a borderline call. */
export const ruledLevel = (text: string, id: string) => ruledLevelUnder(text, presetPolicy(id) as Policy);

/** The level the rules read under a policy of the test's own. */
export const ruledLevelUnder = (text: string, policy: Policy) =>
  classifyPriority(text, policy, { wording: false }).priority;

/** A preset's document with one classification setting taken out, and the policy it makes. */
export const presetWithout = (id: string, setting: string) => {
  const document = structuredClone(presetPolicy(id)?.document) as { classification: Record<string, unknown> };
  delete document.classification[setting];
  return { document, policy: Policy.fromDocument(document) };
};

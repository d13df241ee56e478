import type { Policy } from "../sla/policy.js";
import { classifyPriority, type PrioritySuggestion } from "./classify.js";
import { featuresOfText } from "./features.js";
import { type NaiveBayes, predict, trainNaiveBayes } from "./naive-bayes.js";

/** A client's message and the level one of the desk's agents gave it. */
export interface Correction {
  readonly text: string;
  readonly level: string;
}

/**
 * What a desk's agents taught it, for one contract: a naive Bayes model over the message's dimensions and
 * words, trained on the agents' reclassifications. It is adopted only when, cross-validated on those
 * same reclassifications, rules-then-model gets strictly more of them right than the rules alone; and
 * then it overrides the rules only where it is very sure. So it cannot make the desk worse on what its
 * agents decide, and a contract's own rules (Celigo's non-production level) stay as they are.
 */
export interface LearnedCorrections {
  readonly policy: string;
  readonly examples: number;
  /** Cross-validated: how many of the agents' levels the rules alone got, and rules-then-model. */
  readonly rulesExact: number;
  readonly correctedExact: number;
  readonly adopted: boolean;
  /** The rules' suggestion, or the model's where it is adopted and sure. */
  suggest(text: string): PrioritySuggestion;
}

/** Fewer reclassifications than this teach nothing reliable. */
export const MIN_CORRECTIONS = 20;
/** How sure the model must be of a level to override the rules. */
const OVERRIDE_POSTERIOR = 0.9;
const FOLDS = 5;
interface Example {
  readonly features: readonly string[];
  readonly level: string;
  /** What the rules suggest for it, computed once. */
  readonly rules: PrioritySuggestion;
}

/** What reading a message gave, kept between learnings (reading is the costly part). */
export interface ReadingCache {
  get(key: string): Reading | undefined;
  set(key: string, reading: Reading): unknown;
}

interface Reading {
  readonly features: readonly string[];
  readonly rules: PrioritySuggestion;
}

export function learnCorrections(
  policy: Policy,
  corrections: readonly Correction[],
  cache: ReadingCache = new Map(),
): LearnedCorrections {
  const levels = new Set(policy.priorities.map((level) => level.id));
  const examples: Example[] = corrections
    .filter((correction) => levels.has(correction.level))
    .map((correction) => {
      const key = `${policy.id}\n${correction.text}`;
      const reading = cache.get(key) ?? {
        features: featuresOfText(correction.text),
        rules: classifyPriority(correction.text, policy),
      };
      cache.set(key, reading);
      return { ...reading, level: correction.level };
    });
  let rulesExact = 0;
  let correctedExact = 0;
  if (examples.length >= MIN_CORRECTIONS) {
    for (let fold = 0; fold < FOLDS; fold += 1) {
      const training = examples.filter((_, index) => index % FOLDS !== fold);
      const model = train(training, policy);
      for (const example of examples.filter((_, index) => index % FOLDS === fold)) {
        if (example.rules.priority === example.level) rulesExact += 1;
        if (corrected(model, example.features, example.rules).priority === example.level) correctedExact += 1;
      }
    }
  }
  const adopted = examples.length >= MIN_CORRECTIONS && correctedExact > rulesExact;
  const model = adopted ? train(examples, policy) : undefined;
  return {
    policy: policy.id,
    examples: examples.length,
    rulesExact,
    correctedExact,
    adopted,
    suggest(text) {
      const rules = classifyPriority(text, policy);
      if (model === undefined) return rules;
      return corrected(model, featuresOfText(text), rules);
    },
  };
}

/** The rules' suggestion, unless the model is sure of another level (and no contract rule decided it). */
function corrected(
  model: NaiveBayes,
  features: readonly string[],
  rules: PrioritySuggestion,
): PrioritySuggestion {
  const { label: level, posterior, telling } = predict(model, features);
  // Without a word it has seen at that level, the model would only be repeating what is most common.
  if (level === rules.priority || posterior < OVERRIDE_POSTERIOR || telling.length === 0) return rules;
  if (rules.byContract) return rules;
  const words = ` (${telling.map((word) => `"${word}"`).join(", ")})`;
  return {
    ...rules,
    priority: level,
    confidence: Math.round(posterior * 100) / 100,
    reasons: [`this desk's agents rate messages like this ${level}${words}`, ...rules.reasons],
  };
}

function train(examples: readonly Example[], policy: Policy): NaiveBayes {
  return trainNaiveBayes(
    examples.map((example) => ({ features: example.features, label: example.level })),
    policy.priorities.map((level) => level.id),
  );
}

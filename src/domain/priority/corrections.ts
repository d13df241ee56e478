import type { Policy } from "../sla/policy.js";
import { classifyPriority, type PrioritySuggestion } from "./classify.js";
import { type Dimensions, dimensionsOf } from "./dimensions.js";
import { analyse } from "./text-analysis.js";

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
/** Words too common to say anything about a level. */
const STOPWORDS = new Set(
  "the a an be to of and or in on for with at by from it this that we our us you your i my me they them their is are was have has do not no can will would could should as so but if there here just all any some".split(
    " ",
  ),
);

interface Example {
  readonly features: readonly string[];
  readonly level: string;
  /** What the rules suggest for it, computed once. */
  readonly rules: PrioritySuggestion;
}

interface NaiveBayes {
  readonly levels: readonly string[];
  readonly logPrior: ReadonlyMap<string, number>;
  readonly counts: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly totals: ReadonlyMap<string, number>;
  readonly vocabulary: number;
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
        features: featuresOf(correction.text),
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
      return corrected(model, featuresOf(text), rules);
    },
  };
}

/** The rules' suggestion, unless the model is sure of another level (and no contract rule decided it). */
function corrected(
  model: NaiveBayes,
  features: readonly string[],
  rules: PrioritySuggestion,
): PrioritySuggestion {
  const { level, posterior, telling } = predict(model, features);
  // Without a word it has seen at that level, the model would only be repeating what is most common.
  if (level === rules.priority || posterior < OVERRIDE_POSTERIOR || telling.length === 0) return rules;
  if (rules.reasons.some(isContractRule)) return rules;
  const words = ` (${telling.map((word) => `"${word}"`).join(", ")})`;
  return {
    ...rules,
    priority: level,
    confidence: Math.round(posterior * 100) / 100,
    reasons: [`this desk's agents rate messages like this ${level}${words}`, ...rules.reasons],
  };
}

function isContractRule(reason: string): boolean {
  return reason.includes("under this contract");
}

/** The message's dimensions (`scope:everyone`) and its content words, negated ones marked (`~load`). */
function featuresOf(text: string): string[] {
  const analysed = analyse(text);
  const dimensions: Dimensions = dimensionsOf(analysed);
  const features = Object.entries(dimensions)
    .filter(([, found]) => found !== undefined)
    .map(([name, found]) => `${name}:${String((found as { value: unknown }).value)}`);
  for (const word of analysed.lemmas.split(/[ |]+/)) {
    const bare = word.replace(/^~/, "");
    if (bare.length < 3 || STOPWORDS.has(bare) || !/^\p{L}+$/u.test(bare)) continue;
    features.push(word);
  }
  return [...new Set(features)];
}

function train(examples: readonly Example[], policy: Policy): NaiveBayes {
  const levels = policy.priorities.map((level) => level.id);
  const counts = new Map(levels.map((level) => [level, new Map<string, number>()]));
  const totals = new Map(levels.map((level) => [level, 0]));
  const perLevel = new Map(levels.map((level) => [level, 0]));
  const vocabulary = new Set<string>();
  for (const { features, level } of examples) {
    perLevel.set(level, (perLevel.get(level) ?? 0) + 1);
    const tally = counts.get(level);
    if (tally === undefined) continue;
    for (const feature of features) {
      tally.set(feature, (tally.get(feature) ?? 0) + 1);
      totals.set(level, (totals.get(level) ?? 0) + 1);
      vocabulary.add(feature);
    }
  }
  const logPrior = new Map(
    levels.map((level) => [
      level,
      Math.log(((perLevel.get(level) ?? 0) + 1) / (examples.length + levels.length)),
    ]),
  );
  return { levels, logPrior, counts, totals, vocabulary: vocabulary.size };
}

function predict(
  model: NaiveBayes,
  features: readonly string[],
): { level: string; posterior: number; telling: string[] } {
  const known = features.filter((feature) =>
    model.levels.some((level) => model.counts.get(level)?.has(feature)),
  );
  const likelihood = (level: string, feature: string) =>
    Math.log(
      ((model.counts.get(level)?.get(feature) ?? 0) + 1) /
        ((model.totals.get(level) ?? 0) + model.vocabulary + 1),
    );
  const scores = model.levels.map((level) => ({
    level,
    score:
      (model.logPrior.get(level) ?? 0) + known.reduce((sum, feature) => sum + likelihood(level, feature), 0),
  }));
  const best = Math.max(...scores.map((s) => s.score));
  const normaliser = scores.reduce((sum, s) => sum + Math.exp(s.score - best), 0);
  const top = scores.reduce((a, b) => (b.score > a.score ? b : a));
  // The words that point at the level most against the others: the learned reason, in the client's terms.
  const telling = known
    .filter((feature) => !feature.includes(":"))
    .map((feature) => ({
      feature,
      lift:
        likelihood(top.level, feature) -
        Math.max(...model.levels.filter((l) => l !== top.level).map((l) => likelihood(l, feature))),
    }))
    .filter((entry) => entry.lift > 0)
    .sort((a, b) => b.lift - a.lift)
    .slice(0, 3)
    .map((entry) => entry.feature.replace(/^~/, "not "));
  return { level: top.level, posterior: 1 / normaliser, telling };
}

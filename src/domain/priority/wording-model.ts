import { ASKED } from "./ask-instead.js";
import type { Dimensions } from "./dimensions.js";
import { featuresOf } from "./features.js";
import { LABELLED_WORDING } from "./labelled-wording.js";
import { type NaiveBayes, type Prediction, predict, trainNaiveBayes } from "./naive-bayes.js";
import type { Rating } from "./rating.js";
import { downplayed } from "./reach.js";
import { isNarrow, isWide } from "./scope-cues.js";
import { SEVERITIES, type Severity } from "./severity.js";
import { type AnalysedText, analyse } from "./text-analysis.js";

let model: NaiveBayes | undefined;

function wordingModel(): NaiveBayes {
  model ??= trainNaiveBayes(
    LABELLED_WORDING.map(([severity, text]) => ({ features: featuresOf(analyse(text)), label: severity })),
    SEVERITIES,
  );
  return model;
}

/**
 * Trains the wording layer now (under a second: it reads every labelled message), so that the first unsure
 * client message does not wait for it: a serving desk calls it while starting.
 */
export function prepareWordingModel(): void {
  wordingModel();
}

/**
 * The severity the labelled messages' wording points at, for a message the rules are unsure of: a naive
 * Bayes model over dimensions and words, trained (once, in milliseconds) on the development part of the
 * labelled set across the presets, never on its held-out part.
 */
export function severityFromWording(
  analysed: AnalysedText,
  dimensions: Dimensions,
): (Prediction & { readonly label: Severity }) | undefined {
  const prediction = predict(wordingModel(), featuresOf(analysed, dimensions));
  const severity = SEVERITIES.find((s) => s === prediction.label);
  return severity === undefined ? undefined : { ...prediction, label: severity };
}

/**
 * Where the rules are unsure, the severity the labelled messages' wording points at, if it points clearly
 * and through words it has seen. Where the rules did read a level (a failure, a slowdown, a wrong result),
 * the wording may only move it to a neighbouring severity: it weighs a borderline call, it does not
 * overturn what the message says ("fails in test and also in production" is no question), nor a
 * contract's own rule for reading it (Connect & Engage's wrong results for everyone). Either way the
 * client is asked: the confidence stays below the threshold.
 */
export function byWording(
  analysed: AnalysedText,
  found: Dimensions,
  ruled: Rating,
  workedAroundNotRaised = false,
): Rating {
  const wording = severityFromWording(analysed, found);
  if (wording === undefined || wording.posterior < WORDING_POSTERIOR || wording.telling.length === 0)
    return ruled;
  if (wording.label === ruled.severity) return ruled;
  // Word statistics alone never page anyone: an outage is for the rules (or the client's answers) to find.
  if (wording.label === "outage" || wording.label === "widespread_outage") return ruled;
  const shift = SEVERITIES.indexOf(ruled.severity) - SEVERITIES.indexOf(wording.label);
  // Words never make a report of one person, some cases or a part beside parts that work more severe:
  // who is affected is what the contracts' levels turn on, and the rules read it.
  if (shift > 0 && found.state !== undefined && isNarrow(found.scope?.value)) return ruled;
  // Nor a wrong result that comes and goes ("sent twice once in a while"): how often it happens is what
  // the rules read, and the words of reports of constant faults say nothing about it.
  if (shift > 0 && found.intermittent !== undefined && found.state?.value === "wrong") return ruled;
  // Nor one person's or one case's, where the rules read nothing failing: "one customer complains she gets
  // our SMS at night".
  const oneOnly = found.scope?.value === "one" || found.scope?.value === "some cases";
  if (shift > 0 && found.state === undefined && oneOnly) return ruled;
  // Nor a failure the rules read that the client works around, or beside parts that still work, where the
  // contract says so.
  const workedAround = found.workaround?.value === "present" || found.sparedPart !== undefined;
  if (shift > 0 && workedAround && workedAroundNotRaised && found.state !== undefined) return ruled;
  // Nor a failure the rules read for everyone less severe: "does nothing for all agents" is not one person's.
  if (shift < 0 && isFailure(found) && isWide(found.scope?.value)) return ruled;
  // Nor what the rules read as out of service: "the inbox search is down" is that part out, whatever the
  // words around it usually report.
  if (shift < 0 && found.state?.value === "down") return ruled;
  // Nor a late or wrong result the client calls small: "our auto-replies are just a bit late"; nor a
  // slowdown nobody waits on: "the recordings take 30 seconds, agents listen to them later anyway".
  const smallResult =
    found.state === undefined || found.state.value === "wrong" || found.state.value === "degraded";
  if (shift > 0 && smallResult && found.criticality?.value === "minor") return ruled;
  const slow = found.state?.value === "severely degraded" || found.state?.value === "degraded";
  if (shift > 0 && slow && downplayed(found)) return ruled;
  const step = Math.abs(shift);
  if (ruled.confidence >= ASKED && (step > 1 || ruled.byReading)) return ruled;
  const words = wording.telling.map((word) => `"${word}"`).join(", ");
  return {
    severity: wording.label,
    confidence: Math.min(ruled.confidence, ASKED),
    reasons: [...ruled.reasons, `worded like reports of ${SEVERITY_WORDS[wording.label]} (${words})`],
  };
}

/** How sure the wording layer must be to replace an unsure rating. */
const WORDING_POSTERIOR = 0.5;

const SEVERITY_WORDS: Record<Severity, string> = {
  widespread_outage: "a widespread outage",
  outage: "an outage",
  major_impact: "a major impact",
  minor_impact: "a minor impact",
  trivial: "a small issue or a question",
  planned: "a request for later",
};

function isFailure(found: Dimensions): boolean {
  return found.state?.value === "down" || found.state?.value === "broken";
}

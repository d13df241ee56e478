import type { Dimensions } from "./dimensions.js";
import { featuresOf } from "./features.js";
import { LABELLED_WORDING } from "./labelled-wording.js";
import { type NaiveBayes, type Prediction, predict, trainNaiveBayes } from "./naive-bayes.js";
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
 * Trains the wording layer now (some 0.2 s: it reads every labelled message), so that the first unsure
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

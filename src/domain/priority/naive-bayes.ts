/**
 * A multinomial naive Bayes model over a message's features, with add-one smoothing: small, explainable
 * (the words that point at its answer), and trained in milliseconds on a few thousand messages.
 */
export interface NaiveBayes {
  readonly labels: readonly string[];
  readonly logPrior: ReadonlyMap<string, number>;
  readonly counts: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly totals: ReadonlyMap<string, number>;
  readonly vocabulary: number;
}

export interface Prediction {
  readonly label: string;
  /** 0..1, as the model sees it. */
  readonly posterior: number;
  /** 0..1 for each label, where the model gives them all. */
  readonly posteriors?: Readonly<Record<string, number>>;
  /** Up to three words the model has seen that point at the label more than at any other. */
  readonly telling: readonly string[];
}

export function trainNaiveBayes(
  examples: readonly { readonly features: readonly string[]; readonly label: string }[],
  labels: readonly string[],
): NaiveBayes {
  const counts = new Map(labels.map((label) => [label, new Map<string, number>()]));
  const totals = new Map(labels.map((label) => [label, 0]));
  const perLabel = new Map(labels.map((label) => [label, 0]));
  const vocabulary = new Set<string>();
  for (const { features, label } of examples) {
    const tally = counts.get(label);
    if (tally === undefined) continue;
    perLabel.set(label, (perLabel.get(label) ?? 0) + 1);
    for (const feature of features) {
      tally.set(feature, (tally.get(feature) ?? 0) + 1);
      totals.set(label, (totals.get(label) ?? 0) + 1);
      vocabulary.add(feature);
    }
  }
  const logPrior = new Map(
    labels.map((label) => [
      label,
      Math.log(((perLabel.get(label) ?? 0) + 1) / (examples.length + labels.length)),
    ]),
  );
  return { labels, logPrior, counts, totals, vocabulary: vocabulary.size };
}

/** Each feature the model has seen, with its log-likelihood under each label (in the labels' order). */
type LogLikelihoods = ReadonlyMap<string, readonly number[]>;

/** Worked out once per model: predicting runs on every client message. */
const LOG_LIKELIHOODS = new WeakMap<NaiveBayes, LogLikelihoods>();

function logLikelihoodsOf(model: NaiveBayes): LogLikelihoods {
  let table = LOG_LIKELIHOODS.get(model);
  if (table !== undefined) return table;
  const seen = new Set(model.labels.flatMap((label) => [...(model.counts.get(label)?.keys() ?? [])]));
  table = new Map(
    [...seen].map((feature) => [
      feature,
      model.labels.map((label) =>
        Math.log(
          ((model.counts.get(label)?.get(feature) ?? 0) + 1) /
            ((model.totals.get(label) ?? 0) + model.vocabulary + 1),
        ),
      ),
    ]),
  );
  LOG_LIKELIHOODS.set(model, table);
  return table;
}

export function predict(model: NaiveBayes, features: readonly string[]): Prediction {
  const table = logLikelihoodsOf(model);
  const known = features.filter((feature) => table.has(feature));
  const likelihood = (labelIndex: number, feature: string) => table.get(feature)?.[labelIndex] ?? 0;
  const scores = model.labels.map((label, labelIndex) => ({
    label,
    labelIndex,
    score:
      (model.logPrior.get(label) ?? 0) +
      known.reduce((sum, feature) => sum + likelihood(labelIndex, feature), 0),
  }));
  const best = scores.reduce((a, b) => (b.score > a.score ? b : a));
  const normaliser = scores.reduce((sum, s) => sum + Math.exp(s.score - best.score), 0);
  const telling = known
    // the words themselves, not dimensions nor word pairs: what a person can check in the message
    .filter((feature) => !feature.includes(":") && !feature.includes(" "))
    .map((feature) => ({
      feature,
      lift:
        likelihood(best.labelIndex, feature) -
        Math.max(
          ...scores.filter((s) => s.label !== best.label).map((s) => likelihood(s.labelIndex, feature)),
        ),
    }))
    .filter((entry) => entry.lift > 0)
    .sort((a, b) => b.lift - a.lift)
    .slice(0, 3)
    .map((entry) => entry.feature.replace(/^~/, "not "));
  return { label: best.label, posterior: 1 / normaliser, telling };
}

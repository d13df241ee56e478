import { type Dimensions, dimensionsOf } from "./dimensions.js";
import { type AnalysedText, analyse } from "./text-analysis.js";

/** Words too common to say anything about a level. */
const STOPWORDS = new Set(
  "the a an be to of and or in on for with at by from it this that we our us you your i my me they them their is are was have has do not no can will would could should as so but if there here just all any some".split(
    " ",
  ),
);

/**
 * What the statistical layers read in a message: its dimensions (`scope:everyone`) and its content words,
 * negated ones marked (`~load`).
 */
export function featuresOf(
  analysed: AnalysedText,
  dimensions: Dimensions = dimensionsOf(analysed),
): string[] {
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

export function featuresOfText(text: string): string[] {
  return featuresOf(analyse(text));
}

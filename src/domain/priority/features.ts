import { type Dimensions, dimensionsOf } from "./dimensions.js";
import { type AnalysedText, analyse } from "./text-analysis.js";

/**
 * Words too common to say anything about a level, and the names of days and months: when an issue
 * started says nothing about how severe it is, and a handful of labelled messages would otherwise tie
 * "tuesday" to a level.
 */
const STOPWORDS = new Set(
  [
    "the a an be to of and or in on for with at by from it this that we our us you your i my me they them their is are was have has do not no can will would could should as so but if there here just all any some",
    "monday tuesday wednesday thursday friday saturday sunday",
    "january february march april may june july august september october november december",
  ]
    .join(" ")
    .split(" "),
);

/**
 * What the statistical layers read in a message: its dimensions (`scope:everyone`), its content words,
 * negated ones marked (`~load`), and each pair of content words that follow each other in a sentence
 * (`~show message`): "not show" beside "message" says more than either word alone. Checked by five-fold
 * cross-validation over the development messages: the pairs add five or six right suggestions in 2,282.
 */
export function featuresOf(
  analysed: AnalysedText,
  dimensions: Dimensions = dimensionsOf(analysed),
): string[] {
  const features = Object.entries(dimensions)
    .filter(([, found]) => found !== undefined)
    .map(([name, found]) => `${name}:${String((found as { value: unknown }).value)}`);
  for (const sentence of analysed.lemmas.split("|")) {
    const words = sentence.split(" ").filter(isContentWord);
    features.push(...words);
    for (let i = 1; i < words.length; i++) features.push(`${words[i - 1]} ${words[i]}`);
  }
  return [...new Set(features)];
}

function isContentWord(word: string): boolean {
  const bare = word.replace(/^~/, "");
  return bare.length >= 3 && !STOPWORDS.has(bare) && /^\p{L}+$/u.test(bare);
}

export function featuresOfText(text: string): string[] {
  return featuresOf(analyse(text));
}

import { createRequire } from "node:module";
import type { ItsFunction, Model, WinkMethods } from "wink-nlp";

// wink-nlp and its English model as the classifier uses them: loaded once, read the same whatever was
// read before, and let go of before the words it did not know fill the heap.

let nlp: WinkMethods | undefined;
/** How many words the model's own lexicon holds: a word with a higher id is one it did not know. */
let knownWords = 0;
/** The highest word id seen since the model was loaded. */
let highestWordId = 0;

/**
 * wink-nlp adds every word it does not know (names, order numbers, typos) to its lexicon for as long as
 * the instance lives, some 150 bytes each: a desk reading clients' messages for months would grow
 * without end. Past this many new ids (a word can take two), the instance is dropped and the next
 * message loads a fresh one (0.1 s).
 */
const UNKNOWN_WORD_IDS_KEPT = 100_000;

type LexiconCache = {
  lookup: (text: string) => number[] | null;
  add: (text: string, category: number) => number;
  intrinsicSize: () => number;
};
type MakeLexiconCache = ((model: unknown, features: unknown) => LexiconCache) & {
  splitsUnknownWordsAlike?: true;
};

/**
 * wink-nlp looks each word up in a cache that also holds every unknown word it has met, and splits a word
 * it has met differently from one it has not: once it has read "instead of today's." it reads "today's
 * payments" as one word, where before it read "today 's". A message would then read differently
 * depending on the messages this process read before it (and the training set's words). The tokenizer's
 * lookups are limited to the model's own lexicon, so that every message is split as the first one would
 * be; adding a word (whose features look it up again) still finds the words met.
 */
function splitUnknownWordsAlike(require: NodeJS.Require): void {
  let path: string;
  try {
    path = require.resolve("wink-nlp/src/cache.js");
  } catch {
    // another wink-nlp layout: it reads as it always has (the text-analysis tests say so)
    return;
  }
  const makeCache = require("wink-nlp/src/cache.js") as MakeLexiconCache;
  const loaded = require.cache[path];
  if (makeCache.splitsUnknownWordsAlike || loaded === undefined) return;
  const knownWordsOnly: MakeLexiconCache = (model, features) => {
    const cache = makeCache(model, features);
    const { lookup, add } = cache;
    if (
      typeof lookup !== "function" ||
      typeof add !== "function" ||
      typeof cache.intrinsicSize !== "function"
    )
      return cache;
    const ownWords = cache.intrinsicSize();
    let adding = false;
    cache.add = (text, category) => {
      adding = true;
      try {
        return add(text, category);
      } finally {
        adding = false;
      }
    };
    cache.lookup = (text) => {
      const found = lookup(text);
      const metBefore = found !== null && found.length === 1 && (found[0] ?? 0) >= ownWords;
      return metBefore && !adding ? null : found;
    };
    return cache;
  };
  knownWordsOnly.splitsUnknownWordsAlike = true;
  loaded.exports = knownWordsOnly;
}

/** wink-nlp's English model is some 16 MB of heap, so it is loaded by the first message classified. */
export function language(): WinkMethods {
  if (nlp === undefined) {
    const require = createRequire(import.meta.url);
    splitUnknownWordsAlike(require);
    const winkNlp = require("wink-nlp") as (model: Model, pipe?: string[]) => WinkMethods;
    const model = require("wink-eng-lite-web-model") as Model;
    nlp = winkNlp(model, ["sbd", "negation", "pos"]);
    // The first word the lexicon does not know gets the first id past its own words.
    knownWords = Number(nlp.readDoc("qzxjvkw").tokens().out(nlp.its.uniqueId)[0]);
    highestWordId = knownWords;
  }
  return nlp;
}

/** The highest word id seen so far: what the model holds beyond its own words. */
export function noteWordId(id: number): void {
  highestWordId = Math.max(highestWordId, id);
}

/** Drops the instance once it holds too many unknown words; the next message loads a fresh one. */
export function letUnknownWordsGoIfTooMany(): void {
  if (highestWordId - knownWords >= UNKNOWN_WORD_IDS_KEPT) nlp = undefined;
}

/** How many ids of unknown words the model keeps now (for the bound above). */
export function unknownWordIdsKept(): number {
  return nlp === undefined ? 0 : highestWordId - knownWords + 1;
}

/** Whether the English model knows the word (lowercase): one it does not know, quoted from a label, is misspelt. */
export function isKnownWord(word: string): boolean {
  const methods = language();
  const id = Number(methods.readDoc(word).tokens().out(methods.its.uniqueId)[0]);
  noteWordId(id);
  return id < knownWords;
}

/** The verb an "-ing" word is made from, as the model reads it after an auxiliary: "loading" load, "routing" route. */
export function verbOfParticiple(word: string): string | undefined {
  if (!/^[a-z]{3,}ing$/.test(word)) return undefined;
  const methods = language();
  const lemmas = methods
    .readDoc(`they are ${word}`)
    .tokens()
    .out(methods.its.lemma as ItsFunction<string>);
  const lemma = String(lemmas.at(-1) ?? word).toLowerCase();
  return lemma !== word ? lemma : undefined;
}

/**
 * Loads the English model now (some 0.3 s), so that the first client message is not the one that waits:
 * a serving desk calls it while starting.
 */
export function prepareLanguageModel(): void {
  language();
}

// A report word typed one slip of the fingers away: two letters swapped, one dropped, doubled or hit
// beside ("noboyd", "eevry", "otehr clienst", "wohle"). The list of misspellings in spelling.ts holds
// the ones clients type often; these are caught however they come.

import { isKnownWord } from "./language-model.js";
import { needingWords } from "./needed-words.js";
import { REPORT_WORDS } from "./report-words.js";

/** Keys next to each other, where a finger slips: "wprking", "evetyone". */
const NEIGHBOURS: Readonly<Record<string, string>> = {
  a: "qsz",
  b: "vghn",
  c: "xdfv",
  d: "serfcx",
  e: "wsdr",
  f: "drtgvc",
  g: "ftyhbv",
  h: "gyujnb",
  i: "ujko",
  j: "huikmn",
  k: "jiolm",
  l: "kop",
  m: "njk",
  n: "bhjm",
  o: "iklp",
  p: "ol",
  q: "wa",
  r: "edft",
  s: "awedxz",
  t: "rfgy",
  u: "yhji",
  v: "cfgb",
  w: "qase",
  x: "zsdc",
  y: "tghu",
  z: "asx",
};

/** One slip of the fingers away from the word: two letters swapped, one dropped, doubled or hit beside. */
function slipsOf(word: string): string[] {
  const slips: string[] = [];
  for (let i = 0; i < word.length - 1; i += 1)
    slips.push(word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2));
  // a dropped, doubled or neighbouring letter in a short word is too often another word or a name
  if (word.length < 5) return slips;
  for (let i = 0; i < word.length; i += 1) {
    slips.push(word.slice(0, i) + word.slice(i + 1));
    slips.push(word.slice(0, i + 1) + word.slice(i));
    for (const near of NEIGHBOURS[word.charAt(i)] ?? "")
      slips.push(word.slice(0, i) + near + word.slice(i + 1));
  }
  return slips;
}

let slipsToWords: ReadonlyMap<string, string> | undefined;

/** Each slip of a report word, to the word; a slip of two report words is left alone. */
function reportWordSlips(): ReadonlyMap<string, string> {
  if (slipsToWords !== undefined) return slipsToWords;
  const words = new Set(REPORT_WORDS);
  const slips = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const word of REPORT_WORDS) {
    for (const slip of slipsOf(word)) {
      if (words.has(slip) || slip === word) continue;
      const before = slips.get(slip);
      if (before !== undefined && before !== word) ambiguous.add(slip);
      else slips.set(slip, word);
    }
  }
  for (const slip of ambiguous) slips.delete(slip);
  slipsToWords = slips;
  return slips;
}

/** Whether a slip is a word of its own ("form", "from"): asked once per spelling met. */
const SLIP_IS_A_WORD = new Map<string, boolean>();

function slipIsAWord(slip: string): boolean {
  let known = SLIP_IS_A_WORD.get(slip);
  if (known === undefined) {
    known = isKnownWord(slip);
    // bounded: a client can type any number of distinct words
    if (SLIP_IS_A_WORD.size > 10_000) SLIP_IS_A_WORD.clear();
    SLIP_IS_A_WORD.set(slip, known);
  }
  return known;
}

const WORD = needingWords(/(?<![\p{L}\d'’.@/_-])\p{L}{4,}(?![\p{L}\d'’@/_-]|\.\p{L})/gu);

/** The word as meant, written in the slip's case: "Eveyrthing" is "Everything", "NOBOYD" "NOBODY". */
function asMeant(written: string): string {
  const slips = reportWordSlips();
  const lower = written.toLowerCase();
  const meant = slips.get(lower);
  if (meant === undefined || slipIsAWord(lower)) return written;
  return inCaseOf(written, meant);
}

/** The word meant, in the case it was written: all capitals, a capital first, or as it is. */
function inCaseOf(written: string, meant: string): string {
  if (written === written.toUpperCase()) return meant.toUpperCase();
  return written.charAt(0) === written.charAt(0).toUpperCase()
    ? meant.charAt(0).toUpperCase() + meant.slice(1)
    : meant;
}

/** The negations a report turns on, typed with the apostrophe. */
const NEGATIONS = [
  "can't",
  "won't",
  "don't",
  "doesn't",
  "didn't",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "hasn't",
  "haven't",
  "couldn't",
  "wouldn't",
  "shouldn't",
];

/**
 * Each negation with two of its characters swapped ("dosen't", "cna't", "does'nt", "isnt'"); none of those
 * is a word of its own, and a swap that makes another negation is left alone.
 */
const NEGATION_SLIPS: ReadonlyMap<string, string> = new Map(
  NEGATIONS.flatMap((negation) =>
    [...negation.slice(0, -1)].map(
      (_, i) =>
        [
          negation.slice(0, i) + negation.charAt(i + 1) + negation.charAt(i) + negation.slice(i + 2),
          negation,
        ] as const,
    ),
  ).filter(([slip]) => !NEGATIONS.includes(slip)),
);

const NEGATION_WRITTEN = needingWords(
  /(?<![\p{L}\d'’])\p{L}+'\p{L}*'?(?![\p{L}\d'’])|(?<![\p{L}\d'’])\p{L}{3,}'(?![\p{L}\d'’])/gu,
);

function negationAsMeant(written: string): string {
  const meant = NEGATION_SLIPS.get(written.toLowerCase());
  return meant === undefined ? written : inCaseOf(written, meant);
}

/** The text with every word one slip away from a report word, and no word of its own, written as that word. */
export function withSlipsReadAsMeant(text: string): string {
  return text.replace(NEGATION_WRITTEN, negationAsMeant).replace(WORD, asMeant);
}

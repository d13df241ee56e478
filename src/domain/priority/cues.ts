import { NeedingWords } from "./needed-words.js";
import { type AnalysedText, wordsBetween } from "./text-analysis.js";

export interface Found<T> {
  readonly value: T;
  /** The client's words that show it. */
  readonly evidence: string;
}

/** A cue: a pattern over the lemma line. `~word` is a negated word; a space matches the gap between words. */
export interface Cue<T> {
  readonly value: T;
  readonly pattern: RegExp;
}

/**
 * Builds a pattern over the lemma line: a word matches negated (`~word`) or not; `!` before a word or
 * group asks for it outside any negation, `~` inside one; `…` is up to five words of the same clause.
 */
function lemmaPattern(source: string): RegExp {
  // A suffix group ("slow(ly|er)", "(ing|ed)") follows a word: its `|` does not start a word.
  const expanded = source
    .replace(/(?<=[\w)])\(([^()?]*)\)/g, (_, inner: string) => `(${inner.replaceAll("|", SUFFIX_OR)})`)
    // A message is read with its hyphenated words joined ("half-term" is "halfterm"): a cue's hyphen
    // between letters, outside a character class, may be left out.
    .replace(/(?<!\[[^\]]*)(?<=[a-z])-(?=[a-z])/g, "-?")
    // Any word, like a bare word, matches negated or not.
    .replace(/(^|[ |(:])\\w\+/g, "$1~?\\w+")
    // A number too: "and has a client meeting at ~11".
    .replace(/(^|[ |(:])\\d/g, "$1~?\\d")
    .replace(/ ?… ?/g, " (?:[^ |]+ ){0,5}?")
    .replace(/(^|[ (|:]|[)}]\?)!/g, "$1(?<![\\w~])(?!~)")
    .replace(/(^|[ (|:]|[)}]\?)~/g, "$1(?<![\\w~])~")
    // A word starts after a space, a `|` or a group's `(`, but not in a suffix group ("slow(ly|er)").
    .replace(/(^|[ |:]|(?<![\w)])\()(?=\w)/g, "$1(?<!\\w)~?")
    .replaceAll(SUFFIX_OR, "|");
  // A match starts where a word does: one check there spares trying every alternative inside each word
  // (it reads every message about a fifth faster).
  const pattern = new NeedingWords(`(?<!\\w)(?:${expanded})(?![\\w'])`);
  lemmaPatterns.push(pattern);
  return pattern;
}

const lemmaPatterns: RegExp[] = [];

/** Every pattern over lemma lines made so far: to check that skipping them on a line never loses a match. */
export function everyLemmaPattern(): readonly RegExp[] {
  return lemmaPatterns;
}

const SUFFIX_OR = "\u0000";

export function cue<T>(value: T, ...sources: string[]): Cue<T> {
  // A word must end where the pattern ends, so a pattern ending in a space could never match.
  const open = sources.find((source) => source.endsWith(" "));
  if (open !== undefined) throw new Error(`A cue pattern ends in a space and can never match: "${open}"`);
  // A suffix group follows a word or a group; after a character class its `|` would split the pattern.
  const split = sources.find((source) => /\]\([^()?]*\|/.test(source));
  if (split !== undefined) throw new Error(`A cue pattern has a group after a character class: "${split}"`);
  // `!` asks for a word outside a negation only at a word's start; right after a repeat count it is literal.
  const literal = sources.find((source) => source.includes("}!"));
  if (literal !== undefined) throw new Error(`A cue pattern has "!" after a repeat count: "${literal}"`);
  // Each source is a pattern of its own: most need a word a given message does not have and are not run
  // on it (see NeedingWords); and V8 interprets a pattern past a size instead of compiling it, some 25
  // times slower.
  const patterns = sources.map(lemmaPattern);
  return { value, pattern: patterns.length === 1 ? (patterns[0] as RegExp) : new Alternatives(patterns) };
}

/**
 * Several patterns matched as their alternation: the leftmost match, and where two start at the same
 * place, the one listed first (as one pattern of alternatives would).
 */
class Alternatives extends RegExp {
  readonly #parts: readonly RegExp[];

  constructor(parts: readonly RegExp[]) {
    super(parts.map((part) => part.source).join("|"));
    this.#parts = parts;
  }

  override exec(text: string): RegExpExecArray | null {
    let leftmost: RegExpExecArray | null = null;
    for (const part of this.#parts) {
      const match = part.exec(text);
      if (match !== null && (leftmost === null || match.index < leftmost.index)) leftmost = match;
    }
    return leftmost;
  }
}

/**
 * The first cue that matches, and its leftmost match; with `accepted`, its leftmost match that the caller
 * accepts (a match it rejects is passed over for a later one of the same cue).
 */
export function first<T>(
  text: AnalysedText,
  cues: readonly Cue<T>[],
  on: "lemmas" | "raw" = "lemmas",
  accepted?: (found: Found<T>) => boolean,
): Found<T> | undefined {
  const line = on === "lemmas" ? text.lemmas : text.raw;
  for (const { value, pattern } of cues) {
    let from = 0;
    for (;;) {
      // what was passed over is blanked, not cut off, so that a match's place is its place in the line
      const match = pattern.exec(from === 0 ? line : " ".repeat(from) + line.slice(from));
      if (match === null) break;
      const evidence =
        on === "lemmas" ? wordsBetween(text, match.index, match.index + match[0].length) : match[0].trim();
      const found = { value, evidence: evidence === "" ? match[0].replace(/~/g, "").trim() : evidence };
      if (accepted === undefined || accepted(found)) return found;
      from = match.index + Math.max(1, match[0].length);
    }
  }
  return undefined;
}

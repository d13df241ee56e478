import { foldsBeyondAscii, neededWords } from "./pattern-needs.js";

/**
 * Which patterns could match a line at all, read from the words each needs. A cue is a few hundred
 * alternatives, and the regular expression engine tries each at every word of every message; most need
 * a word the message does not have ("nobody … can", "month end", "workaround"). Each pattern is read
 * once for the words every match must contain (for each alternative, its rarest-looking word that is
 * not optional), and a line is read once for the words it has: a pattern that needs none of them is
 * not run. Words are compared by their start, as a pattern does: "fail(ed|s)?" needs a word starting
 * "fail"; and in lower case, so that one reading of a line serves patterns that ignore case and those
 * that do not (a pattern needing "Also" is run on a line with "also": run for nothing at worst).
 */

/** The longest start of a word compared: longer needed words are cut to it (a weaker, still sound need). */
const LONGEST_START = 12;

/**
 * The needed words' starts, letter by letter: each node the patterns needing the word spelt so far (one
 * of their needs). A line's word is followed down from the root as far as some needed word spells it, so
 * a word no pattern needs costs a look or two, whatever its length.
 */
interface WordStart {
  readonly next: Map<number, WordStart>;
  readonly patterns: number[];
}

const wordStarts: WordStart = { next: new Map(), patterns: [] };
/** The patterns whose "s" or "k" also match "ſ" or "K": run on any line with one of those (see neededWords). */
const foldingPatterns: number[] = [];
let patternsRead = 0;

/**
 * A line read for the words it has: for each pattern, whether it could match (`marks[pattern]` is the
 * line's `read` count where it could). Numbers up to 2^53 are exact: a count never wraps to an old one.
 */
interface LineRead {
  line: string | undefined;
  read: number;
  marks: Float64Array;
}

let linesRead = 0;
/**
 * The lines read last, most recent first: a message's patterns read its lemma line, its text and the
 * parts of it in turn, and each would otherwise be read again every time another was.
 */
const recentLines: LineRead[] = Array.from({ length: 8 }, () => ({
  line: undefined,
  read: 0,
  marks: new Float64Array(512),
}));

/**
 * A pattern run only on lines with a word it needs; read for them when first run. Where it is not run it
 * finds nothing, as running it would have: no match, and a global or sticky pattern starts over.
 * Replacing, matching and splitting are left to a plain copy of the pattern, where the engine takes its
 * own quicker way (through a subclass's `exec` a replacement costs some three times as much).
 */
export class NeedingWords extends RegExp {
  #needs: number | undefined | null = null;
  #plain: RegExp | undefined;

  override exec(text: string): RegExpExecArray | null {
    if (!this.#couldMatch(text)) return this.#startedOver(null);
    return super.exec(text);
  }

  override test(text: string): boolean {
    return this.exec(text) !== null;
  }

  override [Symbol.replace](text: string, replacement: string): string;
  override [Symbol.replace](
    text: string,
    replacer: (substring: string, ...args: unknown[]) => string,
  ): string;
  override [Symbol.replace](
    text: string,
    replacement: string | ((substring: string, ...args: unknown[]) => string),
  ): string {
    if (!this.#couldMatch(text)) return this.#startedOver(String(text));
    return this.#byPlainCopy((plain) => plain[Symbol.replace](text, replacement as string));
  }

  override [Symbol.match](text: string): RegExpMatchArray | null {
    if (!this.#couldMatch(text)) return this.#startedOver(null);
    return this.#byPlainCopy((plain) => plain[Symbol.match](text));
  }

  override [Symbol.matchAll](text: string): RegExpStringIterator<RegExpMatchArray> {
    return this.#byPlainCopy((plain) => plain[Symbol.matchAll](text));
  }

  override [Symbol.split](text: string, limit?: number): string[] {
    return this.#byPlainCopy((plain) => plain[Symbol.split](text, limit));
  }

  override [Symbol.search](text: string): number {
    return this.#couldMatch(text) ? this.#byPlainCopy((plain) => plain[Symbol.search](text)) : -1;
  }

  #couldMatch(text: string): boolean {
    if (this.#needs === null) this.#needs = readNeededWords(this.source, this.flags);
    return this.#needs === undefined || couldMatchLine(this.#needs, text);
  }

  #startedOver<T>(nothing: T): T {
    if (this.global || this.sticky) this.lastIndex = 0;
    return nothing;
  }

  #byPlainCopy<T>(use: (plain: RegExp) => T): T {
    this.#plain ??= new RegExp(this.source, this.flags);
    this.#plain.lastIndex = this.lastIndex;
    try {
      return use(this.#plain);
    } finally {
      this.lastIndex = this.#plain.lastIndex;
    }
  }
}

const gatedPatterns: RegExp[] = [];

/**
 * The pattern, run only on lines with a word it needs (see NeedingWords); as it is where any match may
 * need no particular word.
 */
export function needingWords(pattern: RegExp): RegExp {
  if (readNeededWords(pattern.source, pattern.flags) === undefined) return pattern;
  const gated = new NeedingWords(pattern.source, pattern.flags);
  gatedPatterns.push(gated);
  return gated;
}

/** Every pattern made with `needingWords`: to check that skipping them on a line never loses a match. */
export function everyPatternNeedingWords(): readonly RegExp[] {
  return gatedPatterns;
}

/**
 * Reads a pattern for the words it needs: its number for `couldMatchLine`, or undefined when some match
 * needs no particular word (such a pattern is always run).
 */
export function readNeededWords(source: string, flags = ""): number | undefined {
  // A pattern made anew from another (`matchAll` and `split` do) is read once for both.
  const key = `${flags}/${source}`;
  if (patternNumbers.has(key)) return patternNumbers.get(key);
  const number = numberPattern(source, flags);
  patternNumbers.set(key, number);
  return number;
}

const patternNumbers = new Map<string, number | undefined>();

function numberPattern(source: string, flags: string): number | undefined {
  let needed: ReadonlySet<string> | undefined;
  try {
    needed = neededWords(source, flags);
  } catch {
    // A pattern the reader cannot parse is run on every line: slower, never wrong.
    return undefined;
  }
  if (needed === undefined) return undefined;
  const id = patternsRead;
  patternsRead += 1;
  if (foldsBeyondAscii(flags)) foldingPatterns.push(id);
  for (const recent of recentLines) {
    if (recent.marks.length > id) continue;
    const grown = new Float64Array(recent.marks.length * 2);
    grown.set(recent.marks);
    recent.marks = grown;
  }
  for (const word of needed) {
    let node = wordStarts;
    for (let index = 0; index < Math.min(word.length, LONGEST_START); index++) {
      const code = word.charCodeAt(index);
      let next = node.next.get(code);
      if (next === undefined) {
        next = { next: new Map(), patterns: [] };
        node.next.set(code, next);
      }
      node = next;
    }
    if (node.patterns[node.patterns.length - 1] !== id) node.patterns.push(id);
  }
  // The lines read so far were read before this pattern was known.
  for (const recent of recentLines) recent.line = undefined;
  return id;
}

/** Whether the line has a word the pattern needs, so that running it could find a match. */
export function couldMatchLine(pattern: number, line: string): boolean {
  for (const recent of recentLines) if (line === recent.line) return recent.marks[pattern] === recent.read;
  // The least recently read is read anew and becomes the latest.
  const oldest = recentLines.pop() as LineRead;
  recentLines.unshift(oldest);
  readLine(oldest, line);
  return oldest.marks[pattern] === oldest.read;
}

/** "ſ" and "K" (the kelvin sign): "s" and "k" to a pattern ignoring case with the `u` or `v` flag. */
const LONG_S = 0x17f;
const KELVIN = 0x212a;

/**
 * Marks the patterns needing a start of one of the line's words. Its words as `\w` reads them (ASCII
 * letters, digits and `_`), their letters in lower case as a pattern ignoring case compares them; other
 * letters are not words' letters ("K", the kelvin sign, is not "k" there).
 */
function readLine(into: LineRead, line: string): void {
  linesRead += 1;
  into.line = line;
  into.read = linesRead;
  let node: WordStart | undefined = wordStarts;
  let depth = 0;
  for (let index = 0; index < line.length; index++) {
    let code = line.charCodeAt(index);
    if (code >= 65 && code <= 90) code += 32;
    if (code === LONG_S || code === KELVIN)
      for (const pattern of foldingPatterns) into.marks[pattern] = linesRead;
    if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95)) {
      node = wordStarts;
      depth = 0;
    } else if (node !== undefined) {
      node = depth < LONGEST_START ? node.next.get(code) : undefined;
      depth += 1;
      if (node !== undefined) for (const pattern of node.patterns) into.marks[pattern] = linesRead;
    }
  }
}

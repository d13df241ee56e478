import { type AST, RegExpParser } from "@eslint-community/regexpp";

/**
 * Which cue patterns could match a line at all, read from the words each needs. A cue is a few hundred
 * alternatives, and the regular expression engine tries each at every word of every message; most need
 * a word the message does not have ("nobody … can", "month end", "workaround"). Each pattern is read
 * once for the words every match must contain (for each alternative, its rarest-looking word that is
 * not optional), and a line is read once for the words it has: a pattern that needs none of them is
 * not run. Words are compared by their start, as a pattern does: "fail(ed|s)?" needs a word starting
 * "fail".
 */

/** The longest start of a word compared: longer needed words are cut to it (a weaker, still sound need). */
const LONGEST_START = 12;

/** Words in nearly every message: needing one of them rules out almost nothing. */
const COMMON_WORDS = new Set([
  "a",
  "all",
  "an",
  "and",
  "any",
  "be",
  "but",
  "can",
  "do",
  "for",
  "from",
  "get",
  "have",
  "i",
  "in",
  "is",
  "it",
  "my",
  "no",
  "not",
  "of",
  "on",
  "or",
  "our",
  "the",
  "this",
  "to",
  "we",
  "with",
  "you",
]);

const parser = new RegExpParser({ ecmaVersion: 2025 });

/** Needed-word start, then the patterns that need it (one of their needs). */
const patternsNeeding = new Map<string, number[]>();
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
 * The two lines read last, most recent first: a message's cues read its lemma line and its raw text in
 * turn, and each would otherwise be read again every time the other was.
 */
const recentLines: LineRead[] = [
  { line: undefined, read: 0, marks: new Float64Array(512) },
  { line: undefined, read: 0, marks: new Float64Array(512) },
];

/**
 * Reads a pattern for the words it needs: its number for `couldMatchLine`, or undefined when some match
 * needs no particular word (such a pattern is always run).
 */
export function readNeededWords(source: string): number | undefined {
  let needed: ReadonlySet<string> | undefined;
  try {
    needed = neededWords(source);
  } catch {
    // A pattern the reader cannot parse is run on every line: slower, never wrong.
    return undefined;
  }
  if (needed === undefined) return undefined;
  const id = patternsRead;
  patternsRead += 1;
  for (const recent of recentLines) {
    if (recent.marks.length > id) continue;
    const grown = new Float64Array(recent.marks.length * 2);
    grown.set(recent.marks);
    recent.marks = grown;
  }
  for (const word of needed) {
    const start = word.slice(0, LONGEST_START);
    const patterns = patternsNeeding.get(start);
    if (patterns === undefined) patternsNeeding.set(start, [id]);
    else if (patterns[patterns.length - 1] !== id) patterns.push(id);
  }
  // The lines read so far were read before this pattern was known.
  for (const recent of recentLines) recent.line = undefined;
  return id;
}

/** The words one of which every match of the pattern has (by their start); undefined when it may have none. */
export function neededWords(source: string): ReadonlySet<string> | undefined {
  return neededIn(parser.parsePattern(source).alternatives, false);
}

/** Whether the line has a word the pattern needs, so that running it could find a match. */
export function couldMatchLine(pattern: number, line: string): boolean {
  const [latest, before] = recentLines as [LineRead, LineRead];
  if (line === latest.line) return latest.marks[pattern] === latest.read;
  if (line === before.line) return before.marks[pattern] === before.read;
  // The older of the two is read anew and becomes the latest.
  recentLines.reverse();
  readLine(before, line);
  return before.marks[pattern] === before.read;
}

function readLine(into: LineRead, line: string): void {
  linesRead += 1;
  into.line = line;
  into.read = linesRead;
  for (const word of line.match(/\w+/g) ?? []) {
    const longest = Math.min(word.length, LONGEST_START);
    for (let length = 1; length <= longest; length++) {
      const patterns = patternsNeeding.get(word.slice(0, length));
      if (patterns === undefined) continue;
      for (const pattern of patterns) into.marks[pattern] = linesRead;
    }
  }
}

/** Words one of which every match of one of these alternatives contains; undefined when there are none. */
function neededIn(
  alternatives: readonly AST.Alternative[],
  wordStartsHere: boolean,
): Set<string> | undefined {
  const needed = new Set<string>();
  for (const alternative of alternatives) {
    const words = neededInSequence(alternative.elements, wordStartsHere);
    if (words === undefined) return undefined;
    for (const word of words) needed.add(word);
  }
  return needed;
}

/** Of the needs along a sequence (each part of it must match), the one least likely to be met. */
function neededInSequence(
  elements: readonly AST.Element[],
  wordStartsHere: boolean,
): Set<string> | undefined {
  let rarest: Set<string> | undefined;
  let rarestCommonness = Number.POSITIVE_INFINITY;
  const consider = (words: Set<string> | undefined) => {
    if (words === undefined) return;
    const commonness = [...words].reduce((sum, word) => sum + commonnessOf(word), 0);
    if (commonness < rarestCommonness) {
      rarest = words;
      rarestCommonness = commonness;
    }
  };
  elements.forEach((element, index) => {
    const before = () => noWordCharacterBefore(elements, index, wordStartsHere);
    if (element.type === "Character") {
      if (isWordCharacter(element.value) && !isWordCharacterElement(elements[index - 1]) && before())
        consider(new Set([wordFrom(elements, index)]));
    } else if (element.type === "Group" || element.type === "CapturingGroup") {
      consider(neededIn(element.alternatives, before()));
    } else if (element.type === "Quantifier" && element.min >= 1) {
      const inner = element.element;
      if (inner.type === "Group" || inner.type === "CapturingGroup")
        consider(neededIn(inner.alternatives, element.max === 1 && before()));
    }
  });
  return rarest;
}

/** The word a run of letters spells, up to its first character that is not one. */
function wordFrom(elements: readonly AST.Element[], start: number): string {
  let word = "";
  for (let index = start; index < elements.length; index++) {
    const element = elements[index];
    if (element?.type !== "Character" || !isWordCharacter(element.value)) break;
    word += String.fromCodePoint(element.value);
  }
  return word;
}

/**
 * Whether, where the element at `index` starts, the character before is certainly not a letter, digit
 * or `_`: a word read from there is the start of a word of the line.
 */
function noWordCharacterBefore(elements: readonly AST.Element[], index: number, atStart: boolean): boolean {
  if (index === 0) return atStart;
  const element = elements[index - 1] as AST.Element;
  switch (element.type) {
    case "Character":
      return !isWordCharacter(element.value);
    case "Assertion":
      return isNoWordBefore(element) || noWordCharacterBefore(elements, index - 1, atStart);
    case "Quantifier": {
      const skippable = element.min === 0;
      if (skippable && !noWordCharacterBefore(elements, index - 1, atStart)) return false;
      return endsWithoutWordCharacter(element.element, false);
    }
    case "Group":
    case "CapturingGroup":
      return element.alternatives.every((alternative) =>
        noWordCharacterBefore(
          alternative.elements,
          alternative.elements.length,
          noWordCharacterBefore(elements, index - 1, atStart),
        ),
      );
    default:
      return false;
  }
}

function endsWithoutWordCharacter(element: AST.QuantifiableElement, atStart: boolean): boolean {
  if (element.type === "Character") return !isWordCharacter(element.value);
  if (element.type === "Group" || element.type === "CapturingGroup")
    return element.alternatives.every((alternative) =>
      noWordCharacterBefore(alternative.elements, alternative.elements.length, atStart),
    );
  return false;
}

/** `(?<!\w)` or `(?<![\w~])`: no letter, digit or `_` before this place. */
function isNoWordBefore(assertion: AST.Assertion): boolean {
  if (assertion.kind !== "lookbehind" || !assertion.negate) return false;
  const only = assertion.alternatives.length === 1 ? assertion.alternatives[0]?.elements : undefined;
  if (only?.length !== 1) return false;
  const [element] = only;
  if (element?.type === "CharacterSet") return element.kind === "word" && !element.negate;
  if (element?.type === "CharacterClass" && !element.negate)
    return element.elements.some(
      (part) => part.type === "CharacterSet" && part.kind === "word" && !part.negate,
    );
  return false;
}

function isWordCharacterElement(element: AST.Element | undefined): boolean {
  return element?.type === "Character" && isWordCharacter(element.value);
}

/** As `\w` reads it without the `u` flag: ASCII letters, digits and `_`. */
function isWordCharacter(codePoint: number): boolean {
  return (
    (codePoint >= 97 && codePoint <= 122) ||
    (codePoint >= 65 && codePoint <= 90) ||
    (codePoint >= 48 && codePoint <= 57) ||
    codePoint === 95
  );
}

/** How often a word is likely in a message: common words most, then the shorter a start, the more. */
function commonnessOf(word: string): number {
  if (COMMON_WORDS.has(word)) return 100;
  return word.length >= 5 ? 1 : word.length === 4 ? 3 : word.length === 3 ? 10 : 40;
}

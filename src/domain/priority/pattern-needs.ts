import { type AST, RegExpParser } from "@eslint-community/regexpp";

// The words a pattern needs: one of which every match contains, read from the pattern's syntax.
// needed-words.ts runs a pattern only on lines with one of them.

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

/**
 * The words one of which every match of the pattern has (by their start, in lower case); undefined when it
 * may have none. Ignoring case with the `u` or `v` flag, a pattern's "s" and "k" also match "ſ" and "K"
 * (the kelvin sign), which a line read in lower case does not show as those letters: such a pattern must
 * also be run on a line with either (see `foldsBeyondAscii`).
 */
export function neededWords(source: string, flags = ""): ReadonlySet<string> | undefined {
  const unicode = flags.includes("u");
  const unicodeSets = flags.includes("v");
  const pattern = parser.parsePattern(source, 0, source.length, { unicode, unicodeSets });
  const needed = neededIn(pattern.alternatives, false);
  return needed === undefined ? undefined : new Set([...needed].map((word) => word.toLowerCase()));
}

/** Whether, by its flags, the pattern's ASCII letters also match letters beyond ASCII ("ſ", "K"). */
export function foldsBeyondAscii(flags: string): boolean {
  return flags.includes("i") && (flags.includes("u") || flags.includes("v"));
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
    } else if (element.type === "Assertion" && isLookingAround(element) && !element.negate) {
      // What a match looks for around it is on the line too: "(?<=\bchats?),(?=\s(?:calls?|emails?))"
      // runs only on a line with a word starting "chat".
      consider(neededIn(element.alternatives, element.kind === "lookahead" && before()));
    } else if (element.type === "Quantifier" && element.min >= 1) {
      const inner = element.element;
      if (inner.type === "Group" || inner.type === "CapturingGroup")
        consider(neededIn(inner.alternatives, element.max === 1 && before()));
    }
  });
  return rarest;
}

function isLookingAround(assertion: AST.Assertion): assertion is AST.LookaroundAssertion {
  return assertion.kind === "lookahead" || assertion.kind === "lookbehind";
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
    case "CharacterSet":
    case "CharacterClass":
      return matchesNoWordCharacter(element);
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
  if (element.type === "Character" || element.type === "CharacterSet" || element.type === "CharacterClass")
    return matchesNoWordCharacter(element);
  if (element.type === "Group" || element.type === "CapturingGroup")
    return element.alternatives.every((alternative) =>
      noWordCharacterBefore(alternative.elements, alternative.elements.length, atStart),
    );
  return false;
}

/** Whether no character this element matches is a letter, digit or `_`: ` `, `\s`, `[.!?\n]`. */
function matchesNoWordCharacter(element: AST.Character | AST.CharacterSet | AST.CharacterClass): boolean {
  if (element.type === "Character") return !isWordCharacter(element.value);
  if (element.type === "CharacterSet") return element.kind === "space" && !element.negate;
  return (
    !element.negate &&
    element.elements.every(
      (part) => (part.type === "Character" || part.type === "CharacterSet") && matchesNoWordCharacter(part),
    )
  );
}

/**
 * `(?<!\w)` or `(?<![\w~])`: no letter, digit or `_` before this place. So is `\b` where a word starts
 * (what is asked of this place: whether the word read from here is a word of the line), the start of the
 * text or a line (`^`), and what follows a space or a sentence's end (`(?<=\s)`, `(?<=^|[.!?]\s*)`).
 */
function isNoWordBefore(assertion: AST.Assertion): boolean {
  if (assertion.kind === "word") return !assertion.negate;
  if (assertion.kind === "start") return true;
  if (assertion.kind === "lookbehind" && !assertion.negate)
    return assertion.alternatives.every((alternative) =>
      noWordCharacterBefore(alternative.elements, alternative.elements.length, false),
    );
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

import type { ItemSentence, ItemToken, ItsFunction } from "wink-nlp";
import { language, letUnknownWordsGoIfTooMany, noteWordId, verbOfParticiple } from "./language-model.js";
import { hasCharacterBeyondOneByte, heldOneBytePerCharacter } from "./one-byte-text.js";
import { preparedForReading } from "./text-preparation.js";

/**
 * A client's message as the classifier reads it: lowercase lemmas, one clause after another, with every
 * word inside a negation's scope marked `~`. "isn't loading", "not loading" and "won't load" all read
 * `~load`; "there is no manual way" reads `no ~manual ~way`; "nobody can get in" reads `nobody ~can ~get ~in`.
 */
export interface AnalysedText {
  /** The message in lowercase, as written (for numbers, product names, "2 of 60"). */
  readonly raw: string;
  /** Lemmas separated by single spaces, each clause ended by ` |`, negated lemmas prefixed `~`. */
  readonly lemmas: string;
  /** The words as written, with where each one's lemma starts in `lemmas`: to quote the client's own words. */
  readonly words: readonly Word[];
}

interface Word {
  readonly value: string;
  readonly lemma: string;
  /** Where its lemma starts in `lemmas`. */
  readonly at: number;
}

/**
 * Words that carry a negation before the words it covers, quoted with them: "isn't loading", "no way",
 * "nobody can log in".
 */
const NEGATION_CARRIERS = new Set([
  ..."not no never nobody nothing none noone".split(" "),
  // and the small words clients put between ("nobody here can", "we just can't")
  ..."here there else just even still really be do can will would could have".split(" "),
]);

/** The client's own words behind a match over `lemmas` (characters `from` to `to`). */
export function wordsBetween(text: AnalysedText, from: number, to: number): string {
  let first = text.words.findIndex((word) => word.at >= from);
  if (first === -1) return "";
  if (text.words[first]?.lemma.startsWith("~")) {
    // Back to what negates it: over the other words it covers ("no manual way") and the carriers.
    const carries = (word: Word | undefined) =>
      word !== undefined && (word.lemma.startsWith("~") || NEGATION_CARRIERS.has(word.lemma));
    while (first > 0 && carries(text.words[first - 1])) first -= 1;
  }
  return text.words
    .slice(first)
    .filter((word) => word.at < to)
    .map((word) => word.value)
    .filter((value) => value !== "")
    .join(" ")
    .replace(/ (n't|nt|'s|'re|'ll|'ve|'m|'d)\b/g, "$1");
}

/** Words that negate what follows, beyond the `not`/`no`/`n't` wink-nlp already scopes. */
const NEGATORS = new Set([
  "nobody",
  "nothing",
  "none",
  "noone",
  "never",
  "neither",
  "nor",
  "without",
  "nowhere",
  // "unable to send any SMS" as "can't send any SMS"
  "unable",
]);
/** Words that end a clause, and with it a negation's scope ("not in sandbox, but production is down"). */
const CLAUSE_BREAKS = new Set(["but", "though", "although", "except", "while", "whereas", "however", "yet"]);
const NEGATION_WORDS = new Set(["not", "no", "never"]);
/** Who opens a clause of their own after "and", ending a negation's scope before it. */
const SUBJECTS = new Set([
  "i",
  "we",
  "she",
  "he",
  "they",
  "it",
  "i'm",
  "we're",
  "she's",
  "he's",
  "they're",
  "it's",
]);

/** The subjects that can be nothing else: "we", never "us"; not "it", as often an object. */
const NOMINATIVE = new Set([...SUBJECTS].filter((subject) => !subject.startsWith("it")));

/**
 * Words the model's lemmas would turn into another spelling or another word: "through" into "thru",
 * "data" into "datum", "media" into "medium" (a level's name), "app" into "application". The cues read
 * them as clients write them.
 */
const LEMMAS_KEPT_AS_WRITTEN = new Map([
  ["through", "through"],
  ["thru", "through"],
  ["data", "data"],
  ["media", "media"],
  ["app", "app"],
  ["apps", "app"],
  // "the latest version" is the newest, not late
  ["latest", "latest"],
  // "all lost internet": read as an adjective, "lost" would stay as written
  ["lost", "lose"],
]);

/** Contractions the model keeps as one word. */
const SPLIT_CONTRACTIONS = new Map<string, readonly [string, string]>([["i'm", ["i", "be"]]]);
/** The same without the apostrophe, read so only where a clause opens ("the IM window" is a noun). */
const SHORTHAND = new Map<string, readonly [string, string]>([
  ["im", ["i", "be"]],
  ["its", ["it", "be"]],
  ["theres", ["there", "be"]],
]);

/** The words that ask what to do after "know": "how", "where", "what" (to …). */
const QUESTION_WORDS = new Set(["how", "where", "what", "which", "when", "whom"]);

export function analyse(text: string): AnalysedText {
  const { its } = language();
  const prepared = preparedForReading(text);
  // Clients capitalise at random ("Attachments", "URGENT"): lowercase reads their words as words, and
  // the reasons quote them back as written, found at the same place in the original.
  const lowercase = prepared.toLowerCase();
  const asWritten = lowercase.length === prepared.length ? prepared : lowercase;
  let cursor = 0;
  const written = (value: string): string => {
    const at = lowercase.indexOf(value, cursor);
    if (at === -1) return value;
    cursor = at + value.length;
    return asWritten.slice(at, cursor);
  };
  const doc = language().readDoc(lowercase);
  const words: Word[] = [];
  let lemmas = "";
  doc.sentences().each((sentence: ItemSentence) => {
    let clauseOpen = false;
    let negatedHere = false;
    // wink-nlp ends a negation's scope at a comma or a full stop, not at a bracket or a colon: "we can't
    // connect (our accountant, also your client, says the same)" negates nothing in the brackets.
    let scopeClosedByPunctuation = false;
    const close = () => {
      if (clauseOpen) lemmas += " |";
      clauseOpen = false;
      negatedHere = false;
    };
    const add = (lemma: string, value: string) => {
      lemmas += lemmas === "" ? "" : " ";
      words.push({ value, lemma, at: lemmas.length });
      lemmas += lemma;
      clauseOpen = true;
    };
    const tokens: ItemToken[] = [];
    sentence.tokens().each((token: ItemToken) => {
      tokens.push(token);
    });
    tokens.forEach((token, index) => {
      noteWordId(Number(token.out(its.uniqueId)));
      const type = token.out(its.type);
      const value = written(token.out(its.value));
      const lower = value.toLowerCase();
      if (type === "punctuation" || type === "emoji" || type === "emoticon" || type === "symbol") {
        // "Subject: question | Product: Voice | Description: ...": a bar between fields, like a semicolon
        if (/^[,;:!?.()…|]+$/.test(value)) {
          close();
          scopeClosedByPunctuation = true;
        }
        return;
      }
      // A line break ends a clause as a full stop does: "neither web nor app\nWould a restart help?"
      if (type === "tabCRLF") {
        if (/[\r\n]/.test(value)) {
          close();
          scopeClosedByPunctuation = true;
        }
        return;
      }
      // "won't connect and she has to submit the VAT return today": a new subject, out of the negation
      if (lower === "and" && SUBJECTS.has(String(tokens[index + 1]?.out(its.value)).toLowerCase())) {
        scopeClosedByPunctuation = true;
        negatedHere = false;
      }
      // written without punctuation, a new subject opens a clause of its own: "reminders are not being sent
      // approvers forget items we remind them by hand" (not "it": "can't get it to work" is its object).
      // Not out of "nothing" or "none": "nothing we send is delivered" says what is not delivered.
      if (NOMINATIVE.has(lower) && index > 0 && tokens[index - 1]?.out(its.type) === "word")
        scopeClosedByPunctuation = true;
      // "nobody here knows how to set up the screen": not knowing how, not the setting up that fails
      if (
        QUESTION_WORDS.has(lower) &&
        /^know/.test(String(tokens[index - 1]?.out(its.value)).toLowerCase()) &&
        String(tokens[index + 1]?.out(its.value)).toLowerCase() === "to"
      ) {
        scopeClosedByPunctuation = true;
        negatedHere = false;
      }
      if (CLAUSE_BREAKS.has(lower)) {
        close();
        add(lower, value);
        return;
      }
      const modelLemma =
        type !== "word"
          ? lower
          : (LEMMAS_KEPT_AS_WRITTEN.get(lower) ??
            String(token.out(its.lemma as ItsFunction<string>)).toLowerCase());
      // "images not loading", "page not opening": without an auxiliary the model reads a noun ("loading");
      // after "not" it is the verb.
      const previous = String(tokens[index - 1]?.out(its.value) ?? "").toLowerCase();
      const lemma =
        modelLemma === lower && (previous === "not" || previous === "never")
          ? (verbOfParticiple(lower) ?? lower)
          : modelLemma;
      const flagged = Boolean(token.out(its.negationFlag));
      if (!flagged || NEGATION_WORDS.has(lemma) || lower.endsWith("n't")) scopeClosedByPunctuation = false;
      const negated = (flagged && !scopeClosedByPunctuation) || negatedHere;
      if (NEGATORS.has(lemma)) negatedHere = true;
      // The model splits "we're" into "we be" but keeps "i'm" one word: split it the same way, so that
      // "I'm locked out" reads as "I am locked out".
      // Chat shorthand opening a clause reads the same way: "im stuck", "its down", "theres no way".
      const split = SPLIT_CONTRACTIONS.get(lemma) ?? (clauseOpen ? undefined : SHORTHAND.get(lemma));
      if (split !== undefined) {
        // The written word goes with the first lemma, so that the reasons quote it as written.
        const [subject, verb] = split;
        add(negated ? `~${subject}` : subject, value);
        add(negated ? `~${verb}` : verb, "");
        return;
      }
      add(negated && !NEGATION_WORDS.has(lemma) ? `~${lemma}` : lemma, value);
    });
    close();
  });
  letUnknownWordsGoIfTooMany();
  const raw = prepared.toLowerCase();
  // held two bytes per character only where the message has a character beyond one byte
  return hasCharacterBeyondOneByte(text)
    ? { raw: heldOneBytePerCharacter(raw), lemmas: heldOneBytePerCharacter(lemmas), words }
    : { raw, lemmas, words };
}

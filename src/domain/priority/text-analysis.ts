import type { ItemSentence, ItemToken, ItsFunction } from "wink-nlp";
import { withoutWordsAroundTheReport } from "./around-the-report.js";
import { language, letUnknownWordsGoIfTooMany, noteWordId, verbOfParticiple } from "./language-model.js";
import { needingWords } from "./needed-words.js";
import { hasCharacterBeyondOneByte, heldOneBytePerCharacter } from "./one-byte-text.js";
import { respell } from "./spelling.js";

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

const QUOTED_MESSAGE_NAME = needingWords(
  /['"“](?<=\b(?:our|the|my|their)\s['"“])(?=[^'"”\n]{3,60}['"”])[^'"”\s]+\s[^'"”\n]+['"”](?=\s+(?:sms|texts?|messages?|alerts?|e-?mails?|notifications?|templates?|whatsapps?|push|calls?|repl(?:y|ies)|reminders?|confirmations?)\b)/gi,
);

/**
 * The message with its fenced code blocks (a pasted log, a payload) moved after what is written around
 * them: a long log pasted above "Nobody can log in since 9." would leave the report past what is read.
 */
function withCodeLast(text: string): string {
  if (!text.includes("```")) return text;
  const blocks: string[] = [];
  const prose = text.replace(/```[\s\S]*?```/g, (block) => {
    blocks.push(block);
    return "\n";
  });
  return blocks.length === 0 ? text : `${prose}\n${blocks.join("\n")}`;
}

/** Nobody, said another way: read as "nobody", so that "zero people can log in" is nobody able to. */
const NOBODY_SAID_OTHERWISE = needingWords(
  /\b(?:zero|not a single|not one single) (?:people|persons?|users?|employees?|colleagues?|souls?|staff members?)\b/gi,
);

/** Characters of a message read: a few paragraphs. */
const READ_AT_MOST = 3000;

/** A count of people in brackets between words of a sentence: "nobody in the office (about 35 people) can reach". */
const COUNT_WITHIN = needingWords(
  /\s\(((?:about|around|approx\.?|approximately|roughly|all|over|nearly|almost|~)?\s*\d+\s*(?:people|users|staff|agents|employees|colleagues|persons)?)\)(?=\s+[\p{L}\d])/giu,
);

/**
 * A bracket ends a clause (an aside negates nothing and is negated by nothing), so a count between a
 * sentence's subject and its verb split the two: "nobody in the office (about 35 people) can reach the
 * server" read as nobody in the office, and someone who can reach the server. The count is read after
 * its sentence instead.
 */
function withCountsAfter(text: string): string {
  if (!text.includes("(")) return text;
  return text.replace(/[^.!?\n]+/g, (sentence) => {
    const counts: string[] = [];
    const rest = sentence.replace(COUNT_WITHIN, (_, count: string) => {
      counts.push(count);
      return "";
    });
    if (counts.length === 0) return sentence;
    const end = /\s*$/.exec(rest)?.index ?? rest.length;
    return `${rest.slice(0, end)} (${counts.join("; ")})${rest.slice(end)}`;
  });
}

export function analyse(text: string): AnalysedText {
  const { its } = language();
  // "integrator.io" and "add-in" are one word; " - " between words is a pause like a comma. What says
  // how bad it is comes first: the rest of a long report (logs, pasted payloads) is left unread, and so
  // are runs of 40 characters without a space (tokens, URLs), which no cue reads and which would make
  // the patterns slow.
  const prepared = respell(
    withoutWordsAroundTheReport(
      withCountsAfter(withCodeLast(text).replace(/\S{40,}/g, " "))
        .slice(0, READ_AT_MOST)
        .replace(/[’‘]/g, "'")
        // A message named by what it says, "our 'your website is down' SMS alerts", "the 'delivery failed'
        // SMS": the words quoted are the client's own message, not a report of the service; the message
        // itself is what the sentence is about. Not what callers get: "they hear a 'not in service' message";
        // nor a one-word name, which names the part: "the 'approve' email".
        .replace(QUOTED_MESSAGE_NAME, ""),
    ),
  )
    // "zero people in our office can log in", "not a single person can work": nobody, said another way
    .replace(NOBODY_SAID_OTHERWISE, "nobody")
    // "log in. Then": the model reads "in." and "no." as abbreviations (inches, number) and runs the
    // sentence on into the next, negation and all
    .replace(/\bin\.(?=\s|$)/gi, "in .")
    .replace(/\b(no|etc)\.(?=\s+\p{Lu}|\s*$)/giu, "$1 .")
    .replace(/\bdrag (and|&|n) drop\b/gi, "drag-and-drop")
    .replace(/(\p{L})[.-](?=\p{L})/gu, "$1")
    .replace(/\s[-–—]+\s/g, " ; ")
    // "whatsapp + phones both dead": two named together
    .replace(/(\p{L}) \+ (?=\p{L})/gu, "$1 and ")
    // "returns 500s", "5xx for all requests": the status code, which the model would split
    .replace(/\b([1-5]\d\d)s\b/g, "$1")
    .replace(/\b([45])xx\b/gi, "$100");
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

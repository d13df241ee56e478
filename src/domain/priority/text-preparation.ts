import { withoutWordsAroundTheReport } from "./around-the-report.js";
import { needingWords } from "./needed-words.js";
import { respell } from "./spelling.js";

// A client's message made ready for the English model: what says how bad it is first and within what is
// read, the words around the report left out, and the spellings the model would misread put right.

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

/**
 * Slack's emoji as written in text, ":no_entry:", ":rotating_light:": one word each, so that its parts do
 * not read as words of the report ("no" would negate what follows).
 */
const EMOJI_CODE = needingWords(/(?<![\w:]):([a-z][a-z0-9]*(?:[_+-][a-z0-9]+)*):(?![\w:])/g);

function withEmojiCodesAsWords(text: string): string {
  return text.includes(":")
    ? text.replace(EMOJI_CODE, (_, name: string) => ` ${name.replace(/[_+-]/g, "")} `)
    : text;
}

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

/** The message as the English model reads it (see analyse in text-analysis.ts). */
export function preparedForReading(text: string): string {
  // "integrator.io" and "add-in" are one word; " - " between words is a pause like a comma. What says
  // how bad it is comes first: the rest of a long report (logs, pasted payloads) is left unread, and so
  // are runs of 40 characters without a space (tokens, URLs), which no cue reads and which would make
  // the patterns slow.
  return (
    respell(
      withoutWordsAroundTheReport(
        withCountsAfter(withEmojiCodesAsWords(withCodeLast(text)).replace(/\S{40,}/g, " "))
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
      // "whatsapp + phones both dead", "voice & chat both down": two named together
      .replace(/(\p{L}) [+&] (?=\p{L})/gu, "$1 and ")
      // "returns 500s", "5xx for all requests": the status code, which the model would split
      .replace(/\b([1-5]\d\d)s\b/g, "$1")
      .replace(/\b([45])xx\b/gi, "$100")
  );
}

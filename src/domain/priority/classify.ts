import type { Policy } from "../sla/policy.js";
import { withoutWordsAroundTheReport } from "./around-the-report.js";
import { ASKED, loginFailsBeside, othersNamedBeside, reasonToAsk } from "./ask-instead.js";
import { dimensionsOf } from "./dimensions.js";
import { rateImpact } from "./impact-rating.js";
import { needingWords } from "./needed-words.js";
import { rateAsRequest } from "./request-rating.js";
import { SEVERITIES, type Severity } from "./severity.js";
import { analyse } from "./text-analysis.js";
import { byWording, topLevelWorded } from "./wording-model.js";

export interface PrioritySuggestion {
  readonly priority: string;
  readonly severity: Severity;
  /**
   * 0..1: how sure the suggestion is, by the way it was reached (see CONFIDENCE in rating.ts). Below 0.5
   * the desk asks the client instead.
   */
  readonly confidence: number;
  /** Why, in the dimensions' terms with the client's words: `everyone affected ("nobody can")`. */
  readonly reasons: readonly string[];
  /** Set when a rule of the contract decided the level (Celigo's non-production issues): nothing overrides it. */
  readonly byContract?: true;
}

export const LOW_CONFIDENCE = 0.5;

/**
 * Up to this confidence (everything the rules read but a request, a cosmetic issue or a contract rule),
 * the wording layer may disagree with the rules, and then the client is asked. Checked on fresh messages
 * the rules had not been tuned on (see byWording): above it the rules read more of them right.
 */
const CONTESTABLE = 0.85;

/**
 * Suggests a priority for a client's message: reads the dimensions (scope, service state, workaround,
 * environment, request type, business criticality), rates the issue on the shared severity scale, and
 * maps that onto the policy's own levels, applying the contract's rules (Celigo: non-production is low).
 * Where the rules are unsure, the wording layer may point elsewhere (`wording: false` leaves the rules'
 * reading alone); where the level is two or more below the top and something in the message disagrees,
 * the client is asked.
 */
export function classifyPriority(
  text: string,
  policy: Policy,
  options: { readonly wording?: boolean } = {},
): PrioritySuggestion {
  const plain = withoutEmphasis(text);
  return suggest(
    withoutCosmeticAside(withoutSmallerRemarks(plain, policy, options), policy, options),
    policy,
    options,
  );
}

/**
 * Emphasis as chat clients write it: Slack's `*bold*`, `_italic_` and `~struck~`, Markdown's `**bold**`.
 * "_all_ our whatsapp messages are stuck" read `_all_` as a word of its own, and the scope with it.
 * Only marks around words, opened after a space and closed before one: `snake_case_names` and `2*3` stay.
 */
const EMPHASIS = needingWords(
  /(?<=^|[\s("'])([*_~]{1,2})(?=[^\s*_~])([^*_~\n]*?[^\s*_~])\1(?=$|[\s.,!?;:)"'])/g,
);

function withoutEmphasis(text: string): string {
  return /[*_~]/.test(text) ? text.replace(EMPHASIS, "$2") : text;
}

/** Words that a sentence about how something looks nearly always carries (the cosmetic cues are in result-cues.ts). */
const LOOKS = needingWords(
  /\b(?:looks?|blurry|pixelated|logo|icon|font|colou?r|typo|misspel\w*|misaligned|alignment|spacing|padding|stretched|overlap\w*|cut off|truncated|tooltip|label|avatar|picture|translat\w*|untranslated|cosmetic|visual|display thing|ugly|tiny|faint)\b/i,
);

/** A sentence, up to its full stop, question or exclamation mark, or its line. */
const SENTENCE = needingWords(/[^.!?\n]+(?:[.!?]+|\n|$)/g);

/**
 * How something looks, said in a sentence of its own beside a report of something failing: "The logo on
 * the portal looks a bit blurry. Nobody can log in since 9." The ticket takes the worse of the two; read
 * together, "the portal" would name a second product failing. Only how something looks is set aside: a
 * question beside a report stays ("…, but we'd like to know why" frames it).
 */
function withoutCosmeticAside(text: string, policy: Policy, options: { readonly wording?: boolean }): string {
  // Reading every sentence on its own costs as much as the message again: only where one may say how
  // something looks.
  if (!LOOKS.test(text)) return text;
  // read as the report is read, without what is around it ("Yesterday SMS was down (thanks for fixing).")
  const sentences = withoutWordsAroundTheReport(text).match(SENTENCE) ?? [];
  if (sentences.length < 2) return text;
  const cosmetic = sentences.map((sentence) => dimensionsOf(analyse(sentence)).state?.value === "cosmetic");
  if (!cosmetic.some(Boolean) || cosmetic.every(Boolean)) return text;
  const rest = sentences.filter((_, i) => !cosmetic[i]).join(" ");
  // only beside a report surely worse than how something looks: "Just a display thing." after a wrong
  // result says how small that one is
  const restRated = suggest(rest, policy, options);
  if (restRated.confidence < LOW_CONFIDENCE || SMALLER.has(restRated.severity)) return text;
  return rest;
}

/**
 * A remark added after the report, opened as one: "Also, the logo on the portal looks a bit blurry", "By
 * the way, can you send me last month's invoice?". Read on its own, it would name a second product
 * failing or a feature as what fails.
 */
const REMARK_OPENERS =
  "also|by the way|btw|p\\.?\\s?s\\.?|another thing|one more thing|oh and|unrelated|on another note|side note|second question|another question|and another thing";
/** Where the report that matters is said to start: "Small thing first: … More importantly: …". */
const MAIN_REPORT_OPENERS =
  "more importantly|most importantly|more urgently|(?:the )?(?:real|main|bigger|more urgent) (?:issue|problem)(?: is)?";
const SIDE_REMARK = needingWords(
  new RegExp(
    String.raw`(?<=(?:^|[.!?\n)])\s*)(?:${REMARK_OPENERS}|${MAIN_REPORT_OPENERS})(?!\w)[,:]?\s+`,
    "gi",
  ),
);
/**
 * Written with a capital where a sentence would start: "it fails for everyone Also, the logo is blurry",
 * "…when anyone opens it Oh and one more question: how do I …".
 */
const CAPITALISED_REMARK = needingWords(
  new RegExp(
    String.raw`(?<=\s)(?:${REMARK_OPENERS.replace(/(^|\|)(\w)/g, (_, bar: string, letter: string) => bar + letter.toUpperCase())})(?:,\s+|:\s+|\s+(?=one more|another|a (?:quick )?question|(?:quick |last )?question:))`,
    "g",
  ),
);
/**
 * The items of a list of issues: "Two things. 1) … 2) Where can I download last month's invoice?", also
 * lettered ("(a) … (b) …") or in roman numerals ("(i) … (ii) …").
 * A number with a full stop only where a line starts, or after a colon or a sentence's end before a
 * capital ("A couple of issues: 1. About … 2. The export …"): "since 9. Nobody can log in" is one report.
 */
const LISTED_ITEM = needingWords(
  /(?<=^|\s)\(?(?:[1-9]|[a-h]|i{1,3}|iv|vi{0,3})\)\s+|(?<=^|\n)\s*(?:[1-9]|[a-h])\.\s+|(?<=[:.!?]\s+)[1-9]\.\s+(?=\p{Lu})|(?<=^|[.!?\n]\s*)(?:issue|problem|question|point) [1-9]\s*:\s*/giu,
);

/**
 * The items of a list announced and then said in one sentence: "Three problems today: chat transfers fail
 * for a third of our agents, the emoji picker is missing, and one agent's headset crackles." An item
 * starts after a comma or semicolon with the words an item opens with.
 */
const ITEM_OF_ANNOUNCED_LIST = needingWords(
  /[,;](?<=^\W*(?:\w+\W+){0,4}(?:things|problems|issues|bits|points|items|feedback|remarks|observations)\b[^:\n]{0,40}:[^\n]*[,;])\s+(?:and\s+)?(?=(?:the|one|our|my|its?|a|an|some|nobody|no|all|every)\b)/gi,
);

/** Less than the report itself: a question, a request, a cosmetic defect, a small incident. */
const SMALLER: ReadonlySet<Severity> = new Set(["trivial", "planned", "minor_impact"]);

/**
 * The message without the parts that are smaller on their own than the rest: a remark added after the
 * report, or a small report before a bigger one ("the logo looks blurry. Also, nobody can send SMS"). A
 * part as bad as the worst ("SMS are down. Also WhatsApp is down.") stays with it.
 */
function withoutSmallerRemarks(
  text: string,
  policy: Policy,
  options: { readonly wording?: boolean },
): string {
  const starts = [
    ...new Set(
      [
        ...text.matchAll(SIDE_REMARK),
        ...text.matchAll(CAPITALISED_REMARK),
        ...text.matchAll(LISTED_ITEM),
        ...text.matchAll(ITEM_OF_ANNOUNCED_LIST),
      ].map((match) => match.index),
    ),
  ].sort((a, b) => a - b);
  // What comes before the first one is read with it when it is no report of its own: "Also, …" opening
  // the message, "Two things. 1) …"
  if (starts.length > 0 && text.slice(0, starts[0]).trim().split(/\s+/).length < 3) starts.shift();
  if (starts.length === 0) return text;
  const bounds = [0, ...starts, text.length];
  const parts = bounds.slice(0, -1).map((start, i) => text.slice(start, bounds[i + 1]));
  const severities = parts.map((part) => suggest(part, policy, options).severity);
  const worst = Math.min(...severities.map((severity) => SEVERITIES.indexOf(severity)));
  const kept = parts.filter((_, i) => {
    const severity = severities[i] as Severity;
    return !SMALLER.has(severity) || SEVERITIES.indexOf(severity) === worst;
  });
  return kept.length === parts.length ? text : kept.join("");
}

function suggest(
  text: string,
  policy: Policy,
  { wording = true }: { readonly wording?: boolean },
): PrioritySuggestion {
  const analysed = analyse(text);
  const found = dimensionsOf(analysed);
  const ruled = rateAsRequest(analysed, found, policy) ?? rateImpact(analysed, found, policy);
  if (ruled.priority !== undefined) {
    const { severity, confidence, reasons, priority } = ruled;
    return { priority, severity, confidence, reasons, byContract: true };
  }
  const rated =
    wording && ruled.confidence <= CONTESTABLE
      ? byWording(analysed, found, ruled, {
          id: policy.id,
          workedAroundNotRaised: policy.reading.workedAroundNotRaised,
          ranksByProducts: policy.products.length > 0,
        })
      : ruled;
  const severity = rated.severity;
  let confidence = rated.confidence;
  const reasons = [...rated.reasons];
  const priority = policy.levelForSeverity(severity);
  const levels = policy.priorities.map((level) => level.id);
  const level = levels.indexOf(priority);
  if (level >= 1 && confidence >= LOW_CONFIDENCE) {
    // the rules' reasons to ask guard against a level two or more below the top; just below it, the words
    // of top-level reports do
    const reason =
      level >= 2
        ? reasonToAsk(text, analysed, found, severity, policy)
        : ((wording ? topLevelWorded(analysed, found, policy) : undefined) ??
          loginFailsBeside(text, analysed, found, policy) ??
          othersNamedBeside(text, severity, found, policy));
    if (reason !== undefined) {
      confidence = ASKED;
      reasons.push(reason);
    }
  }
  return { priority, severity, confidence, reasons };
}

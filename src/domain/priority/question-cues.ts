import { type Cue, cue, type Found } from "./cues.js";
import { needingWords } from "./needed-words.js";

/**
 * Whether a message is put as a question: announced as one ("Quick question: …"), or asked in every
 * sentence. Whether a question reports a failure is the rating's to say (request-rating.ts).
 */
export const ANNOUNCED_QUESTION: readonly Cue<"announced">[] = [
  cue(
    "announced",
    "^(a |one |quick )?question (about|regarding|on|re)",
    "^(a |one |quick )?question \\|",
    // "Question from us as reseller, for a client: can sender IDs be alphanumeric in Germany?"
    "^(a |one |quick |small )?question (from|for) [^|]+\\|",
    // "Q: max file size for WhatsApp media?"
    "^q \\|",
    // "invoice question: why were we charged twice?"
    "^(\\w+ )?question \\|",
    "quick question",
    "(i|we) have (a |one |some |a few |few )?(small |quick |short )?question",
    "just curious",
    // "No issue, just a question: can a flow be paused outside business hours?"
    "(just|only|simply) (a|one) (quick |small |short |general |simple )?question",
    "out of curiosity",
    // "is our backup running every night? just checking"
    "just (checking|check|wondering|wonder|asking|ask)(?= \\||$)",
    "just to (check|confirm)",
  ),
];

/**
 * A question announced about a failure, then the failure told: "a question about a single error: one sales
 * order failed with 'Invalid item reference'. Do we fix the item and retry?" reports what failed; not
 * "a question about an error: what does 'Invalid item reference' mean?", which asks only what it means.
 */
export const ANNOUNCED_ABOUT_A_FAILURE = needingWords(
  /\bquestion (?:about|regarding|on|re:?) (?:a |an |one |the |this |that |our )?(?:single |failed |failing |strange |recurring )?(?:error|failure|failed (?:order|record|run|sync|flow|message|call))s?\b[^:?.]{0,20}:[^?]+?[.!](?:\s|$)/i,
);

/**
 * The words a question opens with. "why" is left out ("why does the sync fail?" reports a failure), and
 * so is asking someone to act ("can someone call me back?"): a request, not a question.
 */
const QUESTION_OPENING = needingWords(
  /^(?:hi|hello|hey|team|all|folks|quick one)?[ ,!:]*(how|what|what's|where|when|which|who|is|are|(?:can|could|will|would)(?! (?:you|someone|somebody|anyone|u)\b)|do|does|did|should|may|any)\b/,
);

/**
 * How to do something, or what something means: "how do I retry failed SMS?", "what does 'rejected'
 * mean?", "pls what means status 'rejected by operator'?". Asked about a failure, it is still a question: it asks for knowledge, it reports nothing.
 */
const HOW_TO = needingWords(
  /^(?:hi|hello|hey|team|all|folks|quick one|quick question)?[ ,!:-]*(?:pls|please)?[ ,!:-]*(how (?:do|can|should|would|could) (?:i|we|you|one|our)\b|how to\b|how long\b|is there (?:a|any) (?:way|limit|maximum|max|minimum|cap|quota|setting|option|guide|manual)\b|where (?:can|do|should) (?:i|we)\b|(?:can|could) you (?:please )?explain\b|what (?:does|do) .+ mean\b|what means\b|what is the meaning of\b|what happens\b|what should (?:i|we) do\b|what(?:'s| is) the (?:best|easiest|quickest|recommended|right) way to\b)/,
);

/** A question about what will or would be: "will orders be lost?", "would the flow retry?". */
const WHAT_WOULD_BE = needingWords(
  /^(?:hi|hello|hey|team|all|folks)?[ ,!:]*(?:will|would|should|could)\b(?! (?:you|someone|somebody|anyone|u|it be that|this be that)\b)/i,
);

/**
 * Words before a colon that lead into the question: "Following up on my call with Tom:", "Maybe I missed
 * something:".
 */
const LEAD_IN = needingWords(
  /^(?:following up|follow-?up|further to|regarding|re|about|as discussed|as promised|on behalf of|after|one more thing|also|maybe|perhaps|sorry)\b[^:?]{0,80}:\s+(?=\S)/i,
);

/**
 * Who wants the answer, and for what, said after the question: "Finance wants the number for the budget
 * review.", "We need it for our SOX audit." It explains the question; it reports nothing.
 */
const WHY_ASKED = needingWords(
  /^(?:(?:our|my|the) )?(?:\w+ ){0,2}(?:wants?|needs?|asks?|asked|would like)(?: (?:it|them|this|that|to know|the (?:\w+ ){0,2}(?:number|numbers|figure|figures|answer|list|report|details|information)))? (?:for|before) (?:the|our|a|an|his|her|their|next|this) [^.!?]*[.!]?$/i,
);

export function askedInEverySentence(raw: string): Found<"asked" | "how-to"> | undefined {
  const sentences = raw
    .trim()
    .split(/(?<=[.!?])\s+|\s*\n\s*/)
    .filter((sentence) => /\p{L}/u.test(sentence));
  if (sentences.length === 0) return undefined;
  const asked = sentences.every(
    (sentence, index) => /\?\W*$/u.test(sentence) || (index > 0 && WHY_ASKED.test(sentence)),
  );
  // "Following up on my call with Tom this morning: what should I do?": the question after its lead-in
  const first = (sentences[0] ?? "").replace(LEAD_IN, "");
  const evidence = first.slice(0, 60).trim();
  // "What is the best way to send a big file? WeTransfer is blocked on our network.": how, then why
  // it is asked; not "how do I fix this? our SMS are failing", which points at the report after it
  if (HOW_TO.test(first.toLowerCase()) && /(?<!\b(this|it|that|these|them))\?\W*$/iu.test(first))
    return { value: "how-to", evidence };
  if (!asked) return undefined;
  if (!QUESTION_OPENING.test(first)) return undefined;
  // "Will orders be lost if integrator.io goes down?": what would be, asked only, reports no failure
  return { value: WHAT_WOULD_BE.test(first) ? "how-to" : "asked", evidence };
}

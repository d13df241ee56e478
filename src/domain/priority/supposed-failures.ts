import { needingWords } from "./needed-words.js";

/**
 * A failure supposed in a question, not reported: "What happens to queued SMS if your platform goes
 * down?", "Who do we call during an outage?", "Does the SLA cover the time voice is down?". Read as a
 * report, each would page the on-call for an outage nobody has; the question is what the client asks.
 */

/** What a supposed failure says: the words an outage or a failure is told in. */
const FAILURE = String.raw`(?:down|outages?|offline|fail\w*|crash\w*|unavailable|unreachable|(?:stops?|stopped) (?:working|running|sending)|(?:not|won't|doesn't|don't|isn't|aren't|can't) (?:work|working|start|load|open|boot)|breaks?|broken|errors?|slow|dies|dead|goes wrong|incidents?|disruptions?)`;

/**
 * The words a supposed case opens with. "when" only before a subject and a verb in the present ("when the
 * platform is down"), so that "when will SMS be back?" and "when did the outage start?" still report.
 */
const SUPPOSING = String.raw`(?:what if|if|in case(?: of)?|in the event(?: of| that)?|(?:for )?the case (?:where|when|that)|whenever|during|the (?:time|hours|minutes)(?: that| when)?|when(?= (?:the |your |our |a |an |it |they |\w+ )?[\w.]+ (?:is|are|goes|go|gets|get|fails?|stops?|crash(?:es)?|breaks?|has|have)\b))`;

/** A character within a clause: "integrator.io" is one word. */
const IN_CLAUSE = String.raw`(?:[^,?.!\n;:]|\.(?=\S))`;

/** A supposed case, up to the comma or the question mark that ends it, with a failure in it. */
const SUPPOSED_CASE = needingWords(
  new RegExp(
    String.raw`(?<lead>\b\w+\s+)?\b${SUPPOSING}\b(?<clause>${IN_CLAUSE}*?\b${FAILURE}\b${IN_CLAUSE}*)(?<end>,\s*|(?=[?.!]|$))`,
    "gi",
  ),
);

/**
 * "if" meaning whether, after asking someone to look: "can you check if SMS is down?" asks because the
 * client suspects it is. Supposed only in a question about what the provider offers ("do you have a status
 * page where we can see if voice is down?").
 */
const WHETHER_AFTER = needingWords(
  /^(?:check|see|know|tell|confirm|verify|wondering|wonder|asking|ask|idea|sure|out|look)\s+$/i,
);
const ABOUT_WHAT_IS_OFFERED = needingWords(
  /^\s*(?:(?:do|does) (?:you|your \w+|cm|celigo|kissflow) (?:have|offer|provide|support)|is there|are there|(?:can|could) (?:we|i) (?:get|set up|subscribe|see)|how (?:can|do|would|will) (?:we|i)|where (?:can|do) (?:we|i))\b/i,
);
/** The case is now: "if SMS is down again like yesterday", "when the portal is down like right now". */
const SAID_TO_BE_NOW = needingWords(/\b(?:now|today|currently|at the moment|again|still|like this)\b/i);

/**
 * Failures in general, asked about: "where can we see outages?", "how are we told about planned
 * outages?". Not "are there any outages?" nor "what causes these outages?": the client's own, now.
 */
const FAILURES_IN_GENERAL = needingWords(
  /\b(?:(?:see|about|of|for|on|during|notified|informed|alerted|warned|history of|updates? on|report on) (?:(?:future|planned|upcoming|possible|scheduled|all|any) )?|(?:future|planned|upcoming|possible|scheduled) )(?:outages|incidents|disruptions|downtimes?)(?: in (?:the )?future)?\b/gi,
);

/** Question sentences, each up to its question mark. */
const QUESTION = needingWords(/(?:[^.!?\n]|[.!?](?=[^\s.!?]))*\?+/g);
/**
 * A question asked as a request, a sentence of its own: "Please tell us what to do in case of an outage.",
 * "We'd like to know what happens to queued messages if your platform goes down."
 */
const ASKED_AS_A_REQUEST = needingWords(
  /(?<=^|[.!?\n]\s*)(?:please |pls |kindly )?(?:(?:can|could) you (?:please )?|we(?:'d| would) like to |(?:we|i) (?:want|need|wish|would like) to |help (?:us|me) )?(?:tell|explain|send|share|describe|let (?:us|me) know|know|understand|plan(?: for)?|clarify)\b(?:[^.!?\n:]|[.!?](?=[^\s.!?]))*/gi,
);

/**
 * Others wondered about, not known: "Are other customers affected?", "Is this affecting other clients too?".
 * A yes-or-no question does not say they are; "Other customers have the same" does.
 */
const YES_OR_NO = needingWords(
  /^\s*(?:and |also |so )?(?:are|is|do|does|did|has|have|were|was|could|can|might|may)\b/i,
);
const OTHERS = needingWords(
  /\b(?:(?:any |all |your |the )?other (?:customers|clients|companies|tenants|firms|businesses))(?: too| as well| also)?\b/gi,
);

/**
 * A way around asked for, not had: "Is there a workaround we can use in the meantime?", "Any workaround
 * for now?". Only in a sentence that opens as a question: "We do them by hand for now, but how long will
 * this take?" has one.
 */
const OPENS_AS_A_QUESTION = needingWords(
  /^\s*(?:and |also |so )?(?:are|is|do|does|did|has|have|can|could|would|will|should|any|what|how|where|who)\b/i,
);
const WAY_AROUND = needingWords(
  /\b(?:work ?-?arounds?|ways? around (?:it|this|that)|alternatives?|in the meantime|meanwhile|for now|temporary (?:fix|solution))\b/gi,
);

/**
 * "Are other customers affected?" goes whole: left as "Are affected?" it would read as something failing.
 * "Are other customers also unable to log in?" keeps what it says of the client.
 */
function withoutOthersWondered(question: string): string {
  const rest = question.replace(OTHERS, "");
  if (rest === question) return question;
  return (rest.match(/\p{L}+/gu) ?? []).length <= 4 ? "" : rest;
}

export function withoutSupposedFailures(text: string): string {
  // Without a question mark, QUESTION would still be tried from every character, each try running to the
  // end of its sentence: on a long report, more time than the rest of this reading.
  const questionsRead = text.includes("?") ? text.replace(QUESTION, withoutWhatIsOnlyAsked) : text;
  return questionsRead.replace(ASKED_AS_A_REQUEST, withoutSupposedCases);
}

function withoutWhatIsOnlyAsked(question: string): string {
  const wondered = YES_OR_NO.test(question) ? withoutOthersWondered(question) : question;
  const asked = OPENS_AS_A_QUESTION.test(wondered) ? wondered.replace(WAY_AROUND, "") : wondered;
  return withoutSupposedCases(asked);
}

function withoutSupposedCases(question: string): string {
  const offered = ABOUT_WHAT_IS_OFFERED.test(question);
  return question
    .replace(FAILURES_IN_GENERAL, "")
    .replace(SUPPOSED_CASE, (whole: string, ...rest: unknown[]) => {
      const { lead = "", clause, end } = rest.at(-1) as { lead?: string; clause: string; end: string };
      if (SAID_TO_BE_NOW.test(clause)) return whole;
      const whether = /^if\b/i.test(whole.slice(lead.length)) && WHETHER_AFTER.test(lead);
      if (whether && !offered) return whole;
      // "Who do we call during an outage?" reads "Who do we call?"; "If SMS is down, do …?" reads "do …?"
      return end === "" ? lead.trimEnd() : lead;
    });
}

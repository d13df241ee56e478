import { needingWords } from "./needed-words.js";
import {
  EARLIER_DAY,
  TODAY,
  WAY_AROUND_CLAUSE,
  WHAT_IT_IS_TO_US,
  WORKING_CLAUSE,
  WORKS_AT_END,
} from "./product-mentions.js";

// Which clauses of a message may tell of a product failing (contract-terms.ts reads the products in them).

/**
 * The clauses that may tell of something failing: not one that says it works, what it is to the client,
 * the way around it, what the client had planned ("We had planned a Marketing Cloud campaign over WhatsApp
 * at noon, that's off now": the plan the failure stops, not a second product failing), or, where the
 * message says what fails today, a failure of an earlier day ("Yesterday voice was down for an hour
 * (thanks for fixing). Today WhatsApp messages aren't arriving").
 */
export function clausesTellingOfFailure(clauses: readonly string[], raw: string): string[] {
  const todaySaid = TODAY.test(raw);
  const pointedBack = pointedBackToAsWorking(clauses);
  return clauses.filter(
    (clause, at) =>
      !pointedBack.has(at) &&
      (!WORKING_CLAUSE.test(clause) || echoesFailure(clause, clauses[at - 1])) &&
      !WORKS_AT_END.test(clause) &&
      !WHAT_IT_IS_TO_US.test(clause) &&
      !WAY_AROUND_CLAUSE.test(clause) &&
      !PLANNED.test(clause) &&
      !(todaySaid && EARLIER_DAY.test(clause)),
  );
}

/**
 * "Calls are failing, and so are the chats", "SMS is down and so is WhatsApp": a clause ending on "so is"
 * says again what was said before it, a failure too; only after something that works ("Outbound calls
 * work, and so does SMS") does it say that works.
 */
function echoesFailure(clause: string, before: string | undefined): boolean {
  const echo = ECHO.exec(clause);
  if (echo === null) return false;
  const lead = clause
    .slice(0, echo.index)
    .replace(/\b(?:and|but)\s*$/i, "")
    .trim();
  return SAYS_SOMETHING_FAILS.test(lead === "" ? (before ?? "") : lead);
}

const ECHO = needingWords(/\bso (?:is|are|was|were|does|do|did|has|have) (?:the |our )?[\w-]+\s*$/i);

const PLANNED = needingWords(
  /^\s*(?:we|i)(?: had| have)? (?:planned|scheduled|were planning|was planning|were going to|was going to)\b/i,
);

/**
 * "i tested sms, voice and the bot too; those all work", "SMS, voice, chat: all fine": what a clause points
 * back to works, and so do the clauses before it that only list what was tried, back to one that says
 * something fails.
 */
function pointedBackToAsWorking(clauses: readonly string[]): ReadonlySet<number> {
  const working = new Set<number>();
  clauses.forEach((clause, at) => {
    if (!WORKS_POINTING_BACK.test(clause)) return;
    working.add(at);
    for (let before = at - 1; before >= 0 && !SAYS_SOMETHING_FAILS.test(clauses[before] ?? ""); before--)
      working.add(before);
  });
  return working;
}

const WORKS_POINTING_BACK = needingWords(
  /^\s*(?:those|these|both|all of them|each of them|all of those)(?: all| both)?(?: still)? (?:work|are (?:fine|ok|okay|working|up))(?: fine| normally| as usual)?(?: too| as well)?\s*$|^[^:]*:\s*(?:all|both)(?: still)? (?:fine|ok|okay|working|good|up|unaffected)\s*$/i,
);
const SAYS_SOMETHING_FAILS =
  /\b(?:not|no|never|nothing|nobody|none|down|dead|out|gone|broken|stuck|fail\w*|errors?|stopped|cannot)\b|n't\b/i;

/**
 * The comma of a list that opens a sentence, "the phones, the chats and the email channel are all down":
 * one clause, the verb at its end, not "the phones" alone.
 */
export const LIST_COMMA = needingWords(
  /,(?<=(?:^|[.;:!?]\s+)(?:the |our |your )?[\w'-]+(?: [\w'-]+)?,)(?=\s(?:the |our |your )?[\w'-]+(?: [\w'-]+){0,3}\s(?:and|or)\s)/g,
);

/**
 * The comma of a list in brackets: "Everything else (chatbot, calls) works" is one clause, not the chatbot
 * named on its own.
 */
export const BRACKETED_LIST_COMMA = needingWords(/(?<=\([^()\n.;!?]*),(?=[^()\n.;!?]*\))/g);

/**
 * The comma of a list of the work agents do, inside a sentence: "Nobody can answer chats, emails or calls
 * through it" is one clause, not "emails or calls" failing on their own.
 */
const WORK = "(?:chats?|calls?|e-?mails?|conversations?|tickets?|messages?|whatsapps?)";
export const WORK_LIST_COMMA = needingWords(
  new RegExp(String.raw`(?<=\b${WORK}),(?=\s${WORK}(?:,\s${WORK})*\s(?:or|and|nor)\s${WORK}\b)`, "gi"),
);

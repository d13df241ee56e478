import type { Policy } from "../sla/policy.js";
import { failingProducts } from "./contract-terms.js";
import type { Dimensions } from "./dimensions.js";
import { needingWords } from "./needed-words.js";
import { isNarrow, isWide } from "./scope-cues.js";
import type { Severity } from "./severity.js";
import type { AnalysedText } from "./text-analysis.js";

/** The confidence of a suggestion the client is asked about instead: just under the threshold. */
export const ASKED = 0.45;

/** The client calling it urgent (not "not urgent"): never a reason to rate it two levels down without asking. */
// not which of them: "finance approves urgent ones by email meanwhile"
const CALLED_URGENT = needingWords(
  /(?<![\w~])(urgent(?! (one|item|request|claim|order|case|ticket|invoice|payment|approval)s?\b)|asap|emergency|critical|p1|sev ?1|severity 1)(?!\w)/,
);

/**
 * Why to ask the client rather than set a level two or more below the top: a reading that disagrees
 * with it (the client calls it urgent, everyone is affected, it reads as down, several products fail).
 * Asking costs the client one question; a wrong low level can cost the contract's first deadline.
 */
export function reasonToAsk(
  text: string,
  analysed: AnalysedText,
  found: Dimensions,
  severity: Severity,
  policy: Policy,
): string | undefined {
  if (CALLED_URGENT.test(analysed.lemmas) || text.includes("!!"))
    return "called urgent by the client, so the client is asked";
  if (isWide(found.scope?.value) && severity !== "trivial" && severity !== "planned")
    return "everyone is affected but the failure reads minor, so the client is asked";
  // Down for all the message says, yet rated low (a way around it, say).
  if (found.state?.value === "down" && !isNarrow(found.scope?.value))
    return "it reads as down, so the client is asked";
  // "cannot login to kissflow": the writer is assumed, not named, and the whole of it would be out for all.
  if (found.state?.value === "down" && found.unit?.value === "system" && writerAssumed(found))
    return "who else is affected is not said, so the client is asked";
  if (found.state !== undefined && failingProducts(analysed, policy).length >= 2)
    return "several products are named in the report, so the client is asked";
  return undefined;
}

/** One person read from a report that names no one: "cant get into the CRM since the update". */
function writerAssumed(found: Dimensions): boolean {
  const scope = found.scope;
  return scope?.value === "one" && !/\b(i|me|my|she|he|her|his|one|single|new)\b/i.test(scope.evidence);
}

/** A login that fails, said in a clause of its own: "agents can't log in", "platform login fails for everybody". */
const LOGIN_FAILS = needingWords(
  /\b(?:(?:can'?t|cannot|can not|unable to|couldn'?t|won'?t let|not able to)(?: \w+){0,4} (?:log|sign) ?(?:in|on)|(?:login|log-?in|sign-?in|sso)s? (?:\w+ )?(?:fails?|failing|failed|broken|errors?|down|not working|doesn'?t work|loops?))\b/i,
);
/** Clauses as a report lists them: "SMS down + agents can't log in", "login fails and the API returns 503". */
const CLAUSE_BREAK = /[.;!?\n+,]|\b(?:and|but|while)\b/i;

/**
 * Why to ask about a report rated one level below the contract's top (Connect & Engage's P2: one product
 * out) where a login fails beside the product that does: "sms api 500s + agents can't log in", "platform
 * login fails for everybody and the SMS API returns 503". Where the login goes is not said: the agents'
 * desktop or the portal would make a second product out (the top level), so the client is asked.
 */
export function loginFailsBeside(
  text: string,
  analysed: AnalysedText,
  found: Dimensions,
  policy: Policy,
): string | undefined {
  if (policy.products.length < 2 || found.state === undefined) return undefined;
  const failing = failingProducts(analysed, policy);
  if (failing.length !== 1) return undefined;
  const loginElsewhere = text
    .split(CLAUSE_BREAK)
    .some(
      (clause) => LOGIN_FAILS.test(clause) && !policy.products.some((product) => product.named.test(clause)),
    );
  return loginElsewhere
    ? `a login fails beside ${failing[0]}, and where it goes is not said, so the client is asked`
    : undefined;
}

/**
 * Other organisations named beside an outage read as the client's own: "the one you run for all six
 * tenants", "the firms upstairs". Where the contract's top level is an outage for many of its customers
 * (the managed helpdesk's P1, a contract with no products of its own) and the next one the client's own
 * (P2), who else is out is what tells them apart; the ways of saying it are many, and the ones the rules
 * do not know read silently one level down. The level stays the rules' (both page at once); the client
 * is asked whether others are out too. Of the development messages labelled P1 there, 198 of 259 name
 * other organisations in these words; of those labelled P2, 3 of 398.
 */
export function othersNamedBeside(
  text: string,
  severity: Severity,
  found: Dimensions,
  policy: Policy,
): string | undefined {
  const top = policy.priorities[0]?.id;
  if (severity !== "outage" || policy.levelForSeverity("widespread_outage") !== top) return undefined;
  if (policy.levelForSeverity("outage") === top || found.scope?.value === "other customers") return undefined;
  // with products of its own (Connect & Engage), several of them out is what reaches the top level
  if (policy.products.length >= 2) return undefined;
  const named = OTHERS_BESIDE_THE_CLIENT.exec(text);
  if (named === null) return undefined;
  // "Other practices aren't affected as far as I can tell": the client has told already
  const restOfSentence = text.slice(named.index + named[0].length).split(/[.!?;\n]/)[0] ?? "";
  return SAID_UNAFFECTED.test(restOfSentence)
    ? undefined
    : `other organisations are named ("${named[0]}"), so the client is asked whether they are out too`;
}

/** Said of the others just named: they are not out. */
const SAID_UNAFFECTED =
  /^\W*(?:\w+\W+){0,4}?(?:(?:are|is|were|seem|seems|look|looks)\s+)?(?:(?:not|n't|aren't|isn't|weren't)\s+(?:affected|impacted|hit|down)|fine|ok|okay|unaffected|working|online|not affected)\b/i;

/**
 * Organisations other than the client: not its own sites and offices ("our European site"), which
 * reach.ts's OTHER_ORGANISATIONS also counts as where something still works.
 */
const OTHERS_BESIDE_THE_CLIENT = needingWords(
  /\b(?:tenants?|firms|companies|businesses|practices|neighbou?rs?|next door|upstairs|downstairs|everyone else|business park|(?:your|other|another) (?:\w+ )?(?:clients?|customers?|offices|sites|compan(?:y|ies)|firms?|organi[sz]ations?))\b/i,
);

import type { Policy } from "../sla/policy.js";
import { ASKED } from "./ask-instead.js";
import { asksHowToChangeWhatItShows, asksWhetherAnAnnoyanceIsNormal } from "./asked-about.js";
import { first } from "./cues.js";
import type { Dimensions } from "./dimensions.js";
import { environmentOf } from "./environment.js";
import { NO_IMPACT, NO_PROBLEM, REMARK } from "./impact-cues.js";
import { isOutage, rateImpact } from "./impact-rating.js";
import { needingWords } from "./needed-words.js";
import { ANNOUNCED_ABOUT_A_FAILURE } from "./question-cues.js";
import { CONFIDENCE, type Rating, why } from "./rating.js";
import { isWide } from "./scope-cues.js";
import { SEVERITIES } from "./severity.js";
import { HOPED_FOR_WORDS } from "./spared-cues.js";
import type { AnalysedText } from "./text-analysis.js";

/**
 * The level of a message that is not an incident to weigh: a non-production issue where the contract
 * sets its level (Celigo: low), a question, a request, an annoyance, a cosmetic defect, or one the client
 * sets no deadline for. Undefined for an incident.
 */
export function rateAsRequest(text: AnalysedText, found: Dimensions, policy: Policy): Rating | undefined {
  return (
    byContract(text, policy) ??
    recovered(text, found) ??
    withdrawn(text, found) ??
    asked(text, found) ??
    minor(text, found, policy)
  );
}

/**
 * Working again, said of the whole: "It's working again now", "everything is back to normal", "service
 * has been restored". Not a problem that is back ("the VPN issue is back"), nor a part ("SMS works again,
 * voice is still down").
 */
const WORKING_AGAIN = needingWords(
  /\b(?:it|everything|all|all services|the service|service|services|they|things|calls?|sms|messages?|the (?:platform|system|portal|app|line|network|connection|site))(?:(?:'s|'re| is| are| has| have| seems to be| seem to be| looks?| appears? to be)(?: been)?(?: all)? (?:back(?: up| online| to normal| now)|working again|fine again|ok(?:ay)? again|up again|running again|up and running again|restored|recovered)| (?:works|work|is working|are working) (?:again|normally again|fine again))\b/i,
);
/**
 * Through on a later run, or all in: "failed at 2am and succeeded on the 3am run, all orders are in". Not
 * a second try by hand ("it worked on the second try"): that is the way around it.
 */
const THROUGH_LATER = needingWords(
  /\b(?:(?:succeeded|worked|went through|ran fine|ran ok|was fine) on the (?:next|following|second|later|\d{1,2}(?::\d\d)? ?(?:am|pm)?) (?:run|sync)|the (?:next|following|second|\d{1,2}(?::\d\d)? ?(?:am|pm)) (?:run|sync) (?:succeeded|worked|went through|was fine|ran fine)|all (?:the )?(?:orders|records|invoices|messages|payments|items) (?:are|were|have been|got) (?:in|through|synced|imported|delivered|sent)(?= *(?:now|again)?(?:[.,!;]|$)))/i,
);
/** Fine now, said of the whole: "all fine now", "today it's fine", "everything is ok again". */
const FINE_NOW = needingWords(
  /\b(?:(?:it|everything|all|things|all services|the service)(?:'s| is| are| seems| seem| looks)?(?: all)? (?:fine|ok|okay|good|normal|working fine|back to normal)(?: again)? (?:now|today|again)|(?:it|everything|all|things)(?:'s| is| has| have)?(?: been)?(?: all)? (?:fine|ok|okay|good|normal) (?:ever )?since(?: then)?(?! \w)|no (?:more )?(?:errors|issues|problems|failures) since(?: then)?(?! \w)|(?:today|now) (?:it|everything|all)(?:'s| is| are| seems)? (?:fine|ok|okay|good|normal|working))\b/i,
);
/** Something still failing after it is said to work again, or failing again and again. */
const STILL_FAILING = needingWords(
  /\b(?:still|keeps?|again (?:down|fail\w*|broken|not)|but (?:\w+ ){0,4}(?:not|down|fail\w*|broken|wrong|missing|stuck)|except|apart from|slow\w*|errors?|until|each time|every time|whenever|behind|delay(?:ed|s)?|lagg?ing|takes? (?:\w+ ){0,3}(?:hours?|minutes?) (?:instead of|rather than))\b|n't\b/i,
);
/** What comes before working again that only wishes it: "let us know when", "until", "hopefully". */
const HOPED_FOR = needingWords(new RegExp(String.raw`\b(?:${HOPED_FOR_WORDS})\s+$`, "i"));
const RECURRING = needingWords(
  /\b(?:keeps?|keeping|every (?:\d+ )?(?:hour|minute|day|time|few)|each time|whenever|again and again|on and off)\b/i,
);

/**
 * An incident the client reports as over: what is left is to know what happened ("we'd like an
 * explanation"), a question for the provider, not a failure to restore. Asked about where it was down for
 * everyone: the client may still count it by what it was.
 */
function recovered(text: AnalysedText, found: Dimensions): Rating | undefined {
  const again = WORKING_AGAIN.exec(text.raw) ?? FINE_NOW.exec(text.raw) ?? THROUGH_LATER.exec(text.raw);
  // "it's fine now" also reads as now and then (once, and fine since): that is the same statement
  const recurring =
    found.intermittent !== undefined &&
    !/\b(?:(?:fine|ok|okay|normal|normally) (?:again|now)|came back)\b/i.test(found.intermittent.evidence);
  if (again === null || found.state === undefined || recurring) return undefined;
  // "Please let us know when it is working again": hoped for, not told
  if (HOPED_FOR.test(text.raw.slice(Math.max(0, again.index - 30), again.index))) return undefined;
  // "incoming calls work again but the IVR skips the language choice": what fails is said after
  if (
    RECURRING.test(text.raw) ||
    failureSaidAfter(text, found, again.index + 1, again.index + again[0].length)
  )
    return undefined;
  const wasOut = found.state.value === "down" || isWide(found.scope?.value);
  // The words of the outage it was do not make it one again: "Kissflow was down for 10 minutes at 9am,
  // all fine now" pages no one.
  return {
    severity: "trivial",
    confidence: wasOut ? ASKED : CONFIDENCE.request,
    reasons: [`over already ("${again[0].trim()}"): what is left is to know what happened`],
    byReading: true,
  };
}

/**
 * The report taken back, or solved by the client: "never mind, found the answer in your docs", "Ignore
 * my previous message, it was our firewall", "false alarm", "figured it out". Not a report made after it:
 * "please disregard my last message: now nobody can log in".
 */
const WITHDRAWN = needingWords(
  new RegExp(
    [
      String.raw`\b(?:never ?mind|nvm)(?:\s*[,.!:;-]|\s*$|\s+(?:my|our) (?:last |previous |earlier |other |first )?(?:message|ticket|mail|e-?mail|request|question|post)s?\b)`,
      String.raw`\b(?:please )?(?:disregard|ignore|forget)(?: about)? (?:my|our|the|this)(?: (?:last|previous|earlier|other|first|original))? (?:message|ticket|mail|e-?mail|request|post|question|report|case)s?\b`,
      String.raw`\b(?:found|figured out|worked out) (?:the answer|the solution|the fix|what it was)\b`,
      String.raw`\b(?:figured|sorted|worked) it out\b`,
      String.raw`\b(?:it was|turned out to be|turns out it was|it turned out to be)(?: just| only)? (?:on )?(?:our|my) (?:side|end|firewall|network|mistake|fault|bad|router|proxy|vpn|wifi|settings?|configuration|config)\b`,
      String.raw`\bfalse alarm\b`,
      String.raw`\b(?:sorted|solved|fixed|resolved) it (?:myself|ourselves)\b`,
    ].join("|"),
    "i",
  ),
);

/** Words before it at most: "Sorry, please ignore my last message", "Hi team, never mind". */
const OPENING_WORDS = 4;
/** Where it can end at most: four words and the longest of it ("it turned out to be only on our …"). */
const OPENING_CHARACTERS = 160;

function withdrawn(text: AnalysedText, found: Dimensions): Rating | undefined {
  // said first, of the whole: "We figured it out, works now" after a wrong document is still the defect
  const taken = WITHDRAWN.exec(text.raw.slice(0, OPENING_CHARACTERS));
  if (taken === null || text.raw.slice(0, taken.index).split(/\s+/).length > OPENING_WORDS) return undefined;
  // what fails is said after it: "ignore my last message, now WhatsApp is down too"
  const end = taken.index + taken[0].length;
  if (failureSaidAfter(text, found, end, end)) return undefined;
  return {
    severity: "trivial",
    confidence: CONFIDENCE.request,
    reasons: [`taken back by the client ("${taken[0].replace(/[\s,.!:;-]+$/, "")}")`],
    byReading: true,
  };
}

/**
 * A failure told after what says it is over or taken back: its state's words start at `stateFrom` or
 * later, or from `restFrom` on something is still failing.
 */
function failureSaidAfter(
  text: AnalysedText,
  found: Dimensions,
  stateFrom: number,
  restFrom: number,
): boolean {
  const failure = found.state === undefined ? -1 : text.raw.indexOf(found.state.evidence.toLowerCase());
  return failure >= stateFrom || STILL_FAILING.test(text.raw.slice(restFrom));
}

function byContract(text: AnalysedText, policy: Policy): Rating | undefined {
  const environment = environmentOf(text.raw);
  const level = policy.reading.nonProductionLevel;
  if (environment === undefined || level === undefined) return undefined;
  return {
    severity: "trivial",
    priority: level,
    confidence: CONFIDENCE.nonProduction,
    reasons: [`"${environment}": a non-production issue, ${level} under this contract`],
  };
}

const REQUEST_LABELS = {
  question: "a question",
  feature: "a feature request",
  scheduled: "a scheduled task",
  service: "a service request",
} as const;

/** A request, or a question: put as one with nothing failing, or announced while nothing is widely down. */
function asked(text: AnalysedText, found: Dimensions): Rating | undefined {
  const { request, state, asking } = found;
  // "please reset 2FA for Mark": the word of the request itself ("reset") is no failure
  const failing =
    (state !== undefined &&
      state.value !== "cosmetic" &&
      !(request?.value === "service" && request.evidence.includes(state.evidence)) &&
      !asksHowToChangeWhatItShows(found)) ||
    asksWhetherAnAnnoyanceIsNormal(found);
  // A feature request stays one unless the service is out; a question or a task only without a failure.
  if (request !== undefined && (request.value === "feature" ? !isOutage(found) : !failing)) {
    const trivial = request.value === "question" || request.value === "service";
    return {
      severity: trivial ? "trivial" : "planned",
      confidence: CONFIDENCE.request,
      reasons: [why(REQUEST_LABELS[request.value], request)],
    };
  }
  if (asking === undefined) return undefined;
  // "how do I retry failed SMS?" asks how, whatever fails; "why does the sync fail?" reports it. A
  // question announced and never asked is a report: "Quick question: the datasets module throws an error
  // when anyone opens it".
  const downForEveryone = state?.value === "down" || isWide(found.scope?.value);
  const askedAloud = text.raw.includes("?");
  const reportsIt =
    asking.value === "how-to"
      ? downForEveryone
      : asking.value === "asked"
        ? failing
        : downForEveryone || (failing && (!askedAloud || ANNOUNCED_ABOUT_A_FAILURE.test(text.raw)));
  if (reportsIt) return undefined;
  // "Quick question: the calculated field 'Total' shows 0": announced, but nothing asked and nothing read
  // as failing; the client is asked how it affects them
  const askedNothing = asking.value === "announced" && request === undefined && !askedAloud;
  return {
    severity: "trivial",
    confidence: askedNothing ? CONFIDENCE.noEvidence : CONFIDENCE.request,
    reasons: [why("a question", request ?? asking)],
  };
}

/** People missing or overlooking their work: "agents miss new chats", "we overlooked two calls". */
const WORK_MISSED = needingWords(
  /\b(miss|misses|missed|missing|overlook|overlooks|overlooked|don'?t see|doesn'?t see|can'?t see|cannot see|do not see|does not see)\b( \w+){0,2} (new |incoming |inbound |waiting )?(chat|call|message|email|conversation|order|lead|ticket|request)s?\b/i,
);

/** Customers lost over it: "cosmetic mostly, but some visitors leave". */
const CUSTOMERS_LOST = needingWords(
  /\b(visitors|customers|callers|people|shoppers|users)\b[^.,;]{0,20}\b(leave|left|hang up|hung up|give up|gave up|drop off|dropped off|go away|went away)\b/i,
);

/** An annoyance, a cosmetic defect, or an issue with no deadline where the contract ranks those lower. */
function minor(text: AnalysedText, found: Dimensions, policy: Policy): Rating | undefined {
  const { state, annoyance, noDeadline, criticality } = found;
  // "low priority:", "no rush": the client sets no deadline for a defect that only looks wrong
  const unhurried = noDeadline !== undefined || criticality?.value === "not critical";
  // "the VPN drops every 15 minutes for everyone, annoying": everyone's work broken up all day, not an annoyance
  const recurringForEveryone =
    isWide(found.scope?.value) &&
    found.intermittent !== undefined &&
    state !== undefined &&
    state.value !== "wrong" &&
    state.value !== "cosmetic";
  if (annoyance !== undefined && !isOutage(found) && state?.value !== "broken" && !recurringForEveryone) {
    // An annoyance ranks as the contract says (Connect & Engage: it impacts use, P4), one in how
    // something moves as a cosmetic defect (the managed helpdesk's is a defect, P4). "No rush" lowers it
    // only where a level is for issues without a deadline: "not urgent, but annoying: the note I add is
    // lost" is still in the way.
    const ranked = annoyance.value === "look" ? policy.reading.cosmetic : policy.reading.annoyance;
    const trivial = ranked === "trivial" || (unhurried && policy.reading.noDeadlineIsLower);
    return {
      severity: trivial ? "trivial" : "minor_impact",
      confidence: CONFIDENCE.cosmetic,
      reasons: [why("an annoyance", annoyance)],
    };
  }
  if (state?.value === "cosmetic") {
    // "the unread badge turned grey and some agents miss new chats because of it": it looks wrong, and
    // work is missed over it
    const missedWork = WORK_MISSED.test(text.raw) || CUSTOMERS_LOST.test(text.raw);
    const trivial = (policy.reading.cosmetic === "trivial" && !missedWork) || unhurried;
    return {
      severity: trivial ? "trivial" : "minor_impact",
      confidence: CONFIDENCE.cosmetic,
      reasons: [why("cosmetic", state)],
    };
  }
  // "the order of channels is different from yesterday, not a problem, just noticed": nothing fails
  // "arriving on Tuesdays instead of Mondays, not a problem really": a wrong result the client says is none
  // "not urgent at all, just something we noticed": a passing remark with no deadline says the same
  const remarkWithoutDeadline = unhurried && first(text, REMARK) !== undefined;
  const noProblem =
    state?.value === "wrong" && (first(text, NO_IMPACT) !== undefined || remarkWithoutDeadline);
  // "takes a second longer to load since the update. Not a problem.", "shows UTC instead of our time zone.
  // Not a problem": slower or wrong, and by the client's account no problem (not "no impact on orders",
  // which says what it spares)
  const noProblemSaid = first(text, NO_PROBLEM);
  const slowOrWrong = state?.value === "degraded" || state?.value === "wrong";
  if (slowOrWrong && !isWide(found.scope?.value) && noProblemSaid !== undefined)
    return {
      severity: "trivial",
      confidence: CONFIDENCE.cosmetic,
      reasons: [why("no problem in the client's words", noProblemSaid)],
    };
  const smallRemark = state === undefined && first(text, REMARK) !== undefined;
  if (criticality?.value === "minor" && (smallRemark || noProblem)) {
    // "Two small things: …": where a defect without a deadline is not the lowest level (the managed
    // helpdesk's P4), the client calling it small does not make it one
    const lowest = noProblem || unhurried || policy.reading.cosmetic === "trivial";
    return {
      severity: lowest ? "trivial" : "minor_impact",
      confidence: CONFIDENCE.cosmetic,
      reasons: [why("minor in the client's words", criticality)],
    };
  }
  // The contract's level without a deadline is for issues that do not impact productivity: "the VPN is
  // very slow for everyone, we can barely work. Not urgent." still does
  if (
    noDeadline !== undefined &&
    policy.reading.noDeadlineIsLower &&
    !isOutage(found) &&
    SEVERITIES.indexOf(rateImpact(text, found, policy).severity) >= SEVERITIES.indexOf("minor_impact")
  ) {
    return {
      severity: "trivial",
      confidence: CONFIDENCE.noDeadline,
      reasons: [why("no deadline", noDeadline)],
      byReading: true,
    };
  }
  return undefined;
}

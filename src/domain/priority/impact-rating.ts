import type { Policy } from "../sla/policy.js";
import { ASKED } from "./ask-instead.js";
import { failingProducts } from "./contract-terms.js";
import { isSharedRoomDevice, notCoreNorStopped } from "./core-services.js";
import { isFewCases } from "./counted-scope.js";
import type { Dimensions } from "./dimensions.js";
import { nonProductionOnly } from "./environment.js";
import { needingWords } from "./needed-words.js";
import { partNamedAsSubject } from "./opening-part.js";
import { CONFIDENCE, type Rating, why } from "./rating.js";
import { downplayed, type Reach, reachOf } from "./reach.js";
import { rateSlowness, rateWrongResults } from "./result-rating.js";
import { isNarrow, isWide } from "./scope-cues.js";
import { SEVERITIES } from "./severity.js";
import type { AnalysedText } from "./text-analysis.js";
import { everythingStops, productNamedFailing } from "./whole-product.js";

/**
 * Rates an incident by its impact: out of service for everyone is an outage (widespread when other
 * customers or several products are hit, a whole module where the contract says so); otherwise by what
 * fails, for whom, and whether there is a way around it.
 */
export function rateImpact(text: AnalysedText, dimensions: Dimensions, policy: Policy): Rating {
  const rating = rateByImpact(text, dimensions, policy);
  const environment = nonProductionOnly(text.raw);
  if (environment === undefined || SEVERITIES.indexOf(rating.severity) >= SEVERITIES.indexOf("minor_impact"))
    return rating;
  const reasons = [
    ...rating.reasons,
    `only a non-production environment ("${environment}"); production works`,
  ];
  // The client says production works: the words of breaking issues do not make a test environment one.
  return { severity: "minor_impact", confidence: CONFIDENCE.broken, reasons, byReading: true };
}

function rateByImpact(text: AnalysedText, dimensions: Dimensions, policy: Policy): Rating {
  const found = withPartNamed(text, dimensions, policy);
  const { state } = found;
  if (state === undefined) {
    // No reasons: the acknowledgement says nothing in the message shows who is affected or what fails.
    return { severity: "minor_impact", confidence: CONFIDENCE.noEvidence, reasons: [] };
  }
  const reach = reachOf(text, found, state, policy);
  const outage = asOutage(text, reach, policy);
  if (outage !== undefined) return outage;
  if (isIndicatorOnly(reach)) {
    reach.reasons.push(why("only what shows the status", found.partSubject));
    return {
      severity: "minor_impact",
      confidence: CONFIDENCE.indicator,
      reasons: reach.reasons,
      byReading: true,
    };
  }
  switch (state.value) {
    case "down":
    case "broken":
      return rateFailure(text, reach, policy);
    case "severely degraded":
    case "degraded":
      return rateSlowness(text, reach, policy);
    default:
      return rateWrongResults(text, reach, policy);
  }
}

/** The part of a product the report opens on, where the contract ranks by products and no cue read one. */
function withPartNamed(text: AnalysedText, found: Dimensions, policy: Policy): Dimensions {
  if (found.partSubject !== undefined) return found;
  const named = partNamedAsSubject(text.raw, policy);
  // Unless what the product is for fails with it: "our call flow is broken, every caller gets
  // disconnected" is Voice out, whatever part the client names first.
  if (named === undefined || CORE_FAILURE.test(named.rest) || WHAT_IT_CARRIES_FAILS.test(named.rest))
    return found;
  return { ...found, partSubject: { value: "feature", evidence: named.part } };
}

/** Words for people, where a scope is read: not "every refund", "all orders". */
const PEOPLE = needingWords(
  /\b(every(one|body)|nobody|no one|anyone|anybody|users?|agents?|staff|people|employees?|colleagues?|customers?|clients?|callers?|visitors?|team|us|we)\b/i,
);

/** Every message, call or customer, or nothing at all: "fails for every message", "nothing comes in". */
const WHAT_IT_CARRIES_FAILS = needingWords(
  /\b(every|all|any|no|none of|not a single)\b[^,.;]{0,20}\b(message|sms|call|caller|chat|email|customer|conversation)s?\b|\b(nothing|anything|everything)\b|\bat all\b/i,
);

/** Down, or failing for everyone (or most) across the whole thing. */
export function isOutage(found: Dimensions): boolean {
  const { state, scope } = found;
  if (state === undefined) return false;
  const wide = isWide(scope?.value);
  // Recordings, reports or receipts failing for every call, or a single feature failing for everyone,
  // are a breaking issue within the product, not the product out: the calls themselves go on.
  if (found.partSubject !== undefined) return false;
  if (state.value === "down") return scope === undefined || wide;
  // A phishing email or a virus that reached everyone is a security incident for the people it caught,
  // not the service out.
  const security = /\b(phishing|virus|malware|fake|fraudulent|scam|spoof(ed)?)\b/i.test(state.evidence);
  return state.value === "broken" && wide && !security;
}

function asOutage(text: AnalysedText, reach: Reach, policy: Policy): Rating | undefined {
  const { found, reasons } = reach;
  const { scope, intermittent, unit } = found;
  // Out of service, but the client says it is not critical and not that everyone is affected: "a
  // non-critical business process is blocked" (Celigo's high), below an outage.
  // Every item of a process the client calls not critical is still that process: "every refund fails,
  // refunds aren't our main process".
  const itemsOnly = scope !== undefined && !PEOPLE.test(scope.evidence);
  const notCriticalPart =
    downplayed(found) &&
    (!isWide(scope?.value) || (found.criticality?.value === "not critical" && itemsOnly));
  // "Voice is not working", "sms sending broken": the product itself, not a part of it, fails.
  const wholeProduct = reach.state.value === "broken" ? productNamedFailing(text.raw, policy) : undefined;
  // "no texts, no calls, no chats": every product named fails as a whole, said of what they carry
  const everything =
    reach.state.value === "broken" && wholeProduct === undefined && failingProducts(text, policy).length >= 2
      ? everythingStops(text.raw)
      : undefined;
  // Where the contract ranks by how much of the product fails (Kissflow: "a feature within a module is
  // affected"), one feature failing for everyone is that feature, not the system down. Elsewhere it is a
  // breaking issue within the product ("the scheduling option stopped working for all users"), unless what
  // fails is what the product is for: sending, answering, calling, logging in ("the answer button does
  // nothing for the whole team"), or the features of two products fail.
  const featureOnly =
    unit?.value === "feature" &&
    (policy.reading.partFailing === "minor_impact" ||
      (reach.state.value === "broken" &&
        wholeProduct === undefined &&
        !CORE_FAILURE.test(reach.state.evidence) &&
        failingProducts(text, policy).length < 2));
  if (wholeProduct !== undefined) reasons.push(`the product itself fails ("${wholeProduct}")`);
  if (
    (!isOutage(found) && wholeProduct === undefined && everything === undefined) ||
    reach.narrowed ||
    reach.hasWorkaround ||
    // "keeps going down every few minutes and nobody can work": now and then, but work has stopped
    (intermittent !== undefined && found.criticality?.value !== "critical") ||
    notCriticalPart ||
    featureOnly ||
    notCoreNorStopped(text, found, policy)
  )
    return undefined;
  if (everything !== undefined) reasons.push(`everything fails ("${everything}")`);
  const products = failingProducts(text, policy);
  // Where the contract ranks by products (Connect & Engage), one product out for other customers too,
  // the others said to work, is that product out: "your status page shows it for SMS … Voice is fine"
  const oneProductOut = policy.products.length >= 2 && products.length === 1 && reach.otherProductsWork;
  if ((scope?.value === "other customers" && !oneProductOut) || products.length >= 2) {
    if (products.length >= 2) reasons.push(`several products: ${products.join(", ")}`);
    return { severity: "widespread_outage", confidence: CONFIDENCE.widespread, reasons };
  }
  if (unit?.value === "module" && policy.reading.wholeModuleOut === "major_impact") {
    reasons.push(why("a whole module", unit));
    return { severity: "major_impact", confidence: CONFIDENCE.wholeModule, reasons, byReading: true };
  }
  // "Marketing Cloud sends no emails at all. The rest of CM works.": one of the contract's products out
  // and the rest said to work is its single-product level, whatever the words of partial failures say
  const byReading = reach.restOfProductsWork ? { byReading: true as const } : {};
  return { severity: "outage", confidence: CONFIDENCE.outage, reasons, ...byReading };
}

/**
 * A typing indicator, a read receipt, an unread badge or a profile picture failing, even for everyone, is
 * a small incident: the conversations themselves go on. Unless the client's customers meet it or work
 * stopped over it.
 */
function isIndicatorOnly({ found, stoppedWork }: Reach): boolean {
  return (
    found.partSubject?.value === "indicator" &&
    found.state?.value !== "cosmetic" &&
    found.customersNotice === undefined &&
    found.criticality?.value !== "critical" &&
    !stoppedWork
  );
}

/** Down or not working, but not an outage: for one person, part of it, or with a way around it. */
function rateFailure(text: AnalysedText, reach: Reach, policy: Policy): Rating {
  const { found, reasons, narrowed, hasWorkaround } = reach;
  const { criticality, intermittent, unit, scope } = found;
  const critical = criticality?.value === "critical";
  // Other flows still running do not unblock the critical one: "Amazon orders aren't reaching NetSuite.
  // Other connections fine." Some of its cases, or one person, do.
  // Nor does the team that runs it, where every run fails: "our finance team can't close the month: the
  // invoice export fails every time" is the process blocked, not some of its users.
  const narrowedWithinIt =
    narrowed &&
    !(reach.spared && !isNarrow(scope?.value)) &&
    !(scope?.value === "some" && EVERY_RUN_FAILS.test(text.raw));
  if (
    policy.reading.criticalBlocked === "outage" &&
    (reach.state.value === "broken" || reach.state.value === "down") &&
    critical &&
    !hasWorkaround &&
    !narrowedWithinIt &&
    intermittent === undefined
  ) {
    // "A critical business process is blocked, and there is no reasonable work around."
    return { severity: "outage", confidence: CONFIDENCE.outage, reasons };
  }
  if (reach.individual) {
    const blocked = found.workaround?.value === "absent" || critical;
    const severity = blocked ? policy.reading.oneBlocked : "minor_impact";
    const byReading = blocked && severity !== "minor_impact" ? { byReading: true as const } : {};
    return { severity, confidence: CONFIDENCE.narrowedOutage, reasons, ...byReading };
  }
  // "the report no longer shows new items, the board itself works": the module named still works, a part fails
  const spared = found.sparedPart?.evidence.toLowerCase() ?? "";
  const moduleItselfWorks =
    reach.spared &&
    unit !== undefined &&
    /\b(itself|themselves)\b/.test(spared) &&
    spared.includes(unit.evidence.toLowerCase());
  const partOnly =
    (unit?.value !== "module" && unit?.value !== "system") ||
    scope?.value === "some cases" ||
    moduleItselfWorks;
  if (policy.reading.partFailing === "minor_impact" && partOnly) {
    // Where the contract's levels follow how much of it fails, a message that names neither who nor
    // what part is affected could be any of them: the client is asked.
    if (unit === undefined && scope === undefined) {
      reasons.push("how much of it fails is not said, so the client is asked");
      return { severity: "minor_impact", confidence: ASKED, reasons };
    }
    return { severity: "minor_impact", confidence: CONFIDENCE.broken, reasons, byReading: true };
  }
  // "not a big deal, but the agent list isn't sorted anymore": the client says how small it is.
  if (found.criticality?.value === "minor" && !isWide(scope?.value))
    return { severity: "minor_impact", confidence: CONFIDENCE.broken, reasons };
  if (failsAsSingleFeature(reach)) {
    reasons.push(why("a single feature", unit));
    return { severity: "minor_impact", confidence: CONFIDENCE.broken, reasons };
  }
  if (isWorkedAround(reach)) return { severity: "minor_impact", confidence: CONFIDENCE.broken, reasons };
  if (isSharedRoomDevice(text) && !critical && !isWide(scope?.value) && !reach.stoppedWork) {
    reasons.push("a device in a shared room");
    return { severity: "minor_impact", confidence: CONFIDENCE.broken, reasons };
  }
  // "a couple of SMS never arrived": a few items counted, not a part of the product that fails.
  if (isFewCases(scope) && !critical)
    return { severity: "minor_impact", confidence: CONFIDENCE.broken, reasons };
  return {
    severity: "major_impact",
    confidence: narrowed || hasWorkaround ? CONFIDENCE.narrowedOutage : CONFIDENCE.broken,
    reasons,
  };
}

/** A process failing on each attempt: "fails every time", "every retry fails", "hasn't run since Friday". */
const EVERY_RUN_FAILS = needingWords(
  /\b(?:fail(?:s|ed|ing)? (?:on )?(?:every|each) (?:time|run|attempt|retry)|(?:every|each) (?:single )?(?:run|retry|attempt|sync|execution) (?:fails|failed|errors|errored|has failed)|(?:has ?n[o']t|has not|hasn'?t) run since)\b/i,
);

/** What a product is for, failing: the messages, the calls, the way in. */
const CORE_FAILURE = needingWords(
  /\b(send|sent|sending|deliver\w*|receiv\w*|arriv\w*|reach\w*|answer\w*|accept\w*|respond\w*|repl(y|ies|ied)|calls?|dial\w*|ring\w*|connect\w*|log ?in|login|sign ?in|load\w*|open\w*|access\w*|go(es)? out|come(s)? in|get(s)? through)\b/i,
);

/** A single feature failing now and then, or beside parts that work: a small incident. */
function failsAsSingleFeature(reach: Reach): boolean {
  const { unit, scope, workaround, intermittent } = reach.found;
  return (
    unit?.value === "feature" &&
    scope === undefined &&
    workaround === undefined &&
    (intermittent !== undefined || reach.spared)
  );
}

/**
 * Some cases failing, or a part the client calls not critical, with a way around it: a defect, not a
 * breaking issue (some people blocked with a way around, a team emailing files, still are; a critical
 * process with a bug and a way around stays a major impact, Celigo's high). Or now and then, for no
 * one named and in no critical process.
 */
function isWorkedAround(reach: Reach): boolean {
  const { scope, intermittent, criticality } = reach.found;
  const defect =
    reach.hasWorkaround &&
    criticality?.value !== "critical" &&
    // "log in again and it works, but it's annoying": the client calls it an annoyance
    (downplayed(reach.found) || scope?.value === "some cases" || reach.found.annoyance !== undefined);
  // "call notes sometimes don't save", "outlook crashes sometimes": it works most of the time (all 9 such
  // Connect & Engage development messages are its P4).
  const nowAndThen = intermittent !== undefined && scope === undefined && criticality?.value !== "critical";
  return defect || nowAndThen;
}

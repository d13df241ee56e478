import type { Policy } from "../sla/policy.js";
import { failingProducts, isAnotherProduct } from "./contract-terms.js";
import { first } from "./cues.js";
import type { Criticality, Dimensions, Found, Scope, ServiceState } from "./dimensions.js";
import { WORK_STOPPED } from "./impact-cues.js";
import { needingWords } from "./needed-words.js";
import { why } from "./rating.js";
import { isWide } from "./scope-cues.js";
import type { AnalysedText } from "./text-analysis.js";

/** What an incident's dimensions say about its reach, read once for every rule below. */
export interface Reach {
  readonly found: Dimensions;
  readonly state: Found<ServiceState>;
  readonly reasons: string[];
  /** Part of it still works, or only some people or cases are affected. */
  readonly narrowed: boolean;
  /** Another part of the product still works ("the rest are fine"), not another product. */
  readonly spared: boolean;
  readonly hasWorkaround: boolean;
  readonly individual: boolean;
  /** The message says work has stopped: "nobody can work", "we're turning patients away". */
  readonly stoppedWork: boolean;
  /** A product down whole and "the rest works": the rest is the contract's other products. */
  readonly restOfProductsWork: boolean;
  /** Another of the contract's products said to work: "SMS is down, voice is fine". */
  readonly otherProductsWork: boolean;
}

export function reachOf(
  text: AnalysedText,
  found: Dimensions,
  state: Found<ServiceState>,
  policy: Policy,
): Reach {
  const { scope, workaround, criticality, sparedPart, intermittent } = found;
  const failing = failingProducts(text, policy);
  // "messaging is fine btw" beside "voice is down": another product is fine, the failing one is not narrowed.
  // Nor is a failure that stopped everyone's work: "the line is fine but no PC gets an address, nobody can work".
  const stoppedWork = first(text, WORK_STOPPED) !== undefined;
  const workStopped = isWide(scope?.value) && stoppedWork;
  // "other companies seem fine", "the other offices are fine": others unaffected say where it is down, not
  // that part of it still works there.
  // "voice is down, the rest works", "the rest of CM works for us": a product down whole, and the rest is
  // the other products.
  const restBesideProductDown =
    state.value === "down" &&
    sparedPart !== undefined &&
    REST_OF_THE_PRODUCTS.test(sparedPart.evidence) &&
    failing.length === 1;
  // "the SMS are not sent anymore, the other services function normally": the contract's other products,
  // named as a whole, work.
  const otherProductsAsAWhole =
    sparedPart !== undefined && OTHER_PRODUCTS.test(sparedPart.evidence) && failing.length === 1;
  // "voice is down, SMS and chat still work": the clause that says what works names other products.
  const sparedClause = sparedPart === undefined ? undefined : clauseWith(text.raw, sparedPart.evidence);
  const failingClause = clauseWith(text.raw, state.evidence);
  // "the email channel in the inbox stopped receiving, WhatsApp and chat arrive as usual": the channels
  // one inbox gathers are its parts, and the inbox still works.
  const inboxChannelsWork =
    sparedClause !== undefined &&
    failingClause !== undefined &&
    IN_ONE_INBOX.test(failingClause) &&
    channelsIn(failingClause).length > 0 &&
    channelsIn(sparedClause).length > 0;
  const otherProductsWork =
    sparedClause !== undefined && !inboxChannelsWork && isAnotherProduct(sparedClause, text, policy);
  const otherChannelWorks =
    sparedClause !== undefined &&
    !inboxChannelsWork &&
    isAnotherChannel(sparedClause, failingClause, text.raw);
  // "nobody can log in to the Service Cloud inbox, the phone still works": what works is another product's.
  const anotherProductsChannelWorks =
    sparedClause !== undefined &&
    failingClause !== undefined &&
    isNoFailingProductsChannel(sparedClause, failingClause, failing, policy);
  // "nobody can call us, we can still call out": the calls a number is there for fail, whatever goes out
  // (unlike SMS, where replies coming in are the smaller part of what is sent)
  const callsInFail =
    sparedClause !== undefined &&
    failingClause !== undefined &&
    failingClause !== sparedClause &&
    CALLS_IN_FAIL.test(failingClause) &&
    CALLING_OUT.test(sparedClause);
  // "we cannot reach any of your services ... we checked our own network and everything else works": with
  // every product failing, what else works is the client's own.
  const everyProductFails = policy.products.length >= 2 && failing.length === policy.products.length;
  const elseOutside =
    everyProductFails && sparedPart !== undefined && /\b(else|the rest)\b/i.test(sparedPart.evidence);
  const spared =
    sparedPart !== undefined &&
    !elseOutside &&
    !otherProductsWork &&
    !otherChannelWorks &&
    !anotherProductsChannelWorks &&
    !isAnotherProduct(sparedPart.evidence, text, policy) &&
    !OTHER_ORGANISATIONS.test(sparedClause ?? sparedPart.evidence) &&
    !CLIENTS_OWN.test(sparedClause ?? sparedPart.evidence) &&
    !restBesideProductDown &&
    !otherProductsAsAWhole &&
    !callsInFail &&
    !workStopped;
  const narrowed =
    spared || scope?.value === "some" || scope?.value === "some cases" || scope?.value === "one";
  const hasWorkaround =
    workaround?.value === "present" &&
    !(
      (otherProductsWork || anotherProductsChannelWorks || otherChannelWorks || callsInFail) &&
      sparedClause?.toLowerCase().includes(workaround.evidence.toLowerCase())
    );
  const reasons: string[] = [];
  if (scope !== undefined) reasons.push(why(SCOPE_LABELS[scope.value], scope));
  reasons.push(why(STATE_LABELS[state.value], state));
  if (workaround?.value === "absent" || hasWorkaround)
    reasons.push(why(hasWorkaround ? "a workaround" : "no workaround", workaround));
  if (criticality !== undefined) reasons.push(why(CRITICALITY_LABELS[criticality.value], criticality));
  if (spared) reasons.push(why("part of it still works", sparedPart));
  if (intermittent !== undefined) reasons.push(why("now and then", intermittent));
  return {
    found,
    state,
    reasons,
    narrowed,
    spared,
    hasWorkaround,
    individual: scope?.value === "one",
    stoppedWork,
    restOfProductsWork: restBesideProductDown,
    otherProductsWork: otherProductsWork || restBesideProductDown || otherProductsAsAWhole,
  };
}

/**
 * The clause of the message that holds the words, as the client wrote it; for a clause that only says
 * "which works", with the one before it, which names what works ("We've switched our reminders to SMS,
 * which works").
 */
function clauseWith(raw: string, words: string): string | undefined {
  const wanted = words.toLowerCase();
  const clauses = raw.split(/[,;.!?\n]|\bbut\b/i);
  const at = clauses.findIndex((clause) => clause.toLowerCase().includes(wanted));
  if (at < 0) return undefined;
  const clause = clauses[at] as string;
  return at > 0 && WHICH_WORKS.test(clause) ? `${clauses[at - 1]},${clause}` : clause;
}

const WHICH_WORKS = /^\s*(?:which|that) (?:still |all )?(?:works?|is fine|are fine|is ok|are ok)\s*$/i;

/**
 * "Viber and Apple Messages stopped delivering for all our users, SMS still fine": the channel that works is
 * not the one that fails, which is out whole, not in part.
 */
function isAnotherChannel(sparedClause: string, failingClause: string | undefined, raw: string): boolean {
  if (failingClause === undefined || failingClause === sparedClause) return false;
  // "Total SMS blackout for us: ... all stuck at 'pending'. WhatsApp is fine": the channel the report is
  // about, where the failing clause names none
  const named = channelsIn(failingClause);
  const failing = (named.length > 0 ? named : channelsIn(raw.replace(sparedClause.toLowerCase(), ""))).map(
    sameChannel,
  );
  // "none of our agents can see the email queue, the rest of the channels work"
  if (failing.length > 0 && OTHER_CHANNELS.test(sparedClause)) return true;
  const working = channelsIn(sparedClause).map(sameChannel);
  return failing.length > 0 && working.length > 0 && working.every((channel) => !failing.includes(channel));
}

/**
 * A channel that works where the failing clause names a product and no channel, and no failing product
 * runs on it: "nobody can log in to the Service Cloud inbox, the phone still works".
 */
function isNoFailingProductsChannel(
  sparedClause: string,
  failingClause: string,
  failingNames: readonly string[],
  policy: Policy,
): boolean {
  const working = channelsIn(sparedClause);
  if (failingClause === sparedClause || working.length === 0 || channelsIn(failingClause).length > 0)
    return false;
  const failing = policy.products.filter((product) => failingNames.includes(product.name));
  return (
    failing.length > 0 && working.every((channel) => !failing.some((product) => product.named.test(channel)))
  );
}

const CALLS_IN_FAIL = needingWords(
  /\b(inbound|incoming) calls?\b|\b(nobody|no one|no customer|customers?|callers?) (can'?t|cannot|can not|is unable to|are unable to) (call|reach|ring|phone) us\b|\b(nobody|no one|no customer|no caller) can (call|reach|ring|phone) us\b/i,
);
const CALLING_OUT = needingWords(/\b(outbound|outgoing)\b|\bcall(ing)? out\b/i);

const IN_ONE_INBOX = needingWords(
  /\b(in|into|from|to) (the |our |your )?(shared |agent )?(inbox|agent desktop|agent workspace)\b/i,
);

function channelsIn(words: string): string[] {
  return [...words.toLowerCase().matchAll(CHANNELS)].map((match) => match[0].replace(/\s+/g, " "));
}

/** One channel however it is named: "Voice" fails and "calls still get answered" is the same channel. */
function sameChannel(channel: string): string {
  return /^(voice|calls|phones?)$/.test(channel) ? "voice" : channel;
}

/** The channels clients reach their customers on, each a service of its own to the people who use it. */
const CHANNELS = needingWords(
  /\b(sms|text messages|whatsapp|rcs|viber|apple messages|imessage|messenger|instagram|telegram|wechat|e-?mail|voice|calls|phones?|web ?chat|live chat)\b/g,
);

/**
 * The channels besides the one failing, unnamed: "the rest of the channels", "all other channels", "other
 * CM channels we use".
 */
const OTHER_CHANNELS = needingWords(
  /\b(?:(?:every|all|the|our) )?(?:other|rest of(?: the| our)?|remaining) (?:(?:cm|digital|messaging|contact|customer) )?channels\b/i,
);

/**
 * What the client keeps on its own machines, or says is not the provider's, not part of the service:
 * "Local files work.", "CRM is fine (not yours)".
 */
const CLIENTS_OWN = needingWords(
  /\b(local|offline|desktop) (files?|copies|copy|documents?|drives?|disks?|folders?|apps?|programs?)\b|\(?(not|isn'?t|aren'?t) (yours|from you|one of yours|with you)\)?/i,
);

/** "the rest", "the rest of CM": the other products; not "the rest of the form" (of the part that fails). */
/** The other products, named as a whole: "the other services", "the rest of our channels". */
const OTHER_PRODUCTS = needingWords(
  /^(?:the |our |all (?:the |our )?)?(?:other|rest of (?:the|our)) (?:\w+ )?(?:services|products|channels)\b/i,
);

const REST_OF_THE_PRODUCTS = needingWords(
  /^(the )?rest\b(?! of (the |this |that )?(it|them|feature|module|page|app|screen|form|flow|process|report)\b)/i,
);

/** Others, or another of the client's places ("our European site works"): where it is not down. */
const OTHER_ORGANISATIONS = needingWords(
  /\b(rest of the (building|street|estate|park|block)|compan(y|ies)|firms?|business(es)?|(?<!\b(with|to|for|from) (the |our |a |their )?)(customers?|clients?)|neighbou?rs?|tenants?|theirs|isps?|other (offices?|sites?|branch(es)?|locations?|shops?|stores?|practices?|clinics?)|our (?!(web|test|staging|mobile|booking|new|old|company|e-?commerce|online)\b)\w+ (office|site|branch|location|shop|store|practice|clinic|warehouse)s?)\b/i,
);

const CRITICALITY_LABELS: Record<Criticality, string> = {
  critical: "business-critical",
  "not critical": "not critical",
  minor: "minor in the client's words",
};

const SCOPE_LABELS: Record<Scope, string> = {
  "other customers": "other customers affected too",
  everyone: "everyone affected",
  most: "most users affected",
  some: "some users affected",
  "some cases": "some cases affected",
  one: "one user affected",
};

const STATE_LABELS: Record<ServiceState, string> = {
  down: "down or unreachable",
  broken: "not working",
  "severely degraded": "severely degraded",
  degraded: "degraded",
  wrong: "wrong or late results",
  cosmetic: "cosmetic",
};

/** Not critical to the business, or a minor issue in the client's own words. */
export function downplayed(found: Dimensions): boolean {
  return found.criticality?.value === "not critical" || found.criticality?.value === "minor";
}

import type { Policy } from "../sla/policy.js";
import { isPeripheral } from "./core-services.js";
import { isFewCases, isLargeShare } from "./counted-scope.js";
import type { Found } from "./cues.js";
import { needingWords } from "./needed-words.js";
import { CONFIDENCE, type Rating, why } from "./rating.js";
import { downplayed, type Reach } from "./reach.js";
import { isWide } from "./scope-cues.js";
import type { AnalysedText } from "./text-analysis.js";

// What is slow, late or wrong but still works: how much it costs the client, by the contract's levels.

/**
 * Very slow is a major impact, unless for one person, a single feature, or where the client says it is
 * not critical; a slowdown is a small incident, unless it holds up a critical process with no way around.
 * One person so slowed they cannot work ranks as one person blocked (classification.oneBlocked).
 */
export function rateSlowness(text: AnalysedText, reach: Reach, policy: Policy): Rating {
  const { found, reasons, individual } = reach;
  const { unit, criticality } = found;
  const blocked = found.workaround?.value === "absent" || criticality?.value === "critical";
  if (individual && reach.state.value === "severely degraded" && blocked) {
    const severity = policy.reading.oneBlocked;
    const byReading = severity !== "minor_impact" ? { byReading: true as const } : {};
    return { severity, confidence: CONFIDENCE.degraded, reasons, ...byReading };
  }
  // A printer or a scanner very slow holds up what goes through it, not the work: unless work stopped.
  const slowDevice = isPeripheral(text) && SLOW.test(reach.state.evidence) && !reach.stoppedWork;
  // "the wifi drops every 20 minutes for everyone": everyone's work broken up, all day.
  const recurringForEveryone = isWide(found.scope?.value) && found.intermittent !== undefined;
  // "a single SMS to one number keeps failing": a few items, counted
  const fewCases = isFewCases(found.scope);
  // "every click takes a minute, agents can't help the customers": nobody able to use it
  const unusable =
    reach.state.value === "severely degraded" &&
    isWide(found.scope?.value) &&
    reach.stoppedWork &&
    !downplayed(found) &&
    !slowDevice;
  if (unusable && policy.reading.unusablySlow === "outage") {
    reasons.push("so slow that nobody can work with it");
    return { severity: "outage", confidence: CONFIDENCE.degraded, reasons, byReading: true };
  }
  const major =
    reach.state.value === "severely degraded"
      ? !individual && unit?.value !== "feature" && !downplayed(found) && !slowDevice && !fewCases
      : (!individual && criticality?.value === "critical" && !reach.hasWorkaround) ||
        (recurringForEveryone && !downplayed(found));
  // Where the contract ranks a feature within a module lower (Kissflow), a slow feature is that.
  const featureByContract =
    !major && unit?.value === "feature" && policy.reading.partFailing === "minor_impact"
      ? { byReading: true as const }
      : {};
  return {
    severity: major ? "major_impact" : "minor_impact",
    confidence: CONFIDENCE.degraded,
    reasons,
    ...featureByContract,
  };
}

const SLOW = needingWords(/\b(slow|slowly|sluggish|laggy|takes?|taking|ages|forever)\b/i);

/**
 * Wrong or late results: a small incident, unless a critical process has the bug ("a critical business
 * process ... has a bug, but there exists a reasonable work around": Celigo's high) or the contract ranks
 * wrong results for everyone higher.
 */
export function rateWrongResults(text: AnalysedText, reach: Reach, policy: Policy): Rating {
  const { found, reasons, individual } = reach;
  // Where the contract ranks by how much of it fails (Kissflow), a critical process's wrong results in a
  // part of it stay a part failing: "Payroll cut-off is Friday. The approval emails arrive a day late."
  const partRanked =
    policy.reading.partFailing === "minor_impact" &&
    found.unit?.value !== "module" &&
    found.unit?.value !== "system";
  const critical = found.criticality?.value === "critical" && !individual && !partRanked;
  // What every customer meets ("callers hear the closed message") is wrong for everyone it reaches.
  const everyCustomer =
    found.customersNotice !== undefined && found.scope === undefined && found.intermittent === undefined;
  if (everyCustomer) reasons.push(why("the client's customers meet it", found.customersNotice));
  // "about half our notifications are cut off": a large share, as good as everyone's
  const largeShare = isLargeShare(found.scope);
  const duplicated = duplicatedAtARate(text, reach);
  if (duplicated !== undefined) reasons.push(why("the client's customers get it more than once", duplicated));
  const longLate = lateByMuch(text, reach);
  if (longLate !== undefined) reasons.push(why("late by much", longLate));
  const wideAndRankedHigher =
    (isWide(found.scope?.value) ||
      everyCustomer ||
      largeShare ||
      duplicated !== undefined ||
      longLate !== undefined) &&
    policy.reading.wrongForEveryone === "major_impact";
  // A critical process with a bug and no way around it is blocked (Celigo's urgent: "no reasonable work
  // around"); its high asks for a workaround that exists.
  if (critical && found.workaround?.value === "absent" && policy.reading.criticalBlocked === "outage")
    return { severity: "outage", confidence: CONFIDENCE.wrong, reasons, byReading: true };
  // The seed's own words (Celigo's high): the wording of other reports does not move it.
  if (critical) return { severity: "major_impact", confidence: CONFIDENCE.wrong, reasons, byReading: true };
  if (wideAndRankedHigher)
    return { severity: "major_impact", confidence: CONFIDENCE.wrong, reasons, byReading: true };
  return { severity: "minor_impact", confidence: CONFIDENCE.wrong, reasons };
}

const DUPLICATED = needingWords(/\b(twice|double|doubled|duplicated?|duplicates|three times)\b/i);
const CLIENTS_CUSTOMERS = needingWords(
  /\b(customers?|recipients?|subscribers?|callers?|guests?|patients?|travellers?|members?)\b/i,
);
/** A share of one in ten or more: "about 1 in 10 messages", "around 10%", "a third of the recipients", "each chat". */
const LARGE_RATE = needingWords(
  /\b(?:(\d+) ?%|(?:1|one) (?:in|out of) (\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\b|a third|a quarter|half|(?<!every now and then.*)(?:each|every) (?!now\b|once\b|so often\b)(?:chat|call|message|conversation|sms|email|send|time))/i,
);
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

function largeRate(raw: string): string | undefined {
  const match = LARGE_RATE.exec(raw);
  if (match === null) return undefined;
  const [said, percent, oneIn] = match;
  if (percent !== undefined) return Number(percent) >= 10 ? said : undefined;
  if (oneIn !== undefined)
    return (NUMBER_WORDS[oneIn.toLowerCase()] ?? Number(oneIn.replaceAll(",", ""))) <= 10 ? said : undefined;
  return said;
}

/**
 * What the client's customers receive twice, at a rate of one in ten or more: "some of our customers get
 * our SMS twice, about 1 in 10 messages", "the bot sends customers its welcome three times at the start of
 * each chat". Every customer it reaches sees it; "maybe 1 in 100" or "sometimes a chat shows up twice in
 * the queue" stays small. The rate said, if so.
 */
function duplicatedAtARate(text: AnalysedText, reach: Reach): Found<string> | undefined {
  const state = reach.found.state?.evidence ?? "";
  if (reach.individual || downplayed(reach.found) || !DUPLICATED.test(state)) return undefined;
  if (!CLIENTS_CUSTOMERS.test(text.raw)) return undefined;
  const rate = largeRate(text.raw);
  return rate === undefined ? undefined : { value: rate, evidence: rate };
}

const LATE = needingWords(/\b(late|later|delay|delays|delayed|behind)\b/i);
/** Messages coming in from the client's customers: what waits there is a customer waiting. */
const INBOUND = needingWords(/\b(inbound|incoming)\b/i);
/** "delayed by over an hour", "2-3 hours late", "with a delay of 15-30 minutes": the delay, its unit. */
const DELAY = needingWords(
  /\b(?:(over|more than) (an|one) hour|(\d+)(?: ?(?:-|to) ?(\d+))? ?(hours?|h|minutes?|mins?))\b/i,
);
/** Said to be just some of them, now and then, or for some destinations: "for a few French numbers". */
const SOME_OF_THEM = needingWords(
  /\b(some|a few|now and then|occasionally|sometimes|one of|for (?:\w+ )?(?:numbers|sender ids?) (?:in|to)|to \p{Lu}\w+)\b/u,
);

/**
 * Late by much, for everything that comes: messages from the client's customers 15 minutes or more late
 * ("webhooks for incoming messages are delayed by 20 to 30 minutes"), anything else over an hour ("the
 * delivery status callbacks are delayed by over an hour", "2-3 hours late"). Minutes of delay to reports,
 * or late now and then or for some destinations, stay small. The delay said, if so.
 */
function lateByMuch(text: AnalysedText, reach: Reach): Found<string> | undefined {
  const state = reach.found.state;
  if (state === undefined || !LATE.test(state.evidence) || reach.found.intermittent !== undefined)
    return undefined;
  if (reach.individual || SOME_OF_THEM.test(text.raw)) return undefined;
  const delay = DELAY.exec(text.raw);
  if (delay === null) return undefined;
  const [said, overAnHour, from, to, unit = ""] = delay;
  const minutes =
    overAnHour !== undefined ? 61 : Number(to ?? from) * (unit.toLowerCase().startsWith("h") ? 60 : 1);
  const enough = INBOUND.test(text.raw) ? 15 : 61;
  return minutes >= enough ? { value: said, evidence: said } : undefined;
}

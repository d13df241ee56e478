import { type Found, first } from "./cues.js";
import { CUSTOMERS_NOTICE } from "./customers-notice-cues.js";
import { CRITICALITY, type Criticality } from "./impact-cues.js";
import { PART_SUBJECTS, type PartSubject } from "./part-cues.js";
import { ANNOUNCED_QUESTION, askedInEverySentence } from "./question-cues.js";
import { type RequestType, requestOf } from "./request-cues.js";
import { ANNOYANCE } from "./result-cues.js";
import { type Scope, scopeOf } from "./scope-cues.js";
import { SPARED } from "./spared-cues.js";
import { type ServiceState, stateOf } from "./state-cues.js";
import type { AnalysedText } from "./text-analysis.js";
import { INTERMITTENT, NO_DEADLINE } from "./timing-cues.js";
import { UNITS, type Unit } from "./unit-cues.js";
import { WORKAROUNDS } from "./workaround-cues.js";

export type { Criticality, Found, RequestType, Scope, ServiceState, Unit };

/**
 * What a support engineer reads in a report before choosing a level, the way ITIL's impact x urgency and
 * the contracts' own definitions do: who is affected, in what state the service is, whether there is a
 * way to keep working, where (production or not), what kind of request it is, and what it costs the
 * business. Each dimension keeps its evidence, in the client's words, to say why.
 */
export interface Dimensions {
  readonly request: Found<RequestType> | undefined;
  readonly scope: Found<Scope> | undefined;
  /** A part that still works ("the rest are fine", "webmail works"): the failure is not total. */
  readonly sparedPart: Found<"spared"> | undefined;
  readonly state: Found<ServiceState> | undefined;
  readonly workaround: Found<"present" | "absent"> | undefined;
  readonly criticality: Found<Criticality> | undefined;
  readonly unit: Found<Unit> | undefined;
  /** "sometimes", "every other run": it fails now and then, not always. */
  readonly intermittent: Found<"intermittent"> | undefined;
  /** "no rush", "whenever you have a moment": the client sets no deadline. */
  readonly noDeadline: Found<"no deadline"> | undefined;
  readonly annoyance: Found<"annoyance" | "look"> | undefined;
  /** A part of the product is the subject: "call recordings are empty", "the segment builder shows 0". */
  readonly partSubject: Found<PartSubject> | undefined;
  /** The client's customers meet the fault themselves: "callers hear the closed message". */
  readonly customersNotice: Found<"customers"> | undefined;
  /**
   * Put as a question: announced ("question about billing: ...") or asked in every sentence ("is there an
   * endpoint for that?"). A report that only sounds like one ("why does it fail?") is not.
   */
  readonly asking: Found<"announced" | "asked" | "how-to"> | undefined;
}

export function dimensionsOf(text: AnalysedText): Dimensions {
  const sparedPart = first(text, SPARED);
  return {
    request: requestOf(text),
    scope: scopeOf(text),
    sparedPart,
    state: stateOf(text),
    workaround: workaroundOf(text, sparedPart),
    criticality: first(text, CRITICALITY),
    unit: failingUnit(first(text, UNITS), sparedPart),
    intermittent: first(text, INTERMITTENT),
    noDeadline: first(text, NO_DEADLINE),
    annoyance: first(text, ANNOYANCE),
    partSubject: first(text, PART_SUBJECTS),
    customersNotice: first(text, CUSTOMERS_NOTICE, "raw"),
    asking: first(text, ANNOUNCED_QUESTION) ?? askedInEverySentence(text.raw),
  };
}

/**
 * What else still goes on is not a way around what fails: "every purchase request form errors out. Leave
 * requests and travel claims still go through." Where "still go", "still work" is read as a part spared
 * too, it is only that; another way to do the same ("SMS fallback works", "incognito works", "retrying
 * worked") and a way around said elsewhere stay workarounds.
 */
function workaroundOf(
  text: AnalysedText,
  spared: Found<unknown> | undefined,
): Found<"present" | "absent"> | undefined {
  if (spared === undefined) return first(text, WORKAROUNDS);
  const sparedWords = spared.evidence.toLowerCase();
  return first(text, WORKAROUNDS, "lemmas", ({ value, evidence }) => {
    const words = evidence.toLowerCase();
    return value !== "present" || !words.startsWith("still ") || !sparedWords.includes(words);
  });
}

/**
 * A feature named only as what still works is not what fails: "callers hear silence, then the line drops.
 * Our SMS reminders still go out." (A module named as working itself is read where the failure is rated.)
 */
function failingUnit(
  unit: Found<Unit> | undefined,
  spared: Found<unknown> | undefined,
): Found<Unit> | undefined {
  if (unit?.value !== "feature" || spared === undefined) return unit;
  return spared.evidence.toLowerCase().includes(unit.evidence.toLowerCase()) ? undefined : unit;
}

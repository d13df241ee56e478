import type { Policy } from "../sla/policy.js";
import { ASKED, reasonToAsk } from "./ask-instead.js";
import { environmentOf, failingProducts, isAnotherProduct } from "./contract-terms.js";
import { type Dimensions, dimensionsOf, type Found } from "./dimensions.js";
import { isWide } from "./scope-cues.js";
import type { Severity } from "./severity.js";
import { type AnalysedText, analyse } from "./text-analysis.js";
import { byWording } from "./wording-model.js";

export interface PrioritySuggestion {
  readonly priority: string;
  readonly severity: Severity;
  /**
   * 0..1: how sure the suggestion is, by the way it was reached (see CONFIDENCE). Below 0.5 the desk
   * asks the client instead.
   */
  readonly confidence: number;
  /** Why, in the dimensions' terms with the client's words: `everyone affected ("nobody can")`. */
  readonly reasons: readonly string[];
  /** Set when a rule of the contract decided the level (Celigo's non-production issues): nothing overrides it. */
  readonly byContract?: true;
}

export const LOW_CONFIDENCE = 0.5;

/**
 * How sure each way of reaching a level is, set by hand and checked against the held-out messages:
 * `sla-desk classify --evaluate --split held-out` prints how often each band of confidence was exact
 * (2026-12-02, 765 held-out messages: under 0.5, where the client is asked, 75 %; 0.5-0.7, 67 %;
 * 0.7-0.85, 91 %; 0.85 and over, 94 %). Check it again when the rules change.
 */
const CONFIDENCE = {
  nonProduction: 0.95,
  request: 0.9,
  cosmetic: 0.9,
  noDeadline: 0.8,
  widespread: 0.85,
  outage: 0.85,
  wholeModule: 0.8,
  narrowedOutage: 0.7,
  broken: 0.65,
  degraded: 0.75,
  wrong: 0.75,
  noEvidence: 0.2,
} as const;

/**
 * Suggests a priority for a client's message: reads the dimensions (scope, service state, workaround,
 * environment, request type, business criticality), rates the issue on the shared severity scale, and
 * maps that onto the policy's own levels, applying the contract's rules (Celigo: non-production is low).
 */
export function classifyPriority(text: string, policy: Policy): PrioritySuggestion {
  const analysed = analyse(text);
  const found = dimensionsOf(analysed);
  const ruled = rate(analysed, found, policy);
  if (ruled.priority !== undefined) {
    const { severity, confidence, reasons, priority } = ruled;
    return { priority, severity, confidence, reasons, byContract: true };
  }
  const rated = ruled.confidence < LOW_CONFIDENCE ? byWording(analysed, found, ruled) : ruled;
  const severity = rated.severity;
  let confidence = rated.confidence;
  const reasons = [...rated.reasons];
  const priority = policy.levelForSeverity(severity);
  const levels = policy.priorities.map((level) => level.id);
  if (levels.indexOf(priority) >= 2 && confidence >= LOW_CONFIDENCE) {
    const reason = reasonToAsk(text, analysed, found, severity, policy);
    if (reason !== undefined) {
      confidence = ASKED;
      reasons.push(reason);
    }
  }
  return { priority, severity, confidence, reasons };
}

interface Rating {
  readonly severity: Severity;
  readonly confidence: number;
  readonly reasons: readonly string[];
  /** Set when a contract rule decides the level directly. */
  readonly priority?: string;
}

function rate(text: AnalysedText, found: Dimensions, policy: Policy): Rating {
  const why = (label: string, dimension: Found<unknown> | undefined) =>
    dimension === undefined ? label : `${label} ("${dimension.evidence}")`;
  const environment = environmentOf(text.raw);
  const nonProductionLevel = policy.reading.nonProductionLevel;
  if (environment !== undefined && nonProductionLevel !== undefined) {
    return {
      severity: "trivial",
      priority: nonProductionLevel,
      confidence: CONFIDENCE.nonProduction,
      reasons: [`"${environment}": a non-production issue, ${nonProductionLevel} under this contract`],
    };
  }
  const { request, state, scope, workaround, criticality, unit, sparedPart, intermittent, noDeadline } =
    found;
  const failing = state !== undefined && state.value !== "cosmetic";
  // A feature request stays one unless the service is out; a question or a task only without a failure.
  if (request !== undefined && (request.value === "feature" ? !isOutage(found) : !failing)) {
    const label = {
      question: "a question",
      feature: "a feature request",
      scheduled: "a scheduled task",
      service: "a service request",
    }[request.value];
    return {
      severity: request.value === "question" || request.value === "service" ? "trivial" : "planned",
      confidence: CONFIDENCE.request,
      reasons: [why(label, request)],
    };
  }
  // Put as a question with nothing failing, or announced as one while nothing is down for everyone.
  const { asking } = found;
  if (
    asking !== undefined &&
    (asking.value === "asked" ? !failing : state?.value !== "down" && !isWide(scope?.value))
  ) {
    return {
      severity: "trivial",
      confidence: CONFIDENCE.request,
      reasons: [why("a question", request ?? asking)],
    };
  }
  if (found.annoyance !== undefined && !isOutage(found) && state?.value !== "broken") {
    return {
      severity: "trivial",
      confidence: CONFIDENCE.cosmetic,
      reasons: [why("an annoyance", found.annoyance)],
    };
  }
  if (state?.value === "cosmetic" && (policy.reading.cosmetic === "trivial" || noDeadline !== undefined)) {
    return { severity: "trivial", confidence: CONFIDENCE.cosmetic, reasons: [why("cosmetic", state)] };
  }
  if (state?.value === "cosmetic") {
    return { severity: "minor_impact", confidence: CONFIDENCE.cosmetic, reasons: [why("cosmetic", state)] };
  }
  if (noDeadline !== undefined && policy.reading.noDeadlineIsLower && !isOutage(found)) {
    return {
      severity: "trivial",
      confidence: CONFIDENCE.noDeadline,
      reasons: [why("no deadline", noDeadline)],
    };
  }
  if (state === undefined) {
    if (request?.value === "question") {
      return { severity: "trivial", confidence: CONFIDENCE.request, reasons: [why("a question", request)] };
    }
    return {
      severity: "minor_impact",
      confidence: CONFIDENCE.noEvidence,
      // No reasons: the acknowledgement says nothing in the message shows who is affected or what fails.
      reasons: [],
    };
  }

  const reasons: string[] = [];
  if (scope !== undefined) reasons.push(why(scopeLabel(scope.value), scope));
  reasons.push(why(stateLabel(state.value), state));
  // "messaging is fine btw" beside "voice is down": another product is fine, the failing one is not narrowed.
  const spared = sparedPart !== undefined && !isAnotherProduct(sparedPart.evidence, text, policy);
  const narrowed =
    spared || scope?.value === "some" || scope?.value === "some cases" || scope?.value === "one";
  const hasWorkaround = workaround?.value === "present";
  const noWorkaround = workaround?.value === "absent";
  if (workaround !== undefined)
    reasons.push(why(hasWorkaround ? "a workaround" : "no workaround", workaround));
  if (criticality !== undefined)
    reasons.push(why(criticality.value === "critical" ? "business-critical" : "not critical", criticality));
  if (spared) reasons.push(why("part of it still works", sparedPart));
  if (intermittent !== undefined) reasons.push(why("now and then", intermittent));

  // Out of service, but the client says it is not critical and not that everyone is affected: "a
  // non-critical business process is blocked" (Celigo's high), below an outage.
  const notCriticalPart = criticality?.value === "not critical" && !isWide(scope?.value);
  if (isOutage(found) && !narrowed && !hasWorkaround && intermittent === undefined && !notCriticalPart) {
    const products = failingProducts(text, policy);
    if (scope?.value === "other customers" || products.length >= 2) {
      if (products.length >= 2) reasons.push(`several products: ${products.join(", ")}`);
      return { severity: "widespread_outage", confidence: CONFIDENCE.widespread, reasons };
    }
    if (unit?.value === "module" && policy.reading.wholeModuleOut === "major_impact") {
      reasons.push(why("a whole module", unit));
      return { severity: "major_impact", confidence: CONFIDENCE.wholeModule, reasons };
    }
    return { severity: "outage", confidence: CONFIDENCE.outage, reasons };
  }
  const individual = scope?.value === "one";
  switch (state.value) {
    case "down":
    case "broken": {
      if (
        state.value === "broken" &&
        criticality?.value === "critical" &&
        !hasWorkaround &&
        !narrowed &&
        intermittent === undefined
      ) {
        // "A critical business process is blocked, and there is no reasonable work around."
        return { severity: "outage", confidence: CONFIDENCE.outage, reasons };
      }
      if (individual) return { severity: "minor_impact", confidence: CONFIDENCE.narrowedOutage, reasons };
      if (
        policy.reading.partFailing === "minor_impact" &&
        unit?.value !== "module" &&
        unit?.value !== "system"
      ) {
        // Where the contract's levels follow how much of it fails, a message that names neither who nor
        // what part is affected could be any of them: the client is asked.
        if (unit === undefined && scope === undefined) {
          reasons.push("how much of it fails is not said, so the client is asked");
          return { severity: "minor_impact", confidence: ASKED, reasons };
        }
        return { severity: "minor_impact", confidence: CONFIDENCE.broken, reasons };
      }
      // A single feature failing now and then, or beside parts that work: a small incident. Failing
      // outright, it is a breaking issue like any other.
      if (
        unit?.value === "feature" &&
        scope === undefined &&
        !noWorkaround &&
        !hasWorkaround &&
        (intermittent !== undefined || spared)
      ) {
        reasons.push(why("a single feature", unit));
        return { severity: "minor_impact", confidence: CONFIDENCE.broken, reasons };
      }
      // Some cases failing, or a part the client calls not critical, with a way around: a defect, not a
      // breaking issue. Some people blocked with a way around (a team emailing files) still are.
      // A critical process with a bug and a way around stays a major impact (Celigo's high).
      if (
        hasWorkaround &&
        criticality?.value !== "critical" &&
        (criticality?.value === "not critical" || scope?.value === "some cases")
      ) {
        return { severity: "minor_impact", confidence: CONFIDENCE.broken, reasons };
      }
      // Now and then, with a way around it or the main thing still going: a small incident.
      if (intermittent !== undefined && scope === undefined && (hasWorkaround || spared)) {
        return { severity: "minor_impact", confidence: CONFIDENCE.broken, reasons };
      }
      return {
        severity: "major_impact",
        confidence: narrowed || hasWorkaround ? CONFIDENCE.narrowedOutage : CONFIDENCE.broken,
        reasons,
      };
    }
    case "severely degraded":
      // Very slow for one person, for a single feature, or where the client says it is not critical: a
      // small incident.
      if (individual || unit?.value === "feature" || criticality?.value === "not critical")
        return { severity: "minor_impact", confidence: CONFIDENCE.degraded, reasons };
      return { severity: "major_impact", confidence: CONFIDENCE.degraded, reasons };
    case "degraded":
      if (!individual && criticality?.value === "critical" && !hasWorkaround) {
        return { severity: "major_impact", confidence: CONFIDENCE.degraded, reasons };
      }
      return { severity: "minor_impact", confidence: CONFIDENCE.degraded, reasons };
    default:
      // "A critical business process ... has a bug, but there exists a reasonable work around": high.
      if (criticality?.value === "critical" && !individual)
        return { severity: "major_impact", confidence: CONFIDENCE.wrong, reasons };
      if (isWide(scope?.value) && policy.reading.wrongForEveryone === "major_impact")
        return { severity: "major_impact", confidence: CONFIDENCE.wrong, reasons };
      return { severity: "minor_impact", confidence: CONFIDENCE.wrong, reasons };
  }
}

/** Down, or failing for everyone (or most) across the whole thing. */
function isOutage(found: Dimensions): boolean {
  const { state, scope } = found;
  if (state === undefined) return false;
  const wide = isWide(scope?.value);
  if (state.value === "down") return scope === undefined || wide;
  return state.value === "broken" && wide;
}

function scopeLabel(scope: string): string {
  return {
    "other customers": "other customers affected too",
    everyone: "everyone affected",
    most: "most users affected",
    some: "some users affected",
    "some cases": "some cases affected",
    one: "one user affected",
  }[scope] as string;
}

function stateLabel(state: string): string {
  return {
    down: "down or unreachable",
    broken: "not working",
    "severely degraded": "severely degraded",
    degraded: "slower than it should be",
    wrong: "wrong or late results",
    cosmetic: "cosmetic",
  }[state] as string;
}

import type { Policy } from "../sla/policy.js";
import {
  NO_WORKAROUND,
  NON_PRODUCTION,
  NOT_CRITICAL,
  NOT_PRODUCTION_LABEL,
  PARTIAL_SCOPE,
  PRODUCTION_FINE,
  PRODUCTION_TOO,
  SEVERITIES,
  type Severity,
  SIGNALS,
  SINGLE_FEATURE,
  WORKAROUND,
} from "./signals.js";

export interface PrioritySuggestion {
  readonly priority: string;
  readonly severity: Severity;
  /** 0..1: how clearly the text points at one level. Below 0.5 the desk asks the client instead. */
  readonly confidence: number;
  /** The phrases that decided it, e.g. `"system is down": down or unavailable`. */
  readonly reasons: readonly string[];
}

export const LOW_CONFIDENCE = 0.5;

/**
 * Suggests a priority for a client's message: phrase signals score each severity, scope and workaround
 * cues move outages down, and the policy maps the winning severity onto its own levels.
 */
export function classifyPriority(text: string, policy: Policy): PrioritySuggestion {
  const scores = new Map<Severity, number>(SEVERITIES.map((s) => [s, 0]));
  const reasons: string[] = [];
  const productionToo = PRODUCTION_TOO.test(text) && !PRODUCTION_FINE.test(text);
  for (const signal of SIGNALS) {
    // A test environment said to be affected beside production is no reason to rate it lower.
    if (productionToo && signal.label === NOT_PRODUCTION_LABEL) continue;
    const match = signal.pattern.exec(text);
    if (match === null) continue;
    scores.set(signal.severity, (scores.get(signal.severity) ?? 0) + signal.weight);
    reasons.push(`"${match[0].trim()}": ${signal.label}`);
  }
  const products = productsMentioned(text, policy);
  if (products.length >= 2 && score(scores, "outage") + score(scores, "major_impact") > 0) {
    scores.set("widespread_outage", score(scores, "widespread_outage") + 3);
    reasons.push(`several products: ${products.join(", ")}`);
  }
  adjustForScope(text, scores, reasons);
  // A contract rule: its non-production issues have one level, however they are worded ("URGENT").
  const nonProduction = policy.nonProductionLevel;
  if (nonProduction !== undefined && NON_PRODUCTION.test(text) && !productionToo) {
    const where = NON_PRODUCTION.exec(text)?.[0] ?? "non-production";
    return {
      priority: nonProduction,
      severity: "trivial",
      confidence: 0.9,
      reasons: [`"${where}": a non-production issue, ${nonProduction} under this contract`],
    };
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1] || middleFirst(a[0], b[0]));
  const [top, second] = ranked as [[Severity, number], [Severity, number]];
  const severity = top[1] === 0 ? "minor_impact" : top[0];
  const confidence = top[1] === 0 ? 0.2 : round(top[1] / (top[1] + second[1] + 1));
  return { priority: policy.levelForSeverity(severity), severity, confidence, reasons };
}

/** An outage that spares part of the product, or leaves a workaround, is a major impact, not an outage. */
function adjustForScope(text: string, scores: Map<Severity, number>, reasons: string[]): void {
  const outage = score(scores, "outage");
  const moveDown = (why: string) => {
    if (score(scores, "outage") === 0) return;
    scores.set("major_impact", score(scores, "major_impact") + score(scores, "outage"));
    scores.set("outage", 0);
    reasons.push(why);
  };
  if (PARTIAL_SCOPE.test(text)) moveDown("only part of the product or of the users is affected");
  if (WORKAROUND.test(text) && !NO_WORKAROUND.test(text)) moveDown("there is a workaround");
  if (NOT_CRITICAL.test(text)) moveDown("the process is not critical");
  // A broken single feature (a field, a button) is a lesser impact than a broken process.
  if (SINGLE_FEATURE.test(text) && score(scores, "outage") === 0 && score(scores, "major_impact") > 0) {
    scores.set("minor_impact", score(scores, "minor_impact") + score(scores, "major_impact"));
    scores.set("major_impact", 0);
    reasons.push("a single feature is affected");
  }
  if (outage > 0 && score(scores, "widespread_outage") > 0) {
    scores.set("widespread_outage", score(scores, "widespread_outage") + outage);
  }
  if (WORKAROUND.test(text) && score(scores, "outage") === 0 && score(scores, "major_impact") <= 1) {
    scores.set("minor_impact", score(scores, "minor_impact") + 1);
  }
}

function productsMentioned(text: string, policy: Policy): string[] {
  return policy.products
    .filter((product) => product.aliases.some((alias) => alias.test(text)))
    .map((p) => p.name);
}

function score(scores: Map<Severity, number>, severity: Severity): number {
  return scores.get(severity) ?? 0;
}

/** On a tie, prefer the less extreme reading. */
function middleFirst(a: Severity, b: Severity): number {
  const distance = (s: Severity) => Math.abs(SEVERITIES.indexOf(s) - 2.5);
  return distance(a) - distance(b);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

import type { Policy } from "../sla/policy.js";
import { classifyPriority, LOW_CONFIDENCE } from "./classify.js";

/** A client's message and the level it should get under its contract. */
export interface LabelledMessage {
  readonly policy: Policy;
  readonly text: string;
  readonly expected: string;
}

export interface Miss {
  readonly policy: string;
  readonly text: string;
  readonly expected: string;
  readonly suggested: string;
  readonly confidence: number;
  readonly reasons: readonly string[];
  /** Suggested two or more levels below the expected top level without asking the client: the one to fix first. */
  readonly silentlyLow: boolean;
}

export interface Evaluation {
  readonly total: number;
  readonly exact: number;
  readonly byPolicy: ReadonlyMap<string, PolicyEvaluation>;
  readonly misses: readonly Miss[];
  /** Calibration: for each band of confidence, how many suggestions fell in it and how many were exact. */
  readonly byConfidence: readonly ConfidenceBand[];
}

export interface ConfidenceBand {
  /** The band's lowest confidence (inclusive); it ends where the next one starts. */
  readonly from: number;
  readonly total: number;
  readonly exact: number;
}

/** Below the first, the desk asks the client; the others say how sure a suggestion is. */
const BAND_STARTS = [0, LOW_CONFIDENCE, 0.7, 0.85] as const;

export interface PolicyEvaluation {
  readonly total: number;
  readonly exact: number;
  /** The contract's levels, most urgent first. */
  readonly levels: readonly string[];
  /** Expected level, then suggested level: how many messages. */
  readonly confusion: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/** How the classifier does on labelled messages: exact matches, by contract, what it confuses, and each miss. */
export function evaluate(messages: readonly LabelledMessage[]): Evaluation {
  const byPolicy = new Map<
    string,
    { total: number; exact: number; levels: string[]; confusion: Map<string, Map<string, number>> }
  >();
  const misses: Miss[] = [];
  const bands = BAND_STARTS.map((from) => ({ from, total: 0, exact: 0 }));
  let exact = 0;
  for (const { policy, text, expected } of messages) {
    const suggestion = classifyPriority(text, policy);
    const hit = suggestion.priority === expected;
    if (hit) exact += 1;
    const band = bands.findLast((b) => suggestion.confidence >= b.from) ?? bands[0];
    if (band !== undefined) {
      band.total += 1;
      if (hit) band.exact += 1;
    }
    const tally = byPolicy.get(policy.id) ?? {
      total: 0,
      exact: 0,
      levels: policy.priorities.map((level) => level.id),
      confusion: new Map<string, Map<string, number>>(),
    };
    tally.total += 1;
    if (hit) tally.exact += 1;
    const row = tally.confusion.get(expected) ?? new Map<string, number>();
    row.set(suggestion.priority, (row.get(suggestion.priority) ?? 0) + 1);
    tally.confusion.set(expected, row);
    byPolicy.set(policy.id, tally);
    if (hit) continue;
    const levels = policy.priorities.map((level) => level.id);
    const top = levels[0];
    const drop = levels.indexOf(suggestion.priority) - levels.indexOf(expected);
    misses.push({
      policy: policy.id,
      text,
      expected,
      suggested: suggestion.priority,
      confidence: suggestion.confidence,
      reasons: suggestion.reasons,
      silentlyLow: expected === top && drop >= 2 && suggestion.confidence >= LOW_CONFIDENCE,
    });
  }
  return { total: messages.length, exact, byPolicy, misses, byConfidence: bands };
}

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
  readonly byPolicy: ReadonlyMap<string, { readonly total: number; readonly exact: number }>;
  /** Expected level, then suggested level: how many messages. */
  readonly confusion: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly misses: readonly Miss[];
}

/** How the classifier does on labelled messages: exact matches, by contract, what it confuses, and each miss. */
export function evaluate(messages: readonly LabelledMessage[]): Evaluation {
  const byPolicy = new Map<string, { total: number; exact: number }>();
  const confusion = new Map<string, Map<string, number>>();
  const misses: Miss[] = [];
  let exact = 0;
  for (const { policy, text, expected } of messages) {
    const suggestion = classifyPriority(text, policy);
    const hit = suggestion.priority === expected;
    if (hit) exact += 1;
    const tally = byPolicy.get(policy.id) ?? { total: 0, exact: 0 };
    byPolicy.set(policy.id, { total: tally.total + 1, exact: tally.exact + (hit ? 1 : 0) });
    const row = confusion.get(expected) ?? new Map<string, number>();
    row.set(suggestion.priority, (row.get(suggestion.priority) ?? 0) + 1);
    confusion.set(expected, row);
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
  return { total: messages.length, exact, byPolicy, confusion, misses };
}

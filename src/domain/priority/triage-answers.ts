import type { Policy } from "../sla/policy.js";
import { needingWords } from "./needed-words.js";
import type { Severity } from "./severity.js";

export type Impact = "one" | "team" | "all";
export type Workaround = "yes" | "no";

export interface TriageAnswers {
  readonly impact?: Impact;
  readonly workaround?: Workaround;
}

/** The questions the desk asks when it cannot tell the priority from the message. */
export const TRIAGE_QUESTIONS = [
  "How many people are affected: just you, a team, or everyone?",
  "Is there a workaround: yes or no?",
] as const;

/** The answers to "who is affected?", as buttons and form options show them. */
export const IMPACT_CHOICES: readonly { readonly label: string; readonly value: Impact }[] = [
  { label: "Just me", value: "one" },
  { label: "A team", value: "team" },
  { label: "Everyone", value: "all" },
];

/**
 * Impact x urgency, as ITIL's priority matrix reads it: no workaround is the high urgency. A client sees
 * only its own organisation, so "everyone" is an outage for one customer, never a widespread one.
 */
const MATRIX: Record<Impact, Record<Workaround, Severity>> = {
  all: { no: "outage", yes: "major_impact" },
  team: { no: "major_impact", yes: "minor_impact" },
  one: { no: "major_impact", yes: "minor_impact" },
};

export function severityFromAnswers(impact: Impact, workaround: Workaround): Severity {
  return MATRIX[impact][workaround];
}

const IMPACT_WORDS: Record<Impact, string> = { one: "one person", team: "a team", all: "everyone" };

/** The policy's level for the client's answers, and the reason to record ("affects a team, no workaround"). */
export function priorityFromAnswers(
  policy: Policy,
  impact: Impact,
  workaround: Workaround,
): { readonly level: string; readonly reason: string } {
  const level = policy.levelForSeverity(severityFromAnswers(impact, workaround));
  const reason = `affects ${IMPACT_WORDS[impact]}, ${workaround === "yes" ? "a workaround exists" : "no workaround"}`;
  return { level, reason };
}

const IMPACT_PHRASES: readonly [Impact, RegExp][] = [
  [
    "all",
    /\b(every(one|body)|all (of )?(us|users|staff|our users|customers)|whole (company|org|organi[sz]ation)|nobody can|no one can)\b/i,
  ],
  [
    "team",
    /\b(a team|(our|the|my|one) team|department|several|a few|some (people|users)|a group|a dozen)\b/i,
  ],
  ["one", /\b(just me|only me|only I\b|myself|one (user|person)|single user|just one)\b/i],
];
const NO_WORKAROUND = needingWords(
  /\b(no workaround|no work-around|there is no way|not? (any|a) workaround|can'?t work around|cannot work around|blocked)\b|\bno\b(?!\s+one)/i,
);
const HAS_WORKAROUND = needingWords(
  /\b(yes|workaround|work-around|work around it|we can manage|can wait)\b/i,
);

/** Reads a client's free-text answer to the triage questions; either part may be missing. */
export function parseTriageAnswers(text: string): TriageAnswers {
  const impact = IMPACT_PHRASES.find(([, pattern]) => pattern.test(text))?.[0];
  const workaround = NO_WORKAROUND.test(text) ? "no" : HAS_WORKAROUND.test(text) ? "yes" : undefined;
  return { ...(impact && { impact }), ...(workaround && { workaround }) };
}

const STATED = needingWords(/\b(?:priority|urgency|severity|sev)\s*[:=]?\s*([a-z0-9-]+)|\[(p\d)\]/i);

/** A level the client named ("Priority: P1", "urgency: high", "[P2]"), if the policy knows it. */
export function statedPriority(text: string, policy: Policy): string | undefined {
  const match = STATED.exec(text);
  const named = match?.[1] ?? match?.[2];
  if (named === undefined) return undefined;
  const known = policy.priorities.find((level) => level.id.toLowerCase() === named.toLowerCase());
  return known?.id;
}

import type { Found } from "./cues.js";
import type { Severity } from "./severity.js";

/** A severity the rules reached, how sure they are of it, and why. */
export interface Rating {
  readonly severity: Severity;
  readonly confidence: number;
  readonly reasons: readonly string[];
  /** Set when a contract rule decides the level directly. */
  readonly priority?: string;
  /**
   * Set when one of the contract's rules for reading a message decided the severity (Connect & Engage's
   * wrong results for everyone, the managed helpdesk's one person who cannot work, no deadline where the
   * contract has a level for it), or a reading of what the part is (only a status indicator fails): word
   * statistics gathered across contracts do not overrule it.
   */
  readonly byReading?: true;
}

/**
 * How sure each way of reaching a level is, set by hand and checked against the held-out messages:
 * `sla-desk classify --evaluate --split held-out` prints how often each band of confidence was exact
 * (2026-12-02, 1,021 held-out messages: under 0.5, where the client is asked, 80 %; 0.5-0.7, 75 %;
 * 0.7-0.85, 94 %; 0.85 and over, 94 %). Check it again when the rules change.
 */
export const CONFIDENCE = {
  nonProduction: 0.95,
  request: 0.9,
  cosmetic: 0.9,
  noDeadline: 0.8,
  widespread: 0.85,
  outage: 0.85,
  wholeModule: 0.8,
  narrowedOutage: 0.7,
  broken: 0.65,
  indicator: 0.8,
  degraded: 0.75,
  wrong: 0.75,
  noEvidence: 0.2,
} as const;

/** A reason in the dimensions' terms with the client's words: `everyone affected ("nobody can")`. */
export function why(label: string, dimension: Found<unknown> | undefined): string {
  return dimension === undefined ? label : `${label} ("${quoted(dimension.evidence)}")`;
}

/**
 * The most of the client's words a reason quotes. A message written without a full stop ("so nothing is
 * working the agents cant log into service cloud the phones are dead and …") is one clause, and what was
 * read in it can span the whole message; the acknowledgement and the triage card quote its start.
 */
const QUOTED_WORDS = 12;

function quoted(evidence: string): string {
  const words = evidence.split(/\s+/);
  return words.length <= QUOTED_WORDS ? evidence : `${words.slice(0, QUOTED_WORDS).join(" ")}…`;
}

import { classifyPriority, type PrioritySuggestion } from "../domain/priority/classify.js";
import {
  type Correction,
  type LearnedCorrections,
  learnCorrections,
  type ReadingCache,
} from "../domain/priority/corrections.js";
import type { Policy } from "../domain/sla/policy.js";
import type { Ticket } from "../domain/ticket/ticket.js";
import type { TicketStore } from "../ports/ticket-store.js";
import { settledLevelOf } from "./reclassifications.js";

/** Decisions kept per contract (and tickets read at start): enough to learn from, bounded in memory. */
const LEARN_FROM_LATEST = 2000;

export interface CorrectionsSummary {
  readonly policy: string;
  readonly examples: number;
  readonly adopted: boolean;
  /** Cross-validated on the agents' own levels: the rules alone, and rules-then-model. */
  readonly rulesExact: number;
  readonly correctedExact: number;
}

/**
 * The desk learning from its agents (`learnFromAgents: true`): every ticket whose level an agent set, or
 * that was resolved at the level it had, is a labelled message; per contract, a correction model is
 * trained on them and used only where it proved better than the rules on those same decisions (see
 * `learnCorrections`). Learned again, lazily, after each new decision.
 */
export class AgentCorrections {
  /** Per contract, per ticket: an agent's latest decision. */
  private readonly decisions = new Map<string, Map<number, Correction>>();
  private readonly learned = new Map<string, LearnedCorrections>();
  /** Per contract: what reading each decided message gave, for the decisions still kept. */
  private readonly readings = new Map<string, ReadingCache>();

  constructor(private readonly policy: (id: string) => Policy) {}

  /** The decisions on the latest tickets in the store, read once when the desk starts. */
  async load(store: TicketStore): Promise<void> {
    const latest = (await store.list({})).sort((a, b) => b.id - a.id).slice(0, LEARN_FROM_LATEST);
    for (const summary of latest.reverse()) {
      const ticket = await store.get(summary.id);
      if (ticket !== undefined) this.record(ticket);
    }
  }

  /**
   * A ticket as it now stands: an agent's level, or the level it was resolved at, replaces any earlier
   * one for the same ticket. Every other ticket teaches nothing yet.
   */
  record(ticket: Ticket): void {
    const decision = settledLevelOf(ticket);
    if (decision === undefined) return;
    const byTicket = this.decisions.get(decision.policy) ?? new Map<number, Correction>();
    byTicket.delete(decision.ticket);
    byTicket.set(decision.ticket, { text: decision.text, level: decision.priority });
    // The oldest decisions go first: what the agents decide now is what the desk should follow.
    for (const oldest of byTicket.keys()) {
      if (byTicket.size <= LEARN_FROM_LATEST) break;
      byTicket.delete(oldest);
    }
    this.decisions.set(decision.policy, byTicket);
    this.learned.delete(decision.policy);
  }

  suggest(text: string, policy: Policy): PrioritySuggestion {
    const learned = this.learnedFor(policy);
    return learned === undefined ? classifyPriority(text, policy) : learned.suggest(text);
  }

  summary(): CorrectionsSummary[] {
    return [...this.decisions.keys()].sort().flatMap((id) => {
      const learned = this.learnedFor(this.policy(id));
      if (learned === undefined) return [];
      const { policy, examples, adopted, rulesExact, correctedExact } = learned;
      return [{ policy, examples, adopted, rulesExact, correctedExact }];
    });
  }

  private learnedFor(policy: Policy): LearnedCorrections | undefined {
    const decisions = this.decisions.get(policy.id);
    if (decisions === undefined) return undefined;
    let learned = this.learned.get(policy.id);
    if (learned === undefined) {
      // Readings of messages no longer among the decisions are dropped with the old cache.
      const earlier = this.readings.get(policy.id);
      const kept: ReadingCache = new Map();
      learned = learnCorrections(policy, [...decisions.values()], {
        get: (key) => earlier?.get(key),
        set: (key, reading) => kept.set(key, reading),
      });
      this.readings.set(policy.id, kept);
      this.learned.set(policy.id, learned);
    }
    return learned;
  }
}

import { AgentCorrections } from "../src/application/agent-corrections.js";
import { MIN_CORRECTIONS } from "../src/domain/priority/corrections.js";
import type { Policy } from "../src/domain/sla/policy.js";
import type { Logger } from "../src/ports/logger.js";
import type { KeyvTicketStore } from "./storage/keyv-ticket-store.js";

// A desk that learns from its agents: what their reclassifications teach when it starts, read again while it
// runs (sla-desk.yaml's learnFromAgents).

/** How often a desk learning from its agents reads their decisions back from the store. */
export const LEARN_AGAIN_MS = 15 * 60 * 1000;

/** Runs `work` every `ms` (one run at a time; a failure is logged and the next run tries again). */
export function every(ms: number, work: () => Promise<void>, logger: Logger): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    running = running
      .then(work)
      .catch((error: unknown) =>
        logger.warn({ err: error }, "reading agents' decisions failed; trying again later"),
      );
  }, ms);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}

/** What the agents' reclassifications so far teach, per contract, said in the log. */
export async function learnedCorrections(
  store: KeyvTicketStore,
  policy: (id: string) => Policy,
  logger: Logger,
): Promise<AgentCorrections> {
  const corrections = new AgentCorrections(policy);
  await corrections.load(store);
  for (const learned of corrections.summary()) {
    logger.info(
      learned,
      learned.examples < MIN_CORRECTIONS
        ? `learning from agents (${learned.policy}): ${learned.examples} decisions, fewer than ${MIN_CORRECTIONS}: the rules alone decide`
        : `learning from agents (${learned.policy}): ${learned.examples} decisions; cross-validated, the rules get ${learned.rulesExact} right, with the correction model ${learned.correctedExact}: ${learned.adopted ? "in use" : "not in use"}`,
    );
  }
  return corrections;
}

import type { Ticket } from "../domain/ticket/ticket.js";

/** A client's message and the level an agent gave it, as `sla-desk classify --evaluate` reads it. */
export interface Reclassification {
  readonly policy: string;
  readonly text: string;
  /** The agent's level. */
  readonly priority: string;
  /** The level the ticket opened at. */
  readonly suggested: string;
  readonly ticket: number;
}

/**
 * The agents' corrections are kept in the tickets themselves (the opening message, the level it opened
 * at, the agent's decision): a ticket whose level an agent set last is one labelled message.
 */
export function reclassificationOf(ticket: Ticket): Reclassification | undefined {
  if (ticket.priority.by !== "agent") return undefined;
  const opened = ticket.history.find((entry) => entry.type === "opened");
  const first = ticket.sla.find((event) => event.type === "opened");
  const text = opened?.text ?? ticket.description;
  if (text.trim() === "" || first === undefined || !("priority" in first)) return undefined;
  return {
    policy: ticket.policy,
    text,
    priority: ticket.priority.level,
    suggested: String(first.priority),
    ticket: ticket.id,
  };
}

/**
 * A ticket's level as the desk's people settled it: an agent's reclassification, or the level a resolved
 * or closed ticket kept (the agents let the suggestion stand). What a desk learning from its agents reads.
 */
export function settledLevelOf(ticket: Ticket): Reclassification | undefined {
  const reclassified = reclassificationOf(ticket);
  if (reclassified !== undefined) return reclassified;
  if (ticket.status !== "resolved" && ticket.status !== "closed") return undefined;
  const opened = ticket.history.find((entry) => entry.type === "opened");
  const text = opened?.text ?? ticket.description;
  if (text.trim() === "") return undefined;
  const level = ticket.priority.level;
  return { policy: ticket.policy, text, priority: level, suggested: level, ticket: ticket.id };
}

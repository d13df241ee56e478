import { NotAllowedError } from "../domain/errors.js";
import { displayName, record, type Ticket, ticketNumber } from "../domain/ticket/ticket.js";
import * as transitions from "../domain/ticket/transitions.js";
import { isAgentRole } from "../ports/directory.js";
import type { Invocation } from "./command-context.js";
import type { DeskContext } from "./desk-context.js";
import { act } from "./ticket-commands.js";
import { clockLines } from "./ticket-views.js";

/**
 * Reclassifies a ticket: agents in either direction, the client only upwards (more urgent). The change is
 * recorded with its reason, the clocks are re-targeted and the client is told the new deadlines.
 */
export async function changePriority(
  ctx: DeskContext,
  invocation: Invocation,
  ticket: Ticket,
  requested: string,
  reason: string,
): Promise<string> {
  const policy = ctx.policyOf(ticket);
  const level = policy.resolvePriority(requested);
  const number = ticketNumber(ticket.id);
  const agent = isAgentRole(invocation.role);
  if (level === ticket.priority.level) {
    if (ticket.priority.by !== "suggestion") return `${number} is already ${level}.`;
    return confirmSuggestion(ctx, invocation, ticket, agent);
  }
  const rank = (id: string) => policy.priorities.findIndex((p) => p.id === id);
  if (!agent && rank(level) > rank(ticket.priority.level)) {
    throw new NotAllowedError(
      `Only the support team can lower a ticket's priority. ${number} stays ${ticket.priority.level}.`,
    );
  }
  if (ticket.status === "closed")
    throw new NotAllowedError(`${number} is closed; \`reopen ${number}\` first.`);
  const at = ctx.now();
  const why = reason === "" ? (agent ? "reclassified by the support team" : "raised by the client") : reason;
  const change = await ctx.change(
    ticket.id,
    invocation.eventId,
    (current) =>
      transitions.changePriority(current, level, agent ? "agent" : "client", why, act(invocation, at)).ticket,
  );
  if (typeof change === "object") {
    const who = invocation.user.name ?? invocation.user.id;
    const deadlines = clockLines(change.after, policy, at);
    ctx.toClient(
      change.after,
      [
        `${number} priority changed from ${ticket.priority.level} to ${level} by ${who}: ${why}.`,
        ...deadlines,
      ].join("\n"),
    );
    ctx.toTriage(change.after, `Priority ${ticket.priority.level} → ${level} by ${who}: ${why}`);
    ctx.refreshCards(change.after);
  }
  return `${number} is now ${level}.`;
}

/** Choosing the level the desk suggested confirms it: it becomes the client's (or the team's) decision. */
async function confirmSuggestion(
  ctx: DeskContext,
  invocation: Invocation,
  ticket: Ticket,
  agent: boolean,
): Promise<string> {
  const at = ctx.now();
  const level = ticket.priority.level;
  const change = await ctx.change(ticket.id, invocation.eventId, (current) =>
    current.priority.level !== level || current.priority.by !== "suggestion"
      ? current
      : record(
          current,
          {
            at,
            type: "priority_confirmed",
            actor: invocation.user,
            eventId: invocation.eventId,
            data: { level },
          },
          {
            priority: {
              level,
              by: agent ? "agent" : "client",
              user: invocation.user,
              reason: "suggestion confirmed",
              at,
            },
            awaitingTriageAnswers: false,
          },
        ),
  );
  if (typeof change === "object" && change.before.priority.by === "suggestion") {
    ctx.toTriage(change.after, `${displayName(invocation.user)} confirmed ${level}.`);
    ctx.refreshCards(change.after);
  }
  return `${ticketNumber(ticket.id)} stays ${level}: thank you for confirming.`;
}

import { NotAllowedError } from "../domain/errors.js";
import { type Ticket, ticketNumber } from "../domain/ticket/ticket.js";
import * as transitions from "../domain/ticket/transitions.js";
import { type Invocation, requireAgent } from "./command-context.js";
import type { DeskContext } from "./desk-context.js";
import { agentReply, internalNote } from "./relay-reply.js";
import { act } from "./ticket-commands.js";

export async function reply(
  ctx: DeskContext,
  invocation: Invocation,
  ticket: Ticket,
  text: string,
): Promise<string> {
  requireAgent(invocation, "reply as the desk");
  await agentReply(ctx, ticket.id, invocation.user, text, invocation.eventId, "triage");
  return `Sent to the client on ${ticketNumber(ticket.id)}.`;
}

export async function note(
  ctx: DeskContext,
  invocation: Invocation,
  ticket: Ticket,
  text: string,
): Promise<string> {
  requireAgent(invocation, "write internal notes");
  const inTriageThread = ticket.triageThread?.thread === invocation.conversation.thread;
  await internalNote(ctx, ticket.id, invocation.user, text, invocation.eventId, !inTriageThread);
  return `Internal note added to ${ticketNumber(ticket.id)}; the client does not see it.`;
}

/**
 * An incident update to the client: restarts the update cadence. Tickets linked as duplicates of this
 * one get the same update in their own client threads, so every affected customer hears it.
 */
export async function postUpdate(
  ctx: DeskContext,
  invocation: Invocation,
  ticket: Ticket,
  text: string,
): Promise<string> {
  requireAgent(invocation, "post incident updates");
  const number = ticketNumber(ticket.id);
  if (ticket.status === "resolved" || ticket.status === "closed") {
    throw new NotAllowedError(`${number} is ${ticket.status}; updates are for open tickets.`);
  }
  const targets = [ticket.id, ...ticket.links.duplicates];
  for (const id of targets) {
    const at = ctx.now();
    const change = await ctx.change(
      id,
      invocation.eventId,
      (current) => transitions.postUpdate(current, text, act(invocation, at)).ticket,
    );
    if (typeof change !== "object") continue;
    const heading =
      id === ticket.id ? `Update on ${number}` : `Update on incident ${number} (your ${ticketNumber(id)})`;
    ctx.toClient(change.after, `${heading}: ${text}`);
    ctx.refreshCards(change.after);
  }
  const fanOut = targets.length > 1 ? ` and ${targets.length - 1} linked ticket(s)` : "";
  return `Update posted to the client of ${number}${fanOut}.`;
}

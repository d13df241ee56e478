import { USAGE } from "../domain/ticket/command-usage.js";
import { InvalidCommandError } from "../domain/ticket/commands.js";
import { record, type Ticket, ticketNumber } from "../domain/ticket/ticket.js";
import { type Invocation, requireAgent, targetTicket } from "./command-context.js";
import type { DeskContext } from "./desk-context.js";

/** Marks `duplicate` as another report of `incident`: its client then hears the incident's updates. */
export async function link(
  ctx: DeskContext,
  invocation: Invocation,
  duplicateRef: string,
  incidentRef: string,
): Promise<string> {
  requireAgent(invocation, "link tickets");
  const duplicate = await targetTicket(ctx, invocation, duplicateRef, USAGE.link);
  const incident = await targetTicket(ctx, invocation, incidentRef, USAGE.link);
  const [d, i] = [ticketNumber(duplicate.id), ticketNumber(incident.id)];
  if (duplicate.id === incident.id)
    throw new InvalidCommandError("a ticket cannot duplicate itself", USAGE.link);
  if (incident.links.duplicateOf !== undefined) {
    throw new InvalidCommandError(
      `${i} is itself a duplicate of ${ticketNumber(incident.links.duplicateOf)}; link to that one`,
      USAGE.link,
    );
  }
  const at = ctx.now();
  const linked = (ticket: Ticket, data: Record<string, number>) =>
    record(ticket, { at, type: "linked", actor: invocation.user, eventId: invocation.eventId, data });
  const first = await ctx.change(duplicate.id, invocation.eventId, (t) => ({
    ...linked(t, { duplicateOf: incident.id }),
    links: { ...t.links, duplicateOf: incident.id },
  }));
  const second = await ctx.change(incident.id, invocation.eventId, (t) => ({
    ...linked(t, { duplicate: duplicate.id }),
    links: { ...t.links, duplicates: [...new Set([...t.links.duplicates, duplicate.id])] },
  }));
  if (typeof first === "object") {
    ctx.toClient(
      first.after,
      `We are tracking this together with a known incident; you will get its updates here.`,
    );
    ctx.refreshCards(first.after);
  }
  if (typeof second === "object") {
    ctx.toTriage(second.after, `${d} is linked here as another report of this incident.`);
    ctx.refreshCards(second.after);
  }
  return `${d} is linked to ${i}.`;
}

import { NotAllowedError } from "../domain/errors.js";
import { displayName, sameUser, type Ticket, ticketNumber } from "../domain/ticket/ticket.js";
import * as transitions from "../domain/ticket/transitions.js";
import { type Invocation, requireAgent, teamMemberNamed } from "./command-context.js";
import type { DeskContext } from "./desk-context.js";

/**
 * Loads the ticket as saved, applies the domain's transition, stages the result and redraws the cards;
 * returns the saved ticket, or null for a replayed event.
 */
async function changeAndRefresh(
  ctx: DeskContext,
  ticket: Ticket,
  invocation: Invocation,
  apply: (current: Ticket, at: number) => transitions.Transition,
): Promise<Ticket | null> {
  const at = ctx.now();
  const change = await ctx.change(ticket.id, invocation.eventId, (current) => apply(current, at).ticket);
  if (typeof change !== "object") return null;
  ctx.refreshCards(change.after);
  return change.after;
}

/** The invoker's act at `at`, as the domain's transitions take it. */
export function act(invocation: Invocation, at: number): transitions.Act {
  return { by: invocation.user, at, eventId: invocation.eventId };
}

export async function claim(ctx: DeskContext, invocation: Invocation, ticket: Ticket): Promise<string> {
  requireAgent(invocation, "claim tickets");
  const number = ticketNumber(ticket.id);
  const saved = await changeAndRefresh(ctx, ticket, invocation, (current, at) =>
    transitions.claim(current, act(invocation, at)),
  );
  if (saved !== null)
    ctx.toClient(saved, `${displayName(invocation.user)} from support is looking into ${number}.`);
  return `You claimed ${number}.`;
}

export async function unclaim(ctx: DeskContext, invocation: Invocation, ticket: Ticket): Promise<string> {
  requireAgent(invocation, "unclaim tickets");
  const number = ticketNumber(ticket.id);
  if (ticket.assignee === null) return `${number} is not claimed.`;
  await changeAndRefresh(ctx, ticket, invocation, (current, at) =>
    transitions.unclaim(current, act(invocation, at)),
  );
  return `${number} is unassigned again.`;
}

export async function assign(
  ctx: DeskContext,
  invocation: Invocation,
  ticket: Ticket,
  who: string,
): Promise<string> {
  requireAgent(invocation, "assign tickets");
  const agent = teamMemberNamed(ctx, invocation, who);
  if (agent === undefined)
    throw new NotAllowedError(`${who} is not on the support team; only agents can be assigned.`);
  const number = ticketNumber(ticket.id);
  const saved = await changeAndRefresh(ctx, ticket, invocation, (current, at) =>
    transitions.assign(current, agent, act(invocation, at)),
  );
  if (saved !== null && !sameUser(agent, invocation.user)) {
    ctx.notify(agent, {
      text: `${displayName(invocation.user)} assigned ${number} to you: ${saved.title}`,
    });
  }
  return `${number} is assigned to ${displayName(agent)}.`;
}

export async function resolve(
  ctx: DeskContext,
  invocation: Invocation,
  ticket: Ticket,
  note: string,
): Promise<string> {
  requireAgent(invocation, "resolve tickets");
  const number = ticketNumber(ticket.id);
  const saved = await changeAndRefresh(ctx, ticket, invocation, (current, at) =>
    transitions.resolve(current, note, act(invocation, at)),
  );
  if (saved !== null) {
    const why = note === "" ? "" : `: ${note}`;
    ctx.toClient(
      saved,
      `${number} is resolved${why}. If anything is still wrong, reply in this thread and we will reopen it.`,
    );
  }
  return `${number} is resolved.`;
}

export async function close(ctx: DeskContext, invocation: Invocation, ticket: Ticket): Promise<string> {
  requireAgent(invocation, "close tickets");
  const number = ticketNumber(ticket.id);
  await changeAndRefresh(ctx, ticket, invocation, (current, at) =>
    transitions.close(current, act(invocation, at)),
  );
  return `${number} is closed.`;
}

export async function reopen(ctx: DeskContext, invocation: Invocation, ticket: Ticket): Promise<string> {
  const number = ticketNumber(ticket.id);
  const saved = await changeAndRefresh(ctx, ticket, invocation, (current, at) =>
    transitions.reopen(current, act(invocation, at)),
  );
  if (saved !== null) ctx.toTriage(saved, `${number} was reopened by ${displayName(invocation.user)}.`);
  return `${number} is open again.`;
}

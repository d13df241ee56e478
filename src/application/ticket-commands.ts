import { NotAllowedError } from "../domain/errors.js";
import { transition } from "../domain/ticket/status.js";
import {
  displayName,
  record,
  sameUser,
  type Ticket,
  ticketNumber,
  withSla,
} from "../domain/ticket/ticket.js";
import type { UserRef } from "../ports/chat-gateway.js";
import { type Invocation, requireAgent } from "./command-context.js";
import type { DeskContext } from "./desk-context.js";

/** Applies an agent's change and redraws the cards; returns the saved ticket, or null for a replayed event. */
async function changeAndRefresh(
  ctx: DeskContext,
  ticket: Ticket,
  invocation: Invocation,
  apply: (current: Ticket, at: number) => Ticket,
): Promise<Ticket | null> {
  const at = ctx.now();
  const change = await ctx.change(ticket.id, invocation.eventId, (current) => apply(current, at));
  if (typeof change !== "object") return null;
  ctx.refreshCards(change.after);
  return change.after;
}

function takeOn(ticket: Ticket, agent: UserRef, at: number): Ticket {
  if (ticket.status !== "open" && ticket.status !== "customer_reply") return { ...ticket, assignee: agent };
  return withSla(
    { ...ticket, assignee: agent, status: "in_progress" },
    { at, type: "status", status: "in_progress" },
  );
}

/** Checked against the ticket as saved, inside the write, so two agents claiming at once cannot both win. */
function ensureClaimable(ticket: Ticket, agent: UserRef): void {
  const number = ticketNumber(ticket.id);
  if (sameUser(ticket.assignee, agent)) throw new NotAllowedError(`You already have ${number}.`);
  if (ticket.assignee !== null) {
    throw new NotAllowedError(
      `${number} is claimed by ${displayName(ticket.assignee)}; use \`assign ${number} @you\` to take it over.`,
    );
  }
  ensureOpen(ticket);
}

function ensureOpen(ticket: Ticket): void {
  const number = ticketNumber(ticket.id);
  if (ticket.status === "resolved" || ticket.status === "closed") {
    throw new NotAllowedError(`${number} is ${ticket.status}; \`reopen ${number}\` first.`);
  }
}

export async function claim(ctx: DeskContext, invocation: Invocation, ticket: Ticket): Promise<string> {
  requireAgent(invocation, "claim tickets");
  const number = ticketNumber(ticket.id);
  const saved = await changeAndRefresh(ctx, ticket, invocation, (current, at) => {
    ensureClaimable(current, invocation.user);
    return takeOn(
      record(current, { at, type: "claimed", actor: invocation.user, eventId: invocation.eventId }),
      invocation.user,
      at,
    );
  });
  if (saved !== null)
    ctx.toClient(saved, `${displayName(invocation.user)} from support is looking into ${number}.`);
  return `You claimed ${number}.`;
}

export async function unclaim(ctx: DeskContext, invocation: Invocation, ticket: Ticket): Promise<string> {
  requireAgent(invocation, "unclaim tickets");
  const number = ticketNumber(ticket.id);
  if (ticket.assignee === null) return `${number} is not claimed.`;
  await changeAndRefresh(ctx, ticket, invocation, (current, at) => {
    const next = record(
      current,
      { at, type: "unclaimed", actor: invocation.user, eventId: invocation.eventId },
      { assignee: null },
    );
    return next.status === "in_progress"
      ? withSla({ ...next, status: "open" }, { at, type: "status", status: "open" })
      : next;
  });
  return `${number} is unassigned again.`;
}

export async function assign(
  ctx: DeskContext,
  invocation: Invocation,
  ticket: Ticket,
  who: string,
): Promise<string> {
  requireAgent(invocation, "assign tickets");
  const agent = ctx.deps.directory.findAgent(who, invocation.user.platform);
  if (agent === undefined)
    throw new NotAllowedError(`${who} is not on the support team; only agents can be assigned.`);
  const number = ticketNumber(ticket.id);
  const saved = await changeAndRefresh(ctx, ticket, invocation, (current, at) => {
    ensureOpen(current);
    return takeOn(
      record(current, {
        at,
        type: "assigned",
        actor: invocation.user,
        eventId: invocation.eventId,
        data: { to: agent.id },
      }),
      agent,
      at,
    );
  });
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
  transition(number, ticket.status, "resolved");
  const saved = await changeAndRefresh(ctx, ticket, invocation, (current, at) =>
    withSla(
      record(
        current,
        { at, type: "resolved", actor: invocation.user, eventId: invocation.eventId, text: note },
        { status: transition(number, current.status, "resolved") },
      ),
      { at, type: "resolved" },
    ),
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
  transition(number, ticket.status, "closed");
  await changeAndRefresh(ctx, ticket, invocation, (current, at) => {
    const next = record(current, { at, type: "closed", actor: invocation.user, eventId: invocation.eventId });
    const stopped = current.status === "resolved" ? next : withSla(next, { at, type: "resolved" });
    return withSla(
      { ...stopped, status: transition(number, current.status, "closed") },
      { at, type: "status", status: "closed" },
    );
  });
  return `${number} is closed.`;
}

export async function reopen(ctx: DeskContext, invocation: Invocation, ticket: Ticket): Promise<string> {
  const number = ticketNumber(ticket.id);
  transition(number, ticket.status, "open");
  const saved = await changeAndRefresh(ctx, ticket, invocation, (current, at) =>
    withSla(
      record(
        current,
        { at, type: "reopened", actor: invocation.user, eventId: invocation.eventId },
        { status: transition(number, current.status, "open") },
      ),
      { at, type: "reopened" },
    ),
  );
  if (saved !== null) ctx.toTriage(saved, `${number} was reopened by ${displayName(invocation.user)}.`);
  return `${number} is open again.`;
}

import {
  parseTriageAnswers,
  priorityFromAnswers,
  type TriageAnswers,
} from "../domain/priority/triage-answers.js";
import type { UserRef } from "../domain/refs.js";
import type { Policy } from "../domain/sla/policy.js";
import { displayName, record, type Ticket, ticketNumber, withSla } from "../domain/ticket/ticket.js";
import * as transitions from "../domain/ticket/transitions.js";
import type { DeskContext, TicketChange } from "./desk-context.js";

export type ReplyOutcome = TicketChange | "duplicate" | "closed" | undefined;

/**
 * The client wrote in its thread: the desk owes a reply again, a resolved ticket reopens, and answers to
 * the triage questions set the priority. The message is relayed to the agents' thread.
 */
export async function customerReply(
  ctx: DeskContext,
  ticketId: number,
  author: UserRef,
  text: string,
  eventId: string,
): Promise<ReplyOutcome> {
  const current = await ctx.get(ticketId);
  if (current?.status === "closed") {
    ctx.toClient(
      current,
      `${ticketNumber(current.id)} is closed. Post a new message in the channel to open a new ticket.`,
    );
    return "closed";
  }
  const at = ctx.now();
  const change = await ctx.change(ticketId, eventId, (ticket) => {
    const next = transitions.customerReply(ticket, text, { by: author, at, eventId }).ticket;
    if (!next.awaitingTriageAnswers) return next;
    return applyTriageAnswers(next, parseTriageAnswers(text), author, at, ctx.policyOf(next));
  });
  if (typeof change !== "object") return change;
  const { before, after } = change;
  ctx.toTriage(after, `${displayName(author)} (client): ${text}`);
  if (before.status === "resolved")
    ctx.toTriage(after, `${ticketNumber(after.id)} reopened by the client's reply.`);
  if (
    before.priority.level !== after.priority.level ||
    before.awaitingTriageAnswers !== after.awaitingTriageAnswers
  ) {
    thankForAnswers(ctx, after);
  }
  ctx.refreshCards(after);
  return change;
}

/** A public answer from an agent: meets the response clocks, marks the ticket answered, reaches the client. */
export async function agentReply(
  ctx: DeskContext,
  ticketId: number,
  agent: UserRef,
  text: string,
  eventId: string,
  writtenIn: "client" | "triage",
): Promise<ReplyOutcome> {
  const at = ctx.now();
  const change = await ctx.change(
    ticketId,
    eventId,
    (ticket) => transitions.agentReply(ticket, text, { by: agent, at, eventId }).ticket,
  );
  if (typeof change !== "object") return change;
  if (writtenIn === "triage") ctx.toClient(change.after, `${displayName(agent)} (support): ${text}`);
  else ctx.toTriage(change.after, `${displayName(agent)} answered the client: ${text}`);
  ctx.refreshCards(change.after);
  return change;
}

/** An internal note: kept in the history and the triage thread, never shown to the client. */
export async function internalNote(
  ctx: DeskContext,
  ticketId: number,
  agent: UserRef,
  text: string,
  eventId: string,
  echo: boolean,
): Promise<ReplyOutcome> {
  const at = ctx.now();
  const change = await ctx.change(
    ticketId,
    eventId,
    (ticket) => transitions.note(ticket, text, { by: agent, at, eventId }).ticket,
  );
  if (typeof change === "object" && echo)
    ctx.toTriage(change.after, `Note from ${displayName(agent)}: ${text}`);
  return change;
}

/** Merges what the client answered; with both answers the priority follows impact x urgency. */
export function applyTriageAnswers(
  ticket: Ticket,
  given: TriageAnswers,
  client: UserRef,
  at: number,
  policy: Policy,
): Ticket {
  const answers = { ...ticket.triageAnswers, ...given };
  const { impact, workaround } = answers;
  if (impact === undefined || workaround === undefined) return { ...ticket, triageAnswers: answers };
  const { level, reason } = priorityFromAnswers(policy, impact, workaround);
  const next = record(
    {
      ...ticket,
      triageAnswers: answers,
      awaitingTriageAnswers: false,
      priority: { level, by: "client", user: client, reason, at },
    },
    {
      at,
      type: "priority_changed",
      actor: client,
      text: reason,
      data: { from: ticket.priority.level, to: level },
    },
  );
  return level === ticket.priority.level
    ? next
    : withSla(next, { at, type: "priority_changed", priority: level });
}

/** Tells the client the priority its answers set. */
export function thankForAnswers(ctx: DeskContext, ticket: Ticket): void {
  ctx.toClient(
    ticket,
    `Thank you. ${ticketNumber(ticket.id)} is now ${ticket.priority.level} (${ticket.priority.reason}).`,
  );
}

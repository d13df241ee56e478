import type { Ticket } from "../domain/ticket/ticket.js";
import { isAgentRole } from "../ports/directory.js";
import type { Outcome } from "./desk.js";
import type { DeskContext } from "./desk-context.js";
import type { InboundEvent } from "./inbound-events.js";
import { openTicket } from "./open-ticket.js";
import { agentReply, customerReply, internalNote, type ReplyOutcome } from "./relay-reply.js";

type Posted = Extract<InboundEvent, { type: "message.posted" }>;

/** Messages an agent marks as internal inside a triage thread. */
const NOTE_PREFIX = /^\s*(?:note:|\/\/|\(note\))\s*/i;

/**
 * A message in a chat the desk watches. A client's top-level message in its channel opens a ticket; a reply
 * in a ticket's client thread is the client's (or an agent answering there); a reply in the triage thread
 * is an agent's answer or internal note.
 */
export async function onMessagePosted(ctx: DeskContext, event: Posted): Promise<Outcome> {
  const { directory, store } = ctx.deps;
  const isAgent = isAgentRole(directory.roleOf(event.user));
  if (event.conversation.thread === undefined || event.conversation.thread === event.message) {
    const customer = directory.customerAt(event.conversation);
    // Agents' own posts in a customer channel (announcements, answers) are not requests.
    if (customer === undefined || isAgent || event.text.trim() === "") return { outcome: "ignored" };
    const opened = await openTicket(ctx, {
      eventId: event.eventId,
      requester: event.user,
      customer,
      clientThread: { ...event.conversation, thread: event.message },
      sourceMessage: event.message,
      description: event.text,
    });
    return { outcome: "handled", ticket: opened.id };
  }
  const ticket = await store.findByThread(event.conversation);
  if (ticket === undefined) return { outcome: "ignored" };
  return outcomeOf(await threadReply(ctx, event, ticket, isAgent), ticket.id);
}

function threadReply(
  ctx: DeskContext,
  event: Posted,
  ticket: Ticket,
  isAgent: boolean,
): Promise<ReplyOutcome> {
  const inClientThread =
    event.conversation.platform === ticket.clientThread.platform &&
    event.conversation.conversation === ticket.clientThread.conversation &&
    event.conversation.thread === ticket.clientThread.thread;
  if (inClientThread) {
    return isAgent
      ? agentReply(ctx, ticket.id, event.user, event.text, event.eventId, "client")
      : customerReply(ctx, ticket.id, event.user, event.text, event.eventId);
  }
  const noted = NOTE_PREFIX.test(event.text);
  const internal = !isAgent || noted || ctx.deps.directory.triageThreadMessages === "note";
  if (internal)
    return internalNote(
      ctx,
      ticket.id,
      event.user,
      event.text.replace(NOTE_PREFIX, ""),
      event.eventId,
      false,
    );
  return agentReply(ctx, ticket.id, event.user, event.text, event.eventId, "triage");
}

function outcomeOf(result: ReplyOutcome, ticket: number): Outcome {
  if (result === "duplicate") return { outcome: "duplicate" };
  if (result === undefined || result === "closed") return { outcome: "ignored" };
  return { outcome: "handled", ticket };
}

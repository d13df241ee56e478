import { chatterIn } from "../domain/priority/request-or-chatter.js";
import type { ConversationRef } from "../domain/refs.js";
import type { Ticket } from "../domain/ticket/ticket.js";
import { isAgentRole } from "../ports/directory.js";
import type { Outcome } from "./desk.js";
import type { DeskContext } from "./desk-context.js";
import type { InboundEvent } from "./inbound-events.js";
import { openTicketPrompt } from "./new-ticket-form.js";
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
  if (event.kind === "flat" || event.kind === "personal") return inFlatConversation(ctx, event, isAgent);
  if (event.conversation.thread === undefined || event.conversation.thread === event.message) {
    const customer = directory.customerAt(event.conversation);
    if (customer === undefined) return unlinked(ctx, event, isAgent);
    // Agents' own posts in a customer channel (announcements, answers) are not requests.
    if (isAgent || event.text.trim() === "") {
      ctx.deps.logger.debug(
        { conversation: event.conversation.conversation, customer: customer.id, agent: isAgent },
        "a message in a customer's channel that is not a request",
      );
      return { outcome: "ignored" };
    }
    const thread = { ...event.conversation, thread: event.message };
    if (chatter(ctx, event, thread)) return { outcome: "handled" };
    const opened = await openTicket(ctx, {
      eventId: event.eventId,
      requester: event.user,
      customer,
      clientThread: thread,
      sourceMessage: event.message,
      description: event.text,
    });
    return { outcome: "handled", ticket: opened.id };
  }
  const ticket = await store.findByThread(event.conversation);
  if (ticket === undefined) return { outcome: "ignored" };
  return outcomeOf(await threadReply(ctx, event, ticket, isAgent), ticket.id);
}

/**
 * A message in a conversation without threads (a group chat, a one-to-one chat): it belongs to the
 * conversation's open ticket; a client's message opens one when none is open.
 */
async function inFlatConversation(ctx: DeskContext, event: Posted, isAgent: boolean): Promise<Outcome> {
  const { directory, store } = ctx.deps;
  const where = { platform: event.conversation.platform, conversation: event.conversation.conversation };
  const customer = directory.customerAt(where);
  if (customer === undefined) return unlinked(ctx, event, isAgent);
  const current = await store.findByThread(where);
  if (current !== undefined && current.status !== "resolved" && current.status !== "closed")
    return outcomeOf(await threadReply(ctx, event, current, isAgent, true), current.id);
  if (isAgent || event.text.trim() === "") return { outcome: "ignored" };
  if (chatter(ctx, event, where)) return { outcome: "handled" };
  const opened = await openTicket(ctx, {
    eventId: event.eventId,
    requester: event.user,
    customer,
    clientThread: where,
    sourceMessage: event.message,
    description: event.text,
    flat: true,
  });
  return { outcome: "handled", ticket: opened.id };
}

/**
 * A client's message that asks for nothing yet ("hello?", "thanks", a mistyped command) opens no ticket:
 * the desk asks what they need, with a button that opens one, once a day per person and conversation.
 */
function chatter(ctx: DeskContext, event: Posted, answerIn: ConversationRef): boolean {
  const kind = chatterIn(event.text);
  if (kind === undefined) return false;
  const day = new Date(ctx.now()).toISOString().slice(0, 10);
  const key = `chatter:${event.conversation.platform}:${event.conversation.conversation}:${event.user.id}:${day}`;
  ctx.deps.logger.debug(
    { conversation: event.conversation.conversation, kind },
    "a message that asks for nothing yet",
  );
  if (ctx.firstTime(key)) ctx.post(answerIn, openTicketPrompt());
  return true;
}

/**
 * A top-level message where no customer is linked. The operator hears of each such conversation once
 * (a customer may be waiting there), with what to do; at debug level, of every message.
 */
function unlinked(ctx: DeskContext, event: Posted, isAgent: boolean): Outcome {
  const { logger, directory } = ctx.deps;
  const where = { platform: event.conversation.platform, conversation: event.conversation.conversation };
  const team = [directory.triage, directory.escalation].some(
    (c) => c.platform === where.platform && c.conversation === where.conversation,
  );
  logger.debug({ ...where, agent: isAgent, team }, "a message in a conversation no customer is linked to");
  if (!team && !isAgent && ctx.firstTime(`unlinked:${where.platform}:${where.conversation}`))
    logger.info(
      where,
      "messages in this conversation open no tickets: no customer is linked to it. A lead links it with `channel link <customer>` run there, or list it under a customer in sla-desk.yaml",
    );
  return { outcome: "ignored" };
}

function threadReply(
  ctx: DeskContext,
  event: Posted,
  ticket: Ticket,
  isAgent: boolean,
  flat = false,
): Promise<ReplyOutcome> {
  // In a conversation without threads the whole conversation is the client's thread.
  const inClientThread =
    event.conversation.platform === ticket.clientThread.platform &&
    event.conversation.conversation === ticket.clientThread.conversation &&
    (flat || event.conversation.thread === ticket.clientThread.thread);
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

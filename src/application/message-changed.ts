import { record, ticketNumber } from "../domain/ticket/ticket.js";
import type { Outcome } from "./desk.js";
import type { DeskContext } from "./desk-context.js";
import type { InboundEvent } from "./inbound-events.js";

type Changed = Extract<InboundEvent, { type: "message.edited" | "message.deleted" }>;

/**
 * A message edited or deleted on the platform: kept in the ticket's history and told to the agents. An edit
 * of the message that opened the ticket updates its description; it never opens a second ticket.
 */
export async function onMessageChanged(ctx: DeskContext, event: Changed): Promise<Outcome> {
  const thread = { ...event.conversation, thread: event.conversation.thread ?? event.message };
  const ticket = await ctx.deps.store.findByThread(thread);
  if (ticket === undefined) return { outcome: "ignored" };
  const at = ctx.now();
  const edited = event.type === "message.edited";
  const text = edited ? event.text : undefined;
  const change = await ctx.change(ticket.id, event.eventId, (current) => {
    const opening = current.sourceMessage === event.message;
    const entry = {
      at,
      type: edited ? "message_edited" : "message_deleted",
      actor: event.user,
      eventId: event.eventId,
      ...(text !== undefined && { text }),
      data: { message: event.message, opening },
    };
    return record(current, entry, opening && text !== undefined ? { description: text } : {});
  });
  if (change === "duplicate") return { outcome: "duplicate" };
  if (change === undefined) return { outcome: "ignored" };
  const who = event.user.name ?? event.user.id;
  const what = edited
    ? `edited a message on ${ticketNumber(ticket.id)}: ${text}`
    : `deleted a message on ${ticketNumber(ticket.id)}.`;
  ctx.toTriage(change.after, `${who} ${what}`);
  if (change.after.description !== change.before.description) ctx.refreshCards(change.after);
  return { outcome: "handled", ticket: ticket.id };
}

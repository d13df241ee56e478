import type { OutboundMessage } from "../ports/chat-gateway.js";
import type { TicketSide } from "../ports/outbox.js";
import type { DeskDeps } from "./desk-context.js";
import { clientAck, triageCard } from "./ticket-views.js";

/** Draws a ticket side's card as the ticket is now; undefined when there is no such ticket. */
export type CardRenderer = (ticket: number, side: TicketSide) => Promise<OutboundMessage | undefined>;

export function cardRenderer(deps: Pick<DeskDeps, "store" | "clock" | "directory" | "policy">): CardRenderer {
  return async (id, side) => {
    const ticket = await deps.store.get(id);
    if (ticket === undefined) return undefined;
    const policy = deps.policy(ticket.policy);
    const now = deps.clock.now();
    const message =
      side === "client"
        ? clientAck(ticket, policy, now)
        : triageCard(
            ticket,
            policy,
            deps.directory.customerById(ticket.customer)?.name ?? ticket.customer,
            now,
          );
    return { ...message, ticket: id };
  };
}

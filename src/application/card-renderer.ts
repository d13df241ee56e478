import type { OutboundMessage } from "../ports/chat-gateway.js";
import type { TicketSide } from "../ports/outbox.js";
import type { DeskDeps } from "./desk-context.js";
import { clientAck, incidentCard, triageCard } from "./ticket-views.js";

/** Draws a ticket side's card as the ticket is now; undefined when there is no such ticket. */
export type CardRenderer = (ticket: number, side: TicketSide) => Promise<OutboundMessage | undefined>;

export function cardRenderer(deps: Pick<DeskDeps, "store" | "clock" | "directory" | "policy">): CardRenderer {
  return async (id, side) => {
    const ticket = await deps.store.get(id);
    if (ticket === undefined) return undefined;
    const policy = deps.policy(ticket.policy);
    const now = deps.clock.now();
    const customer =
      ticket.incident === undefined
        ? (deps.directory.customerById(ticket.customer)?.name ?? ticket.customer)
        : `Incident (${ticket.links.duplicates.length} linked)`;
    const message =
      side === "client"
        ? ticket.incident === undefined
          ? clientAck(ticket, policy, now)
          : incidentCard(ticket, policy, now)
        : triageCard(ticket, policy, customer, now);
    return { ...message, ticket: id };
  };
}

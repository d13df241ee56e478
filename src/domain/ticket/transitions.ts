import { NotAllowedError } from "../errors.js";
import type { UserRef } from "../refs.js";
import type { TicketStatus } from "../sla/metrics.js";
import { canTransition, transition } from "./status.js";
import {
  displayName,
  type HistoryEntry,
  record,
  sameUser,
  type Ticket,
  ticketNumber,
  withSla,
} from "./ticket.js";

/** What happened to a ticket, as its history keeps it: who, when, and through which platform event. */
export type TicketEvent = HistoryEntry & {
  readonly type:
    | "claimed"
    | "unclaimed"
    | "assigned"
    | "resolved"
    | "closed"
    | "reopened"
    | "reopened_by_reply"
    | "customer_reply"
    | "agent_reply"
    | "note"
    | "priority_changed"
    | "update_posted";
  readonly actor: UserRef;
  readonly eventId: string;
};

/** A ticket after one thing happened to it, and that thing. */
export interface Transition {
  readonly ticket: Ticket;
  readonly event: TicketEvent;
}

/** Who does something to a ticket, when, and through which platform event. */
export interface Act {
  readonly by: UserRef;
  readonly at: number;
  readonly eventId: string;
}

function happened(ticket: Ticket, event: TicketEvent, change: Partial<Ticket> = {}): Transition {
  return { ticket: record(ticket, event, change), event };
}

function eventOf(
  type: TicketEvent["type"],
  act: Act,
  extra: Pick<HistoryEntry, "text" | "data"> = {},
): TicketEvent {
  return { ...extra, at: act.at, type, actor: act.by, eventId: act.eventId };
}

/** The status change, checked by the status machine, with its clock event. */
function moved(ticket: Ticket, to: TicketStatus, at: number): Ticket {
  return withSla(
    { ...ticket, status: transition(ticketNumber(ticket.id), ticket.status, to) },
    { at, type: "status", status: to },
  );
}

/** Moves to `to` when the ticket is in one of `from` (a reply marks an open ticket answered, say). */
function movedIf(ticket: Ticket, from: readonly TicketStatus[], to: TicketStatus, at: number): Ticket {
  return from.includes(ticket.status) && canTransition(ticket.status, to) ? moved(ticket, to, at) : ticket;
}

function ensureOpen(ticket: Ticket): void {
  const number = ticketNumber(ticket.id);
  if (ticket.status === "resolved" || ticket.status === "closed")
    throw new NotAllowedError(`${number} is ${ticket.status}; \`reopen ${number}\` first.`);
}

/** Someone takes the ticket on: a ticket waiting for the team is now being worked on. */
function takenOn(ticket: Ticket, agent: UserRef, at: number): Ticket {
  return movedIf({ ...ticket, assignee: agent }, ["open", "customer_reply"], "in_progress", at);
}

/** An agent takes an unclaimed ticket. Checked against the ticket as saved, so two claims cannot both win. */
export function claim(ticket: Ticket, act: Act): Transition {
  const number = ticketNumber(ticket.id);
  if (sameUser(ticket.assignee, act.by)) throw new NotAllowedError(`You already have ${number}.`);
  if (ticket.assignee !== null)
    throw new NotAllowedError(
      `${number} is claimed by ${displayName(ticket.assignee)}; use \`assign ${number} @you\` to take it over.`,
    );
  ensureOpen(ticket);
  const event = eventOf("claimed", act);
  return { ticket: takenOn(record(ticket, event), act.by, act.at), event };
}

/** The assignee lets go: a ticket being worked on waits for the team again. */
export function unclaim(ticket: Ticket, act: Act): Transition {
  const event = eventOf("unclaimed", act);
  const released = record(ticket, event, { assignee: null });
  return { ticket: movedIf(released, ["in_progress"], "open", act.at), event };
}

/** Someone gives the ticket to an agent (themselves included). */
export function assign(ticket: Ticket, agent: UserRef, act: Act): Transition {
  ensureOpen(ticket);
  const event = eventOf("assigned", act, { data: { to: agent.id } });
  return { ticket: takenOn(record(ticket, event), agent, act.at), event };
}

export function resolve(ticket: Ticket, note: string, act: Act): Transition {
  const event = eventOf("resolved", act, { text: note });
  const status = transition(ticketNumber(ticket.id), ticket.status, "resolved");
  return { ticket: withSla(record(ticket, event, { status }), { at: act.at, type: "resolved" }), event };
}

/** Closed for good (a resolved ticket's clocks have stopped already; an open one's stop now). */
export function close(ticket: Ticket, act: Act): Transition {
  transition(ticketNumber(ticket.id), ticket.status, "closed");
  const event = eventOf("closed", act);
  const next = record(ticket, event);
  const stopped = ticket.status === "resolved" ? next : withSla(next, { at: act.at, type: "resolved" });
  return { ticket: moved(stopped, "closed", act.at), event };
}

export function reopen(ticket: Ticket, act: Act): Transition {
  const event = eventOf("reopened", act);
  const status = transition(ticketNumber(ticket.id), ticket.status, "open");
  return { ticket: withSla(record(ticket, event, { status }), { at: act.at, type: "reopened" }), event };
}

/** The client wrote in its thread: the desk owes a reply again, and a resolved ticket reopens. */
export function customerReply(ticket: Ticket, text: string, act: Act): Transition {
  if (ticket.status === "resolved") {
    const event = eventOf("reopened_by_reply", act, { text });
    const status = transition(ticketNumber(ticket.id), ticket.status, "open");
    return { ticket: withSla(record(ticket, event, { status }), { at: act.at, type: "reopened" }), event };
  }
  const event = eventOf("customer_reply", act, { text });
  const replied = withSla(record(ticket, event), { at: act.at, type: "customer_reply" });
  return { ticket: movedIf(replied, ["answered"], "customer_reply", act.at), event };
}

/** A public answer from an agent: meets the response clocks and marks the ticket answered. */
export function agentReply(ticket: Ticket, text: string, act: Act): Transition {
  const event = eventOf("agent_reply", act, { text });
  const replied = withSla(record(ticket, event), { at: act.at, type: "agent_reply" });
  return { ticket: movedIf(replied, ["open", "in_progress", "customer_reply"], "answered", act.at), event };
}

/** An internal note: history only; the client never sees it and no clock moves. */
export function note(ticket: Ticket, text: string, act: Act): Transition {
  return happened(ticket, eventOf("note", act, { text }));
}

/** An incident update to the client: restarts the update cadence. */
export function postUpdate(ticket: Ticket, text: string, act: Act): Transition {
  const event = eventOf("update_posted", act, { text });
  return { ticket: withSla(record(ticket, event), { at: act.at, type: "update_posted" }), event };
}

/** A new level, by the team or the client: running clocks are re-targeted from their start. */
export function changePriority(
  ticket: Ticket,
  level: string,
  decidedBy: "agent" | "client",
  reason: string,
  act: Act,
): Transition {
  const event = eventOf("priority_changed", act, {
    text: reason,
    data: { from: ticket.priority.level, to: level },
  });
  const changed = record(ticket, event, {
    priority: { level, by: decidedBy, user: act.by, reason, at: act.at },
    awaitingTriageAnswers: false,
  });
  return { ticket: withSla(changed, { at: act.at, type: "priority_changed", priority: level }), event };
}

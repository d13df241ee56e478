import { DeskError } from "../errors.js";
import type { TicketStatus } from "../sla/metrics.js";

/** Where a ticket may go from each status (the Kongo seed's statuses, plus `resolved` before `closed`). */
const NEXT: Record<TicketStatus, readonly TicketStatus[]> = {
  open: ["in_progress", "answered", "customer_reply", "resolved", "closed"],
  in_progress: ["open", "answered", "customer_reply", "resolved", "closed"],
  customer_reply: ["open", "in_progress", "answered", "resolved", "closed"],
  answered: ["open", "in_progress", "customer_reply", "resolved", "closed"],
  resolved: ["open", "closed"],
  closed: ["open"],
};

export const STATUS_LABELS: Record<TicketStatus, string> = {
  open: "Open",
  in_progress: "In progress",
  customer_reply: "Customer reply",
  answered: "Answered",
  resolved: "Resolved",
  closed: "Closed",
};

export class IllegalTransitionError extends DeskError {
  constructor(ticket: string, from: TicketStatus, to: TicketStatus) {
    const allowed = NEXT[from].map((status) => STATUS_LABELS[status].toLowerCase());
    super(
      "illegal_transition",
      `${ticket} is ${STATUS_LABELS[from].toLowerCase()}, so it cannot become ${STATUS_LABELS[to].toLowerCase()}; from here it can become ${allowed.join(", ")}`,
    );
  }
}

export function canTransition(from: TicketStatus, to: TicketStatus): boolean {
  return NEXT[from].includes(to);
}

/** The checked transition: the new status, or IllegalTransitionError naming what is allowed. */
export function transition(ticket: string, from: TicketStatus, to: TicketStatus): TicketStatus {
  if (!canTransition(from, to)) throw new IllegalTransitionError(ticket, from, to);
  return to;
}

export function isOpenStatus(status: TicketStatus): boolean {
  return status !== "resolved" && status !== "closed";
}

import { isOpenStatus } from "../../src/domain/ticket/status.js";
import type { Ticket } from "../../src/domain/ticket/ticket.js";
import { packDeadlines } from "../../src/domain/ticket/ticket-clocks.js";
import type { TicketQuery, TicketSummary } from "../../src/ports/ticket-store.js";

// What the store keeps in memory of each ticket, and how a query picks summaries.

/** A ticket's summary: enough to list, filter and schedule it without reading the ticket. */
export function summarize(ticket: Ticket): TicketSummary {
  return {
    id: ticket.id,
    customer: ticket.customer,
    title: ticket.title,
    priority: ticket.priority.level,
    status: ticket.status,
    assignee: ticket.assignee === null ? null : `${ticket.assignee.platform}:${ticket.assignee.id}`,
    updatedAt: ticket.updatedAt,
    dueAt: ticket.dueAt,
    // Tickets saved before reminders existed are looked at from their earliest due time.
    remindAt: ticket.remindAt === undefined ? ticket.dueAt : ticket.remindAt,
    deadlines: packDeadlines(ticket.deadlines ?? []),
  };
}

/** Whether a summary is one the query asks for. */
export function matchesQuery(summary: TicketSummary, query: TicketQuery): boolean {
  if (query.open !== undefined && query.open !== isOpenStatus(summary.status)) return false;
  if (query.customer !== undefined && summary.customer !== query.customer) return false;
  if (query.assignee !== undefined && summary.assignee !== query.assignee) return false;
  if (query.changedSince !== undefined && summary.updatedAt < query.changedSince) return false;
  if (query.dueBy !== undefined && (summary.dueAt === null || summary.dueAt > query.dueBy)) return false;
  if (query.remindBy !== undefined && (summary.remindAt === null || summary.remindAt > query.remindBy))
    return false;
  return true;
}

import { NotAllowedError } from "../domain/errors.js";
import { CLIENT_USAGE, LEAD_COMMANDS, USAGE } from "../domain/ticket/command-usage.js";
import type { DeskCommand, ListFilter } from "../domain/ticket/commands.js";
import type { Ticket } from "../domain/ticket/ticket.js";
import { isAgentRole } from "../ports/directory.js";
import type { TicketQuery } from "../ports/ticket-store.js";
import type { Invocation } from "./command-context.js";
import type { DeskContext } from "./desk-context.js";
import { listView, statusView } from "./ticket-views.js";

/** The commands this person may run, as they may run them. */
export function help(invocation: Invocation): string {
  const usage = isAgentRole(invocation.role) ? USAGE : CLIENT_USAGE;
  const lines = Object.entries(usage)
    .filter(([name]) => invocation.role === "lead" || !LEAD_COMMANDS.has(name as DeskCommand["name"]))
    .map(([, line]) => `• ${line}`);
  return ["Commands (the ticket number can be left out inside a ticket's thread):", ...lines].join("\n");
}

export function status(ctx: DeskContext, ticket: Ticket): string {
  return statusView(ticket, ctx.policyOf(ticket), ctx.now());
}

/** Lists tickets; a client only ever gets its own customer's open tickets. */
export async function list(ctx: DeskContext, invocation: Invocation, filter: ListFilter): Promise<string> {
  const now = ctx.now();
  if (!isAgentRole(invocation.role)) {
    const customer = invocation.customer;
    if (customer === undefined)
      throw new NotAllowedError("Ask in your own support channel to see your tickets.");
    return listView(
      await ctx.deps.store.list({ open: true, customer: customer.id }),
      `Open tickets for ${customer.name}`,
      now,
    );
  }
  const me = `${invocation.user.platform}:${invocation.user.id}`;
  const queries: Record<string, [TicketQuery, string]> = {
    open: [{ open: true }, "Open tickets"],
    mine: [{ open: true, assignee: me }, "Your open tickets"],
    unassigned: [{ open: true, assignee: null }, "Unassigned open tickets"],
    breaching: [{ open: true, dueBy: now }, "Tickets past an SLA deadline"],
  };
  if (typeof filter === "object") {
    const customer = ctx.deps.directory.customerById(filter.customer);
    const id = customer?.id ?? filter.customer;
    return listView(
      await ctx.deps.store.list({ open: true, customer: id }),
      `Open tickets for ${customer?.name ?? id}`,
      now,
    );
  }
  const [query, heading] = queries[filter] as [TicketQuery, string];
  const found = await ctx.deps.store.list(query);
  return listView(
    filter === "breaching" ? found.sort((a, b) => (a.dueAt ?? 0) - (b.dueAt ?? 0)) : found,
    heading,
    now,
  );
}

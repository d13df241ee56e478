import { NotAllowedError } from "../domain/errors.js";
import { CLIENT_USAGE, USAGE } from "../domain/ticket/command-usage.js";
import { type DeskCommand, parseCommand } from "../domain/ticket/commands.js";
import { ticketNumber } from "../domain/ticket/ticket.js";
import { isAgentRole } from "../ports/directory.js";
import { type Invocation, targetTicket } from "./command-context.js";
import { note, postUpdate, reply } from "./conversation-commands.js";
import type { DeskContext } from "./desk-context.js";
import { directoryCommand } from "./directory-commands.js";
import { incidentCommand, resolveIncident } from "./incident-commands.js";
import { link } from "./link-command.js";
import { maintenanceCommand } from "./maintenance-commands.js";
import { clearOnCall, setOnCall, showOnCall } from "./on-call.js";
import { openTicket } from "./open-ticket.js";
import { changePriority } from "./priority-command.js";
import { help, list, status } from "./query-commands.js";
import { reportCommand } from "./report-commands.js";
import { assign, claim, close, reopen, resolve, unclaim } from "./ticket-commands.js";

/** Runs one command line for the invoker and returns the answer to show them (only them). */
export async function runCommand(
  ctx: DeskContext,
  invocation: Invocation,
  command: string | DeskCommand,
): Promise<string> {
  const offered = isAgentRole(invocation.role) ? USAGE : CLIENT_USAGE;
  return runParsed(ctx, invocation, typeof command === "string" ? parseCommand(command, offered) : command);
}

async function runParsed(ctx: DeskContext, invocation: Invocation, command: DeskCommand): Promise<string> {
  const ticketOf = (ref: string | undefined) => targetTicket(ctx, invocation, ref, USAGE[command.name]);
  switch (command.name) {
    case "help":
      return help(invocation);
    case "new":
      return newTicket(ctx, invocation, command.text);
    case "list":
      return list(ctx, invocation, command.filter);
    case "link":
      return link(ctx, invocation, command.ticket, command.other);
    case "oncall":
      if (command.action === "set") return setOnCall(ctx, invocation, command.user, command.hours);
      return command.action === "show" ? showOnCall(ctx, invocation) : clearOnCall(ctx, invocation);
    case "status":
      return status(ctx, await ticketOf(command.ticket));
    case "claim":
      return claim(ctx, invocation, await ticketOf(command.ticket));
    case "unclaim":
      return unclaim(ctx, invocation, await ticketOf(command.ticket));
    case "assign":
      return assign(ctx, invocation, await ticketOf(command.ticket), command.user);
    case "priority":
      return changePriority(ctx, invocation, await ticketOf(command.ticket), command.level, command.reason);
    case "reply":
      return reply(ctx, invocation, await ticketOf(command.ticket), command.text);
    case "note":
      return note(ctx, invocation, await ticketOf(command.ticket), command.text);
    case "update":
      return postUpdate(ctx, invocation, await ticketOf(command.ticket), command.text);
    case "resolve": {
      const ticket = await ticketOf(command.ticket);
      return ticket.incident === undefined
        ? resolve(ctx, invocation, ticket, command.note)
        : resolveIncident(ctx, invocation, ticket, command.note);
    }
    case "close":
      return close(ctx, invocation, await ticketOf(command.ticket));
    case "reopen":
      return reopen(ctx, invocation, await ticketOf(command.ticket));
    case "customer":
    case "channel":
    case "agent":
      return directoryCommand(ctx, invocation, command);
    case "incident":
      return incidentCommand(ctx, invocation, command);
    case "maintenance":
      return maintenanceCommand(ctx, invocation, command);
    case "report":
      return reportCommand(ctx, invocation, command);
  }
}

/** `new <text>` opens a ticket for the customer whose channel it was run in, answered in that channel. */
async function newTicket(ctx: DeskContext, invocation: Invocation, text: string): Promise<string> {
  const customer = invocation.customer;
  if (customer === undefined) {
    throw new NotAllowedError("Run `new` in a customer's channel, so the desk knows whose ticket it is.");
  }
  const opened = await openTicket(ctx, {
    eventId: invocation.eventId,
    requester: invocation.user,
    customer,
    clientThread: {
      platform: invocation.conversation.platform,
      conversation: invocation.conversation.conversation,
    },
    description: text,
  });
  return `Opened ${ticketNumber(opened.id)}.`;
}

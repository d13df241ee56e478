import { NotAllowedError, TicketNotFoundError } from "../domain/errors.js";
import type { ConversationRef, UserRef } from "../domain/refs.js";
import { InvalidCommandError, type TicketRef } from "../domain/ticket/commands.js";
import type { Ticket } from "../domain/ticket/ticket.js";
import { type Customer, isAgentRole, type Role } from "../ports/directory.js";
import type { DeskContext } from "./desk-context.js";

/** Who ran a command, where, and as which platform event. */
export interface Invocation {
  readonly eventId: string;
  readonly user: UserRef;
  readonly role: Role;
  readonly conversation: ConversationRef;
  /** The customer whose channel this is, if any: a client only ever sees this customer's tickets. */
  readonly customer: Customer | undefined;
  /** The adapter's handle for answering the invoker privately, if it gave one. */
  readonly replyTo?: string | undefined;
  /** The people the command mentions, as the adapter resolved them. */
  readonly mentions?: readonly UserRef[] | undefined;
}

/**
 * The team member a command names (`@id` or a name): a person it mentions, on their own platform, or
 * an agent of the directory by id or name on any platform.
 */
export function teamMemberNamed(ctx: DeskContext, invocation: Invocation, who: string): UserRef | undefined {
  const mentioned = invocation.mentions?.find((user) => user.id === who);
  const { directory } = ctx.deps;
  if (mentioned !== undefined) {
    const known = directory.findAgent(mentioned.id, mentioned.platform);
    return known ?? (isAgentRole(directory.roleOf(mentioned)) ? mentioned : undefined);
  }
  return directory.findAgent(who, invocation.user.platform);
}

/** The person a command names: a person it mentions, else one with that id on the invoker's platform. */
export function personNamed(invocation: Invocation, who: string): UserRef {
  return (
    invocation.mentions?.find((user) => user.id === who) ?? { platform: invocation.user.platform, id: who }
  );
}

export function requireAgent(invocation: Invocation, what: string): void {
  if (!isAgentRole(invocation.role)) {
    throw new NotAllowedError(
      `Only the support team can ${what}. To add to your ticket, reply in its thread.`,
    );
  }
}

/** The ticket a command means: the number given, else the thread it was run in. Clients see only their own. */
export async function targetTicket(
  ctx: DeskContext,
  invocation: Invocation,
  ref: TicketRef,
  usage: string,
): Promise<Ticket> {
  let ticket: Ticket | undefined;
  if (ref !== undefined) {
    ticket = await ctx.get(Number(ref.replace(/^\D+/, "")));
    if (ticket === undefined) throw new TicketNotFoundError(normalized(ref));
  } else if (invocation.conversation.thread !== undefined) {
    ticket = await ctx.deps.store.findByThread(invocation.conversation);
  }
  if (ticket === undefined)
    throw new InvalidCommandError("say which ticket (outside a ticket's thread)", usage);
  if (!isAgentRole(invocation.role) && ticket.customer !== invocation.customer?.id) {
    throw new TicketNotFoundError(ref === undefined ? `T-${ticket.id}` : normalized(ref));
  }
  return ticket;
}

/** A ticket reference as the person wrote it, upper-cased: never more than they said. */
function normalized(ref: string): string {
  return ref.toUpperCase();
}

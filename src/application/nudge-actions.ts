import { NotAllowedError } from "../domain/errors.js";
import type { UserRef } from "../domain/refs.js";
import { type NudgeRest, snoozeChoices, updateCadence } from "../domain/reminders/reminders.js";
import { InvalidCommandError } from "../domain/ticket/commands.js";
import { displayName, record, sameUser, type Ticket, ticketNumber } from "../domain/ticket/ticket.js";
import { ticketClocks } from "../domain/ticket/ticket-clocks.js";
import { isAgentRole } from "../ports/directory.js";
import type { Outcome } from "./desk.js";
import type { DeskContext } from "./desk-context.js";
import type { InboundEvent } from "./inbound-events.js";
import { currentOnCall } from "./on-call.js";

type Clicked = Extract<InboundEvent, { type: "action.clicked" }>;

const USAGE = "<ticket>|update:<started>[|<minutes>]";

/**
 * The buttons on an update nudge. Each acts on the update cycle it was sent for: once an update is
 * posted, an old nudge's buttons say so and change nothing. Acting on a nudge stops its escalation.
 */
export async function onNudgeAction(
  ctx: DeskContext,
  event: Clicked,
  runCommand: (text: string) => Promise<Outcome>,
): Promise<Outcome> {
  if (!isAgentRole(ctx.deps.directory.roleOf(event.user)))
    throw new NotAllowedError("Only the support team can act on reminders.");
  const { ticket: idText, cycle, minutes: minutesText } = event.data;
  const id = Number(idText);
  if (!Number.isInteger(id) || cycle === undefined || !cycle.startsWith("update:"))
    throw new InvalidCommandError("this reminder button names no ticket's update", USAGE);
  if (event.action === "nudge.update") {
    if (event.text === undefined || event.text.trim() === "")
      throw new InvalidCommandError("write the update for the client", `update ${ticketNumber(id)} <text>`);
    return runCommand(`update ${ticketNumber(id)} ${event.text}`);
  }
  const ticket = await ctx.get(id);
  if (ticket === undefined) throw new NotAllowedError(`There is no ticket ${ticketNumber(id)}.`);
  const policy = ctx.policyOf(ticket);
  const cadence = updateCadence(ticket, policy);
  if (cadence === null || currentCycle(ctx, ticket) !== cycle)
    return answer(
      ctx,
      event,
      `That reminder is out of date: ${ticketNumber(id)} owes no update from that cycle any more.`,
    );
  const now = ctx.now();
  const by = displayName(event.user);
  let rest: Omit<NudgeRest, "round">;
  let handTo: UserRef | null | undefined;
  let reply: string;
  switch (event.action) {
    case "nudge.ack":
      rest = { kind: "ack", until: cadence.calendar.addOpenTime(now, cadence.amountMs), by };
      reply = `Acknowledged: no escalation for ${ticketNumber(id)}; you will be reminded again in one update period if no update is posted.`;
      break;
    case "nudge.snooze": {
      const minutes = Number(minutesText);
      const choices = snoozeChoices(cadence.amountMs);
      if (!choices.includes(minutes))
        throw new InvalidCommandError(
          `snooze for ${minutesText ?? "?"} minutes is not offered`,
          choices.map((m) => `${m}m`).join(", "),
        );
      rest = { kind: "snooze", until: cadence.calendar.addOpenTime(now, minutes * 60_000), by };
      reply = `Snoozed ${ticketNumber(id)} for ${minutes}m.`;
      break;
    }
    case "nudge.handover": {
      const onCall = await currentOnCall(ctx, now);
      const holder = ticket.assignee ?? event.user;
      handTo =
        [onCall.primary, onCall.secondary].find((user) => user !== null && !sameUser(user, holder)) ?? null;
      rest = { kind: "handover", until: now, by };
      reply =
        handTo === null
          ? `Nobody else is on call, so ${ticketNumber(id)} is unassigned and back with the team.`
          : `Handed ${ticketNumber(id)} over to ${displayName(handTo)}.`;
      break;
    }
    default:
      throw new InvalidCommandError(
        `unknown button "${event.action}"`,
        "nudge.update, nudge.snooze, nudge.handover, nudge.ack",
      );
  }
  const change = await ctx.change(id, event.eventId, (current) => {
    if (currentCycle(ctx, current) !== cycle) return current;
    const round = (current.nudges?.[cycle]?.round ?? 0) + 1;
    const nudges = { ...current.nudges, [cycle]: { ...rest, round } };
    const assignee = handTo === undefined ? current.assignee : handTo;
    return record(
      current,
      { at: now, type: `nudge_${rest.kind}`, actor: event.user, eventId: event.eventId, text: reply },
      { nudges, assignee },
    );
  });
  if (change === "duplicate") return { outcome: "duplicate" };
  if (change !== undefined && handTo !== undefined) {
    ctx.toTriage(change.after, `${by}: ${reply}`);
    if (handTo !== null)
      ctx.notify(handTo, { text: `${by} handed ${ticketNumber(id)} over to you: ${ticket.title}` });
    ctx.refreshCards(change.after);
  }
  return answer(ctx, event, reply);
}

function currentCycle(ctx: DeskContext, ticket: Ticket): string | undefined {
  const clock = ticketClocks(ticket, ctx.policyOf(ticket), ctx.now()).find((c) => c.metric === "update");
  return clock === undefined || clock.stoppedAt !== null ? undefined : `update:${clock.startedAt}`;
}

function answer(ctx: DeskContext, event: Clicked, text: string): Outcome {
  ctx.answer({ user: event.user, in: event.conversation, replyTo: event.replyTo }, text);
  return { outcome: "handled", ticket: Number(event.data.ticket) };
}

import { NotAllowedError } from "../domain/errors.js";
import type { Impact, Workaround } from "../domain/priority/triage-answers.js";
import { USAGE } from "../domain/ticket/command-usage.js";
import { type DeskCommand, InvalidCommandError } from "../domain/ticket/commands.js";
import { isAgentRole } from "../ports/directory.js";
import type { Outcome } from "./desk.js";
import type { DeskContext } from "./desk-context.js";
import type { InboundEvent } from "./inbound-events.js";
import { applyTriageAnswers, thankForAnswers } from "./relay-reply.js";

type Clicked = Extract<InboundEvent, { type: "action.clicked" }>;

const BUTTON_COMMANDS = {
  "ticket.claim": "claim",
  "ticket.unclaim": "unclaim",
  "ticket.resolve": "resolve",
  "ticket.reopen": "reopen",
  "ticket.close": "close",
  "ticket.status": "status",
} as const;
const MENUS = ["ticket.assign", "ticket.priority"];

/** A card button or menu is the command it stands for, so it goes through the same checks. */
export function actionAsCommand(click: Pick<Clicked, "action" | "data" | "text" | "choice">): DeskCommand {
  const { action, data, text, choice } = click;
  const id = data.ticket ?? "";
  if (!/^\d{1,9}$/.test(id)) throw new InvalidCommandError("this button names no ticket", "a ticket's card");
  const ticket = `T-${id}`;
  switch (action) {
    case "ticket.update":
      if (text === undefined || text.trim() === "")
        throw new InvalidCommandError("write the update for the client", `update ${ticket} <text>`);
      return { name: "update", ticket, text };
    case "ticket.assign":
      if (choice === undefined) throw new InvalidCommandError("pick the agent to assign", USAGE.assign);
      return { name: "assign", ticket, user: choice };
    case "ticket.link": {
      // Link T-13 to T-12, as the desk suggested.
      const other = data.other;
      if (other === undefined || !/^\d{1,9}$/.test(other))
        throw new InvalidCommandError("this button names no second ticket", USAGE.link);
      return { name: "link", ticket, other: `T-${other}` };
    }
    case "ticket.priority": {
      // The client's acknowledgement has a button per level; the card has a menu.
      const level = choice ?? data.level;
      if (level === undefined || level === "") throw new InvalidCommandError("pick a level", USAGE.priority);
      return { name: "priority", ticket, level, reason: "" };
    }
  }
  const name = BUTTON_COMMANDS[action as keyof typeof BUTTON_COMMANDS];
  if (name === undefined)
    throw new InvalidCommandError(
      `unknown button "${action}"`,
      [...Object.keys(BUTTON_COMMANDS), ...MENUS].join(", "),
    );
  return name === "resolve" ? { name, ticket, note: "" } : { name, ticket };
}

/** The client's click on an impact or workaround button under the desk's questions. */
export async function onTriageAnswer(ctx: DeskContext, event: Clicked): Promise<Outcome> {
  const { ticket: idText, answer } = event.data;
  const id = Number(idText);
  const ticket = await ctx.get(id);
  const customer = ctx.deps.directory.customerAt(event.conversation);
  if (
    ticket === undefined ||
    (!isAgentRole(ctx.deps.directory.roleOf(event.user)) && ticket.customer !== customer?.id)
  ) {
    throw new NotAllowedError("That button belongs to another customer's ticket.");
  }
  const given =
    event.action === "triage.impact" ? { impact: answer as Impact } : { workaround: answer as Workaround };
  if (!["one", "team", "all", "yes", "no"].includes(answer ?? ""))
    throw new InvalidCommandError(`unknown answer "${answer}"`, "one|team|all, yes|no");
  const at = ctx.now();
  const change = await ctx.change(id, event.eventId, (current) =>
    current.awaitingTriageAnswers
      ? applyTriageAnswers(current, given, event.user, at, ctx.policyOf(current))
      : current,
  );
  if (change === "duplicate") return { outcome: "duplicate" };
  if (
    typeof change === "object" &&
    change.before.awaitingTriageAnswers &&
    !change.after.awaitingTriageAnswers
  ) {
    thankForAnswers(ctx, change.after);
    ctx.toTriage(
      change.after,
      `Client answered the triage questions: ${change.after.priority.reason} → ${change.after.priority.level}.`,
    );
    ctx.refreshCards(change.after);
  }
  return { outcome: "handled", ticket: id };
}

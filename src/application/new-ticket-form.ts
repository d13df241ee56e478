import { IMPACT_CHOICES } from "../domain/priority/triage-answers.js";
import { InvalidCommandError } from "../domain/ticket/commands.js";
import type { OutboundAction, OutboundMessage } from "../ports/chat-gateway.js";
import type { InboundEvent } from "./inbound-events.js";

/** The action a submitted new-ticket form arrives as. */
export const NEW_TICKET_ACTION = "ticket.new";

/**
 * The new-ticket form as a message with a form behind its button, for platforms without modal dialogs
 * (Teams): the same questions as Slack's modal, answered in place.
 */
export function newTicketForm(): OutboundMessage {
  return {
    title: "New ticket",
    text: "Tell us what happened; the desk opens the ticket and answers here.",
    actions: [newTicketAction("Describe the problem")],
  };
}

/**
 * The desk's answer to a message that asks for nothing yet ("hello?", "thanks"): no ticket, no page,
 * and a button that opens one.
 */
export function openTicketPrompt(): OutboundMessage {
  return {
    text: "Do you need help with something? Describe the problem here, or press Open a ticket.",
    actions: [newTicketAction("Open a ticket")],
  };
}

function newTicketAction(label: string): OutboundAction {
  return {
    id: NEW_TICKET_ACTION,
    label,
    data: {},
    style: "primary",
    form: {
      title: "New ticket",
      label: "What happened?",
      submit: "Open ticket",
      fields: [
        { id: "title", label: "Title" },
        { id: "description", label: "What happened?", optional: true },
        {
          id: "impact",
          label: "Who is affected?",
          optional: true,
          options: IMPACT_CHOICES,
        },
        {
          id: "workaround",
          label: "How urgent is it?",
          optional: true,
          options: [
            { label: "We are blocked: no workaround", value: "no" },
            { label: "We can work around it for now", value: "yes" },
          ],
        },
      ],
    },
  };
}

type Clicked = Extract<InboundEvent, { type: "action.clicked" }>;
type Requested = Extract<InboundEvent, { type: "ticket.requested" }>;

/** A submitted new-ticket form as the request it stands for; a form without a title names what is missing. */
export function requestFromForm(click: Clicked): Requested {
  const fields = click.fields ?? {};
  const title = (fields.title ?? "").trim().slice(0, 300);
  if (title === "") throw new InvalidCommandError("give the ticket a title", "the new-ticket form");
  const impact = fields.impact;
  const workaround = fields.workaround;
  return {
    type: "ticket.requested",
    eventId: click.eventId,
    user: click.user,
    conversation: click.conversation,
    ...(click.replyTo !== undefined && { replyTo: click.replyTo }),
    title,
    description: (fields.description ?? "").trim(),
    ...((impact === "one" || impact === "team" || impact === "all") && { impact }),
    ...((workaround === "yes" || workaround === "no") && { workaround }),
  };
}

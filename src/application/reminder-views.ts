import { type Reminder, snoozeChoices, updateCadence } from "../domain/reminders/reminders.js";
import { formatForPeople } from "../domain/sla/instant.js";
import type { Policy } from "../domain/sla/policy.js";
import { type Ticket, ticketNumber } from "../domain/ticket/ticket.js";
import type { OutboundAction, OutboundMessage } from "../ports/chat-gateway.js";
import { METRIC_LABELS, timeLeft } from "./ticket-views.js";

export interface ReminderAudience {
  /** The recipient's own zone, shown beside the contract's when they differ. */
  readonly zone?: string | undefined;
  readonly customer: string;
  /** Who was nudged before this step, for the backup's and the channel's messages. */
  readonly owner?: string | undefined;
}

/** The message a reminder sends: what is due, for which ticket, how late, and one-click ways to act. */
export function reminderMessage(
  reminder: Reminder,
  ticket: Ticket,
  policy: Policy,
  now: number,
  audience: ReminderAudience,
): OutboundMessage {
  const number = ticketNumber(ticket.id);
  const about = `${number} (${reminder.level}, ${audience.customer})`;
  const when = (at: number) => timeIn(at, policy.zone, audience.zone);
  const fields = [
    { label: "Ticket", value: `${number}: ${ticket.title}` },
    { label: "Assignee", value: ticket.assignee?.name ?? ticket.assignee?.id ?? "unassigned" },
  ];
  switch (reminder.kind) {
    case "page":
      return {
        title: `Page: ${about}`,
        text: `${ticket.title}\n${reminder.level} pages the on-call. Opened ${when(ticket.createdAt)}. Claim it and keep the client updated.`,
        fields,
        actions: [claimAction(ticket), statusAction(ticket)],
      };
    case "update": {
      const due = reminder.slaAt ?? reminder.at;
      const intro =
        reminder.step === "nudge"
          ? `An update to the client on ${number} is due ${when(due)} (${relative(due, now, "now")}).`
          : `The update on ${number} due ${when(due)} is ${timeLeft(due, now).replace(" overdue", "")} late` +
            `${audience.owner === undefined ? "" : `; ${audience.owner} was nudged and has not acted`}.`;
      return {
        title: reminder.step === "nudge" ? `Update due: ${about}` : `Update overdue: ${about}`,
        text: `${intro}\nPost an update, snooze, or hand the ticket over.`,
        fields,
        actions: nudgeActions(reminder, ticket, policy),
      };
    }
    case "at_risk": {
      const metric = METRIC_LABELS[reminder.metric ?? "resolution"].toLowerCase();
      const due = reminder.slaAt ?? reminder.at;
      return {
        title: `At risk: ${about} ${metric}`,
        text: `The ${metric} SLA is due ${when(due)} (${relative(due, now, "now")}) and is not met yet.`,
        fields,
        actions:
          ticket.assignee === null ? [claimAction(ticket), statusAction(ticket)] : [statusAction(ticket)],
      };
    }
    case "breach": {
      const metric = METRIC_LABELS[reminder.metric ?? "resolution"].toLowerCase();
      const due = reminder.slaAt ?? reminder.at;
      return {
        title: `SLA breached: ${about} ${metric}`,
        text: `The ${metric} SLA was due ${when(due)} (${relative(due, now, "just now")}).`,
        fields,
        actions:
          ticket.assignee === null ? [claimAction(ticket), statusAction(ticket)] : [statusAction(ticket)],
      };
    }
  }
}

/** Post update (a short form), a bounded snooze, hand over, acknowledge; each names the cycle it is for. */
function nudgeActions(reminder: Reminder, ticket: Ticket, policy: Policy): OutboundAction[] {
  const cycle = { ticket: String(ticket.id), cycle: reminder.cycle ?? "" };
  const period = updateCadence(ticket, policy)?.amountMs ?? 15 * 60_000;
  return [
    {
      id: "nudge.update",
      label: "Post update",
      data: cycle,
      style: "primary",
      form: {
        title: `Update for ${ticketNumber(ticket.id)}`,
        label: "What should the client hear?",
        submit: "Post",
      },
    },
    ...snoozeChoices(period).map((minutes) => ({
      id: "nudge.snooze",
      label: `Snooze ${minutes}m`,
      data: { ...cycle, minutes: String(minutes) },
    })),
    { id: "nudge.handover", label: "Hand over", data: cycle },
    { id: "nudge.ack", label: "Acknowledge", data: cycle },
  ];
}

function claimAction(ticket: Ticket): OutboundAction {
  return { id: "ticket.claim", label: "Claim", data: { ticket: String(ticket.id) }, style: "primary" };
}

function statusAction(ticket: Ticket): OutboundAction {
  return { id: "ticket.status", label: "Status", data: { ticket: String(ticket.id) } };
}

/** "in 5m", "20m overdue", or the given word within the minute. */
function relative(due: number, now: number, withinTheMinute: string): string {
  return Math.round((due - now) / 60_000) === 0 ? withinTheMinute : timeLeft(due, now);
}

/** "Tue 3 Mar 10:15 CET", with the reader's own time after it when their zone differs. */
function timeIn(at: number, contractZone: string, readerZone: string | undefined): string {
  const contract = formatForPeople(at, contractZone);
  if (readerZone === undefined || readerZone === contractZone) return contract;
  const own = formatForPeople(at, readerZone);
  return own === contract ? contract : `${contract} (your time: ${own})`;
}

import { IMPACT_CHOICES, TRIAGE_QUESTIONS } from "../domain/priority/triage-answers.js";
import { formatForPeople } from "../domain/sla/instant.js";
import type { Metric } from "../domain/sla/metrics.js";
import type { Policy } from "../domain/sla/policy.js";
import { STATUS_LABELS } from "../domain/ticket/status.js";
import type { Ticket } from "../domain/ticket/ticket.js";
import { ticketNumber } from "../domain/ticket/ticket.js";
import { type TicketClock, ticketClocks } from "../domain/ticket/ticket-clocks.js";
import type { OutboundAction, OutboundMessage } from "../ports/chat-gateway.js";
import type { TicketSummary } from "../ports/ticket-store.js";

export const METRIC_LABELS: Record<Metric, string> = {
  first_response: "First response",
  follow_up: "Follow-up",
  update: "Next update",
  workaround: "Workaround",
  resolution: "Resolution",
};

/** "Tue 3 Mar 10:00 CET (in 1h 5m)", in the zone of the calendar the clock runs on. */
export function formatDue(due: number, zone: string, now: number): string {
  return `${formatForPeople(due, zone)} (${timeLeft(due, now)})`;
}

/** "in 1h 5m" or "20m overdue". */
export function timeLeft(due: number, now: number): string {
  const minutes = Math.round((due - now) / 60_000);
  return minutes >= 0 ? `in ${formatSpan(minutes)}` : `${formatSpan(-minutes)} overdue`;
}

function formatSpan(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts = [days > 0 ? `${days}d` : "", hours > 0 ? `${hours}h` : "", `${rest}m`].filter(Boolean);
  return (days > 0 ? parts.slice(0, 2) : parts).join(" ");
}

function clockLine(ticket: Ticket, clock: TicketClock, now: number): string | undefined {
  const label = METRIC_LABELS[clock.metric];
  if (clock.stoppedAt !== null) {
    if (clock.state === "breached") return `${label}: missed`;
    // An update cadence ends when the ticket is resolved: no update was owed any more, none was "met".
    const updated = ticket.sla.some(
      (event) => event.type === "update_posted" && event.at === clock.stoppedAt,
    );
    return `${label}: ${clock.metric === "update" && !updated ? "stopped" : "met"}`;
  }
  if (clock.state === "paused") return `${label}: paused`;
  if (clock.due === null || clock.zone === null) return undefined;
  return `${label}${clock.state === "breached" ? " (breached)" : ""}: ${formatDue(clock.due, clock.zone, now)}`;
}

export function clockLines(ticket: Ticket, policy: Policy, now: number): string[] {
  return ticketClocks(ticket, policy, now)
    .map((clock) => clockLine(ticket, clock, now))
    .filter((line): line is string => line !== undefined);
}

function priorityLine(ticket: Ticket, policy: Policy): string {
  const level = policy.priorities.find((p) => p.id === ticket.priority.level);
  const name = level && level.name !== level.id ? `${level.id} (${level.name})` : ticket.priority.level;
  const by =
    ticket.priority.by === "suggestion"
      ? "suggested"
      : `set by ${ticket.priority.user?.name ?? ticket.priority.by}`;
  return `${name}, ${by}`;
}

/** Why the ticket has its level, when the desk suggested it or someone gave a reason. */
function priorityReason(ticket: Ticket): string | undefined {
  const reason = ticket.priority.reason.trim();
  if (reason === "" || ticket.priority.by === "client") return undefined;
  return reason.length > 300 ? `${reason.slice(0, 299)}…` : reason;
}

/**
 * The bot's answer in the client's thread: number, priority and deadlines, and the questions if it must
 * ask. Once the ticket is resolved or closed it says so, and offers nothing more to press.
 */
export function clientAck(ticket: Ticket, policy: Policy, now: number): OutboundMessage {
  const number = ticketNumber(ticket.id);
  if (ticket.status === "resolved" || ticket.status === "closed") {
    const next =
      ticket.status === "resolved"
        ? "If anything is still wrong, reply in this thread and we will reopen it."
        : "Post a new message in the channel to open a new ticket.";
    return {
      title: `${number}: ${ticket.title}`,
      text: [`${number} is ${ticket.status}. Priority: ${priorityLine(ticket, policy)}.`, "", next].join(
        "\n",
      ),
      actions: [],
      ticket: ticket.id,
    };
  }
  const lines = [`We have opened ${number}. Priority: ${priorityLine(ticket, policy)}.`];
  const why = priorityReason(ticket);
  if (why !== undefined) lines.push(`Why: ${why}.`);
  lines.push(...clockLines(ticket, policy, now));
  if (ticket.awaitingTriageAnswers)
    lines.push("", "To set the right priority, please tell us:", ...TRIAGE_QUESTIONS);
  else lines.push("", "Reply in this thread to add details; an agent will answer here.");
  const actions: OutboundAction[] = ticket.awaitingTriageAnswers
    ? [
        ...IMPACT_CHOICES.map(({ label, value }) => ({
          id: "triage.impact",
          label,
          data: { ticket: String(ticket.id), answer: value },
        })),
        {
          id: "triage.workaround",
          label: "Workaround: yes",
          data: { ticket: String(ticket.id), answer: "yes" },
        },
        {
          id: "triage.workaround",
          label: "No workaround",
          data: { ticket: String(ticket.id), answer: "no" },
          style: "danger",
        },
      ]
    : priorityChoices(ticket, policy);
  return { title: `${number}: ${ticket.title}`, text: lines.join("\n"), actions, ticket: ticket.id };
}

/**
 * The client's urgency buttons: confirm the level set, or raise it (only the team lowers a priority, so
 * less urgent levels are not offered).
 */
function priorityChoices(ticket: Ticket, policy: Policy): OutboundAction[] {
  const current = policy.priorities.findIndex((level) => level.id === ticket.priority.level);
  const confirmable = ticket.priority.by === "suggestion";
  return policy.priorities
    .slice(0, current < 0 ? policy.priorities.length : current + 1)
    .filter((level) => confirmable || level.id !== ticket.priority.level)
    .map((level) => ({
      id: "ticket.priority",
      label: level.id === ticket.priority.level ? `${level.id}: confirm` : `Raise to ${level.id}`,
      data: { ticket: String(ticket.id), level: level.id },
      ...(level.id === ticket.priority.level && { style: "primary" as const }),
    }));
}

/** The ticket's card in the triage channel, updated in place as the ticket changes. */
export function triageCard(
  ticket: Ticket,
  policy: Policy,
  customerName: string,
  now: number,
): OutboundMessage {
  const open = ticket.status !== "resolved" && ticket.status !== "closed";
  const data = { ticket: String(ticket.id) };
  // Offered until the ticket is linked (to it or elsewhere).
  const suggested = ticket.links.duplicateOf === undefined ? ticket.suggestedLink : undefined;
  const actions: OutboundAction[] = open
    ? [
        ticket.assignee === null
          ? { id: "ticket.claim", label: "Claim", data, style: "primary" }
          : { id: "ticket.unclaim", label: "Unclaim", data },
        { id: "ticket.assign", label: "Assign", data, menu: { people: true } },
        {
          id: "ticket.priority",
          label: "Priority",
          data,
          menu: {
            options: policy.priorities.map((level) => ({
              label: level.name === level.id ? level.id : `${level.id} ${level.name}`,
              value: level.id,
            })),
          },
        },
        {
          id: "ticket.update",
          label: "Post update",
          data,
          form: {
            title: `Update ${ticketNumber(ticket.id)}`,
            label: "What should the client hear?",
            submit: "Post",
          },
        },
        { id: "ticket.resolve", label: "Resolve", data },
        ...(suggested === undefined
          ? []
          : [
              {
                id: "ticket.link",
                label: `Link to ${ticketNumber(suggested)}`,
                data: { ticket: String(ticket.id), other: String(suggested) },
              },
            ]),
      ]
    : [{ id: "ticket.reopen", label: "Reopen", data }];
  return {
    title: `${ticketNumber(ticket.id)}: ${ticket.title}`,
    text: [ticket.description, "", ...clockLines(ticket, policy, now)].join("\n"),
    ticket: ticket.id,
    fields: [
      { label: "Customer", value: customerName },
      { label: "Priority", value: priorityLine(ticket, policy) },
      ...(priorityReason(ticket) === undefined
        ? []
        : [{ label: "Why", value: priorityReason(ticket) as string }]),
      { label: "Status", value: STATUS_LABELS[ticket.status] },
      { label: "Assignee", value: ticket.assignee?.name ?? ticket.assignee?.id ?? "nobody" },
      { label: "Requester", value: ticket.requester.name ?? ticket.requester.id },
      ...(ticket.links.duplicateOf === undefined
        ? []
        : [{ label: "Duplicate of", value: ticketNumber(ticket.links.duplicateOf) }]),
      ...(suggested === undefined ? [] : [{ label: "Reads like", value: ticketNumber(suggested) }]),
    ],
    actions,
  };
}

export function statusView(ticket: Ticket, policy: Policy, now: number): string {
  const who =
    ticket.assignee === null ? "not claimed yet" : `with ${ticket.assignee.name ?? ticket.assignee.id}`;
  return [
    `${ticketNumber(ticket.id)}: ${ticket.title}`,
    `${STATUS_LABELS[ticket.status]}, ${who}. Priority: ${priorityLine(ticket, policy)}.`,
    ...clockLines(ticket, policy, now),
  ].join("\n");
}

export function listView(summaries: readonly TicketSummary[], heading: string, now: number): string {
  if (summaries.length === 0) return `${heading}: none.`;
  const shown = summaries.slice(0, 25).map((t) => {
    const due = t.dueAt === null ? "" : `, next due ${timeLeft(t.dueAt, now)}`;
    return `${ticketNumber(t.id)} [${t.priority}] ${t.title} (${STATUS_LABELS[t.status].toLowerCase()}${due})`;
  });
  const more = summaries.length > 25 ? [`…and ${summaries.length - 25} more.`] : [];
  return [`${heading} (${summaries.length}):`, ...shown, ...more].join("\n");
}

/**
 * An incident's public card in the escalation channel: what is down, since when, how many customers'
 * tickets are linked, and when the next update is due. Updates are posted in its thread.
 */
export function incidentCard(ticket: Ticket, policy: Policy, now: number): OutboundMessage {
  const number = ticketNumber(ticket.id);
  const incident = ticket.incident ?? { products: [], impacts: [] };
  const latest = new Map<string, (typeof incident.impacts)[number]>();
  for (const change of [...incident.impacts].sort((a, b) => a.at - b.at)) latest.set(change.product, change);
  const zone = policy.zone;
  const impact = [...latest.values()].map(
    (change) =>
      `${change.product}: ${change.state} since ${formatForPeople(change.at, zone)}${change.excluded === undefined ? "" : ` (${change.excluded.replace(/_/g, " ")})`}`,
  );
  const open = ticket.status !== "resolved" && ticket.status !== "closed";
  return {
    title: `Incident ${number} (${ticket.priority.level}): ${ticket.title}`,
    text: [
      open
        ? `${STATUS_LABELS[ticket.status]}, declared by ${ticket.requester.name ?? ticket.requester.id}.`
        : `Resolved.`,
      ...(incident.products.length > 0 ? [`Products: ${incident.products.join(", ")}`] : []),
      ...impact,
      `Linked customer tickets: ${ticket.links.duplicates.length}`,
      ...(open ? clockLines(ticket, policy, now) : []),
    ].join("\n"),
    actions: [],
    ticket: ticket.id,
  };
}

import type { UserRef } from "../domain/refs.js";
import { formatForPeople } from "../domain/sla/instant.js";
import { STATUS_LABELS } from "../domain/ticket/status.js";
import { displayName, type Ticket, ticketNumber } from "../domain/ticket/ticket.js";
import { liveClocks, ticketClocks } from "../domain/ticket/ticket-clocks.js";
import type { OutboundMessage } from "../ports/chat-gateway.js";
import { isAgentRole } from "../ports/directory.js";
import type { TicketSummary } from "../ports/ticket-store.js";
import type { DeskContext } from "./desk-context.js";
import { currentOnCall } from "./on-call.js";
import { METRIC_LABELS, timeLeft } from "./ticket-views.js";

/** How many tickets each section of the home view lists; the rest are counted. */
const SHOWN = 20;

/**
 * A person's home view (Slack's App Home): for an agent, who is on call, their open tickets and the
 * unclaimed ones, each most urgent first with the time left on its next deadline; for anyone else, how
 * to reach the desk (clients see tickets only in their own channel).
 */
export async function homeView(ctx: DeskContext, user: UserRef): Promise<OutboundMessage> {
  const { directory, store } = ctx.deps;
  if (!isAgentRole(directory.roleOf(user)))
    return {
      title: "Support desk",
      text: [
        "To raise a ticket, post in your team's support channel: we answer in the thread with the ticket number and its deadlines.",
        "In that channel, /ticket opens a form for a new ticket and /ticket list shows your team's open tickets.",
      ].join("\n"),
    };
  const now = ctx.now();
  const zone = directory.zoneOf(user) ?? directory.rotation?.zone ?? "UTC";
  const [mine, unclaimed, onCall] = await Promise.all([
    store.list({ open: true, assignee: `${user.platform}:${user.id}` }),
    store.list({ open: true, assignee: null }),
    currentOnCall(ctx, now),
  ]);
  const onCallLine =
    onCall.primary === null
      ? "On call: nobody (set someone with /ticket oncall set @user)"
      : [
          `On call: ${displayName(onCall.primary)}`,
          onCall.secondary === null ? "" : `, backup ${displayName(onCall.secondary)}`,
          onCall.until === null ? "" : `, until ${formatForPeople(onCall.until, zone)}`,
        ].join("");
  return {
    title: "Your support queue",
    text: [
      onCallLine,
      "",
      ...(await section(ctx, "Your open tickets", mine, now)),
      "",
      ...(await section(ctx, "Unclaimed", unclaimed, now)),
      "",
      `Updated ${formatForPeople(now, zone)}; opening it again shows the latest.`,
    ].join("\n"),
  };
}

/** A heading and one line per ticket, most urgent first (late before due, nearest deadline first). */
async function section(
  ctx: DeskContext,
  heading: string,
  summaries: readonly TicketSummary[],
  now: number,
): Promise<string[]> {
  if (summaries.length === 0) return [`${heading}: none.`];
  const byUrgency = [...summaries].sort(
    (a, b) => (a.dueAt ?? Number.POSITIVE_INFINITY) - (b.dueAt ?? Number.POSITIVE_INFINITY) || a.id - b.id,
  );
  const shown = byUrgency.slice(0, SHOWN);
  const tickets = await Promise.all(shown.map((summary) => ctx.deps.store.get(summary.id)));
  const lines = tickets
    .filter((ticket): ticket is Ticket => ticket !== undefined)
    .map((ticket) => ticketLine(ctx, ticket, now));
  const more = summaries.length > SHOWN ? [`…and ${summaries.length - SHOWN} more (/ticket list).`] : [];
  return [`${heading} (${summaries.length}), most urgent first:`, ...lines, ...more];
}

/** "T-7 [P1] Checkout down: Resolution in 3h 10m (in progress)". */
function ticketLine(ctx: DeskContext, ticket: Ticket, now: number): string {
  return `${ticketNumber(ticket.id)} [${ticket.priority.level}] ${ticket.title}: ${nextDeadline(ctx, ticket, now)} (${STATUS_LABELS[ticket.status].toLowerCase()})`;
}

function nextDeadline(ctx: DeskContext, ticket: Ticket, now: number): string {
  let clocks: ReturnType<typeof ticketClocks>;
  try {
    clocks = ticketClocks(ticket, ctx.policyOf(ticket), now);
  } catch {
    return `deadlines unknown (policy "${ticket.policy}" is not configured)`;
  }
  const next = liveClocks(clocks).sort((a, b) => (a.due as number) - (b.due as number))[0];
  return next === undefined
    ? "no deadline running"
    : `${METRIC_LABELS[next.metric]} ${timeLeft(next.due as number, now)}`;
}

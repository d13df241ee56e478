import type { BusinessCalendar } from "../sla/calendar.js";
import type { Metric } from "../sla/metrics.js";
import type { Policy, ResolvedTarget } from "../sla/policy.js";
import { isOpenStatus } from "../ticket/status.js";
import { type Ticket, ticketNumber } from "../ticket/ticket.js";
import { type TicketClock, ticketClocks } from "../ticket/ticket-clocks.js";

export type ReminderKind = "page" | "update" | "at_risk" | "breach";
/** The escalation steps of an update nudge: its owner, then the backup, then the escalation channel. */
export type NudgeStep = "nudge" | "backup" | "channel";
/**
 * Who a reminder goes to, resolved at send time: the on-call, the ticket's owner (its assignee, else the
 * on-call or the triage thread), the backup (secondary on-call, else the leads), the leads, the
 * escalation channel.
 */
export type Slot = "oncall" | "owner" | "backup" | "leads" | "channel";

export interface Reminder {
  /** Deterministic: ticket, kind, clock cycle (and nudge round and step), so a retry or a replica finds it. */
  readonly key: string;
  readonly ticket: number;
  readonly kind: ReminderKind;
  readonly step: NudgeStep | null;
  readonly metric: Metric | null;
  readonly level: string;
  /** When it falls due, after quiet hours. */
  readonly at: number;
  /** The SLA instant it is about (an update's or a clock's due time; a risk's due time); null for pages. */
  readonly slaAt: number | null;
  /** The update cycle a nudge belongs to (`update:<started>`), for its acknowledge and snooze buttons. */
  readonly cycle: string | null;
  /** The deliveries still owed now (each slot is delivered and recorded on its own). */
  readonly slots: readonly Slot[];
}

/** One delivery of a reminder to one slot: claimed by a sender, sent, or failed and owed a retry. */
export type DeliveryRecord =
  | { readonly state: "sending"; readonly at: number; readonly fence: number }
  | { readonly state: "sent"; readonly at: number }
  | {
      readonly state: "failed";
      readonly attempts: number;
      readonly retryAt: number;
      readonly error: string;
      /** The recipients it did reach, so a retry reaches only the others. */
      readonly done: readonly string[];
    };

/** An update cycle's nudges rest until `until` after being acknowledged, snoozed or handed over. */
export interface NudgeRest {
  readonly round: number;
  readonly until: number;
  readonly kind: "ack" | "snooze" | "handover";
  readonly by: string;
}

/** The share of an SLA target after which an unmet clock is at risk, unless the configuration says otherwise. */
export const DEFAULT_RISK_SHARE = 0.75;

export interface ReminderOptions {
  /** The share of a target after which an unmet clock is at risk (default 0.75). */
  readonly riskShare?: number;
}

const CLOCK_METRICS: readonly Metric[] = ["first_response", "follow_up", "workaround", "resolution"];
const STEPS: readonly [NudgeStep, Slot][] = [
  ["nudge", "owner"],
  ["backup", "backup"],
  ["channel", "channel"],
];

export function deliveryKey(reminder: Pick<Reminder, "key">, slot: Slot): string {
  return `${reminder.key}/${slot}`;
}

/**
 * Every reminder the ticket's state calls for, due or not, with every slot. Derived only from the
 * ticket, its policy and the instant, so nothing is lost when a process stops.
 */
export function plannedReminders(
  ticket: Ticket,
  policy: Policy,
  now: number,
  options: ReminderOptions = {},
): Reminder[] {
  if (!isOpenStatus(ticket.status)) return [];
  const level = ticket.priority.level;
  const urgent = policy.escalationFor(level).timing === "immediately";
  const quiet = (at: number, calendar: BusinessCalendar) => (urgent ? at : afterQuietHours(at, calendar));
  const clocks = ticketClocks(ticket, policy, now, options.riskShare ?? DEFAULT_RISK_SHARE);
  const base = { ticket: ticket.id, level, metric: null, step: null, slaAt: null, cycle: null };
  const reminders: Reminder[] = [];
  const page = pageAt(ticket, policy);
  if (page !== null) {
    reminders.push({
      ...base,
      key: `${ticketNumber(ticket.id)}:page:${level}`,
      kind: "page",
      at: page,
      slots: ["oncall", "channel"],
    });
  }
  reminders.push(...updateNudges(ticket, policy, clocks, quiet));
  const openedAt = ticket.sla[0]?.at ?? ticket.createdAt;
  for (const clock of clocks) {
    if (!CLOCK_METRICS.includes(clock.metric) || clock.stoppedAt !== null || clock.due === null) continue;
    const calendar = policy.target(clock.metric, ticket.plan, level, openedAt)?.calendar;
    if (calendar === undefined) continue;
    const cycle = `${clock.metric}:${clock.startedAt}`;
    const about = { ...base, metric: clock.metric, slaAt: clock.due };
    if (clock.state === "running" && clock.riskAt !== null && clock.riskAt < clock.due) {
      const key = `${ticketNumber(ticket.id)}:at_risk:${cycle}`;
      reminders.push({ ...about, key, kind: "at_risk", at: quiet(clock.riskAt, calendar), slots: ["owner"] });
    }
    const key = `${ticketNumber(ticket.id)}:breach:${cycle}`;
    reminders.push({
      ...about,
      key,
      kind: "breach",
      at: quiet(clock.due, calendar),
      slots: ["leads", "channel"],
    });
  }
  return reminders;
}

/** The reminders due at `now` with the deliveries they still owe: what a scheduler tick must send. */
export function dueReminders(
  tickets: readonly Ticket[],
  policyOf: (ticket: Ticket) => Policy,
  now: number,
  options: ReminderOptions = {},
): Reminder[] {
  const due: Reminder[] = [];
  for (const ticket of tickets) {
    for (const reminder of plannedReminders(ticket, policyOf(ticket), now, options)) {
      if (reminder.at > now) continue;
      const slots = reminder.slots.filter((slot) => owedBy(ticket, deliveryKey(reminder, slot)) <= now);
      if (slots.length > 0) due.push({ ...reminder, slots });
    }
  }
  return due;
}

/** When the scheduler should next look at the ticket: the earliest owed delivery; null when none. */
export function nextReminderAt(
  ticket: Ticket,
  policy: Policy,
  now: number,
  options: ReminderOptions = {},
): number | null {
  let next: number | null = null;
  for (const reminder of plannedReminders(ticket, policy, now, options)) {
    for (const slot of reminder.slots) {
      const owed = Math.max(reminder.at, owedBy(ticket, deliveryKey(reminder, slot)));
      if (owed !== Number.POSITIVE_INFINITY && (next === null || owed < next)) next = owed;
    }
  }
  return next;
}

/** When a delivery is owed: at once if never tried or left mid-send, at its retry time if it failed. */
function owedBy(ticket: Ticket, key: string): number {
  const record = ticket.deliveries?.[key];
  if (record === undefined || record.state === "sending") return Number.NEGATIVE_INFINITY;
  if (record.state === "sent") return Number.POSITIVE_INFINITY;
  return record.retryAt;
}

/** When the on-call is paged for the ticket's level, or null: no paging level, or paged already at this level or above. */
function pageAt(ticket: Ticket, policy: Policy): number | null {
  const level = ticket.priority.level;
  const escalation = policy.escalationFor(level);
  if (escalation.timing === "none") return null;
  const rank = (id: string) => policy.priorities.findIndex((p) => p.id === id);
  const prefix = `${ticketNumber(ticket.id)}:page:`;
  const pagedBefore = Object.keys(ticket.deliveries ?? {})
    .filter((key) => key.startsWith(prefix))
    .map((key) => key.slice(prefix.length).split("/")[0] as string)
    .some((paged) => paged !== level && rank(paged) >= 0 && rank(paged) <= rank(level));
  if (pagedBefore) return null;
  const decided = ticket.priority.at;
  if (escalation.timing === "immediately") return decided;
  return afterQuietHours(decided, escalation.calendar);
}

/** The update cadence of the ticket's level (amount and calendar), or null when it has none. */
export function updateCadence(
  ticket: Ticket,
  policy: Policy,
): (ResolvedTarget & { amountMs: number }) | null {
  const target = policy.target(
    "update",
    ticket.plan,
    ticket.priority.level,
    ticket.sla[0]?.at ?? ticket.createdAt,
  );
  if (target === null || target.amountMs === "scheduled") return null;
  return { ...target, amountMs: target.amountMs };
}

const MINUTE_MS = 60_000;

/** The snoozes a nudge offers, in minutes: a third, two thirds and all of one cadence period, never longer. */
export function snoozeChoices(periodMs: number): number[] {
  const minutes = Math.max(1, Math.round(periodMs / MINUTE_MS));
  return [
    ...new Set([Math.max(1, Math.round(minutes / 3)), Math.max(1, Math.round((2 * minutes) / 3)), minutes]),
  ];
}

function updateNudges(
  ticket: Ticket,
  policy: Policy,
  clocks: readonly TicketClock[],
  quiet: (at: number, calendar: BusinessCalendar) => number,
): Reminder[] {
  const clock = clocks.find((c) => c.metric === "update");
  if (clock === undefined || clock.stoppedAt !== null || clock.due === null) return [];
  const target = updateCadence(ticket, policy);
  if (target === null) return [];
  const period = target.amountMs;
  const cycle = `update:${clock.startedAt}`;
  const rest = ticket.nudges?.[cycle];
  const round = rest?.round ?? 0;
  const from = rest === undefined ? clock.due : Math.max(clock.due, rest.until);
  return STEPS.map(([step, slot], index) => ({
    key: `${ticketNumber(ticket.id)}:${cycle}:${round}:${step}`,
    ticket: ticket.id,
    kind: "update" as const,
    step,
    metric: "update" as const,
    level: ticket.priority.level,
    at: quiet(target.calendar.addOpenTime(from, period * index), target.calendar),
    slaAt: clock.due,
    cycle,
    slots: [slot],
  }));
}

/**
 * Business-hours reminders wait for the calendar to open; an instant that closes a window (a target
 * ending exactly at 17:00) still counts as inside it.
 */
function afterQuietHours(at: number, calendar: BusinessCalendar): number {
  if (calendar.isAlwaysOpen || calendar.isOpen(at) || calendar.isOpen(at - 1)) return at;
  return calendar.nextOpening(at);
}

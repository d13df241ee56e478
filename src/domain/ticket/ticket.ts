import type { ConversationRef, MessageRef, UserRef } from "../refs.js";
import type { DeliveryRecord, NudgeRest } from "../reminders/reminders.js";
import type { TicketStatus } from "../sla/metrics.js";
import type { SlaEvent } from "../sla/timeline.js";

/** Who set the priority and why: the classifier's suggestion, the client, or an agent. */
export interface PriorityDecision {
  readonly level: string;
  readonly by: "suggestion" | "client" | "agent";
  readonly user?: UserRef;
  readonly reason: string;
  readonly confidence?: number;
  readonly at: number;
}

/** One line of a ticket's append-only history. `eventId` makes redelivered platform events idempotent. */
export interface HistoryEntry {
  readonly at: number;
  readonly type: string;
  readonly actor?: UserRef;
  readonly eventId?: string;
  readonly text?: string;
  readonly data?: Readonly<Record<string, string | number | boolean | null>>;
}

export interface TicketLinks {
  /** The ticket this one reports again (several customers, one outage). */
  readonly duplicateOf?: number;
  /** Tickets that point here as their incident. */
  readonly duplicates: readonly number[];
}

/** A support ticket as stored: plain data, so every backend can keep it as one JSON document. */
export interface Ticket {
  readonly id: number;
  readonly version: number;
  readonly customer: string;
  readonly policy: string;
  readonly plan: string | null;
  /** Where the client raised it; replies here are the client conversation. */
  readonly clientThread: ConversationRef;
  /** The ticket's card and thread in the agents' triage channel, once the card has landed (kept beside the ticket). */
  readonly triageThread?: ConversationRef;
  readonly triageCard?: MessageRef;
  readonly clientCard?: MessageRef;
  /** The platform message that opened the ticket, to follow its edits. */
  readonly sourceMessage?: string;
  readonly requester: UserRef;
  readonly title: string;
  readonly description: string;
  readonly priority: PriorityDecision;
  /** Set while the desk waits for the client's answers to its impact and workaround questions. */
  readonly awaitingTriageAnswers: boolean;
  readonly status: TicketStatus;
  readonly assignee: UserRef | null;
  readonly links: TicketLinks;
  readonly sla: readonly SlaEvent[];
  /** The earliest due time of a running SLA clock when last saved; null when none runs. */
  readonly dueAt: number | null;
  /**
   * The clocks still counting when last saved: when each reaches its at-risk share and its deadline, so a
   * dashboard can count clocks at risk and breached without replaying tickets. Absent on older tickets.
   */
  readonly deadlines?: readonly ClockDeadline[];
  /** When a reminder delivery is next owed (due, or a retry); null when none; absent on older tickets. */
  readonly remindAt?: number | null;
  /** Reminder deliveries by key: claimed by a sender, sent, or failed and owed a retry. */
  readonly deliveries?: Readonly<Record<string, DeliveryRecord>>;
  /** Per update cycle, how its nudges were acknowledged, snoozed or handed over and until when they rest. */
  readonly nudges?: Readonly<Record<string, NudgeRest>>;
  /** The client's answers so far to the impact and workaround questions. */
  readonly triageAnswers?: { readonly impact?: "one" | "team" | "all"; readonly workaround?: "yes" | "no" };
  readonly history: readonly HistoryEntry[];
  /** A ticket (or incident) this one reads like when it was opened: its card offers to link them. */
  readonly suggestedLink?: number;
  /** Set when this is an incident: one outage that several customers' tickets link to. */
  readonly incident?: IncidentRecord;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** Why the contract does not count a stretch of time against availability. */
export const EXCLUSIONS = ["third_party", "customer", "force_majeure", "maintenance", "beta"] as const;
export type Exclusion = (typeof EXCLUSIONS)[number];

/** A product's state changing during an incident. */
export interface ImpactChange {
  readonly product: string;
  readonly state: "unavailable" | "degraded" | "recovered";
  readonly at: number;
  /** The contract's reason for not counting this time against availability, if it has one. */
  readonly excluded?: Exclusion;
  readonly by: UserRef;
}

/** What an incident records beyond a ticket: the products it touches and when each was down or degraded. */
export interface IncidentRecord {
  readonly products: readonly string[];
  readonly impacts: readonly ImpactChange[];
}

/** The customer field of incidents: no customer's id (ids start with a letter or digit), so no client sees one. */
export const INCIDENT_CUSTOMER = "(incident)";

export interface ClockDeadline {
  readonly metric: string;
  readonly riskAt: number | null;
  readonly due: number;
}

export function ticketNumber(id: number): string {
  return `T-${id}`;
}

/** How the desk names a person in messages: their display name, else their platform id. */
export function displayName(user: UserRef): string {
  return user.name ?? user.id;
}

export function sameUser(a: UserRef | null | undefined, b: UserRef | null | undefined): boolean {
  return a != null && b != null && a.platform === b.platform && a.id === b.id;
}

export function hasSeenEvent(ticket: Ticket, eventId: string): boolean {
  return ticket.history.some((entry) => entry.eventId === eventId);
}

/** A changed copy with the entry appended; the caller saves it against the version it read. */
export function record(ticket: Ticket, entry: HistoryEntry, change: Partial<Ticket> = {}): Ticket {
  return { ...ticket, ...change, history: [...ticket.history, entry], updatedAt: entry.at };
}

/** Appends an SLA clock event; clock events arrive in time order because the desk's clock only moves on. */
export function withSla(ticket: Ticket, event: SlaEvent): Ticket {
  const last = ticket.sla[ticket.sla.length - 1];
  const at = last !== undefined && event.at < last.at ? last.at : event.at;
  return { ...ticket, sla: [...ticket.sla, { ...event, at }] };
}

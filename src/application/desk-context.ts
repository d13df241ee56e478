import type { ConversationRef, UserRef } from "../domain/refs.js";
import { DEFAULT_RISK_SHARE, nextReminderAt, type ReminderOptions } from "../domain/reminders/reminders.js";
import type { Policy } from "../domain/sla/policy.js";
import { hasSeenEvent, type Ticket } from "../domain/ticket/ticket.js";
import { clockDeadlines, nextDue, ticketClocks } from "../domain/ticket/ticket-clocks.js";
import type { ChartRenderer } from "../ports/charts.js";
import type { OutboundMessage, PrivateAnswer } from "../ports/chat-gateway.js";
import type { Clock } from "../ports/clock.js";
import type { Directory } from "../ports/directory.js";
import type { DirectoryLedger } from "../ports/directory-ledger.js";
import type { Logger } from "../ports/logger.js";
import type { MaintenanceLedger } from "../ports/maintenance-ledger.js";
import type { OutboxEntry, TicketSide } from "../ports/outbox.js";
import type { TicketStore } from "../ports/ticket-store.js";
import type { AgentCorrections } from "./agent-corrections.js";
import type { Turn } from "./turn.js";

export interface DeskDeps {
  readonly store: TicketStore;
  readonly clock: Clock;
  readonly directory: Directory;
  readonly logger: Logger;
  /** A policy by id: the presets plus any loaded from files. */
  readonly policy: (id: string) => Policy;
  /** The at-risk share and other reminder settings (defaults when absent). */
  readonly reminders?: ReminderOptions;
  /** Where changes leads make to the customers and the team from chat are kept; absent: the file only. */
  readonly ledger?: DirectoryLedger;
  /** Accepted maintenance windows; absent: the desk schedules none. */
  readonly maintenance?: MaintenanceLedger;
  /** Draws reports' charts; absent: reports come as text only. */
  readonly charts?: ChartRenderer;
  /** What the desk learned from its agents' reclassifications; absent: the rules alone suggest levels. */
  readonly corrections?: AgentCorrections;
  /** Told what each commit put in the outbox, so this process sends it at once. */
  readonly onCommitted?: (entries: readonly OutboxEntry[]) => void;
}

/** What each desk has logged once already. */
const seenByDesk = new WeakMap<DeskDeps, Set<string>>();

export interface TicketChange {
  readonly before: Ticket;
  readonly after: Ticket;
}

/** The lane of a ticket's thread on one side: its card, the card's updates and the thread's messages, in order. */
export function ticketLane(ticket: number, side: TicketSide): string {
  return `ticket:${ticket}:${side}`;
}

/**
 * What every use case shares within one turn: reading tickets as the turn sees them, staging changes,
 * and queueing the messages they cause. Nothing is written or sent until the turn commits.
 */
export class DeskContext {
  constructor(
    readonly deps: DeskDeps,
    readonly turn: Turn,
  ) {}

  now(): number {
    return this.deps.clock.now();
  }

  /** True the first time this desk asks about `key` (to log something once per desk, not per event). */
  firstTime(key: string): boolean {
    const seen = seenByDesk.get(this.deps) ?? new Set<string>();
    seenByDesk.set(this.deps, seen);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }

  policyOf(ticket: Ticket): Policy {
    return this.deps.policy(ticket.policy);
  }

  /** Stamps the earliest running clock's due time and the next reminder owed, which listings and the scheduler read. */
  withDue(ticket: Ticket): Ticket {
    const policy = this.policyOf(ticket);
    const now = this.now();
    const clocks = ticketClocks(ticket, policy, now, this.deps.reminders?.riskShare ?? DEFAULT_RISK_SHARE);
    return {
      ...ticket,
      dueAt: nextDue(clocks),
      deadlines: clockDeadlines(clocks),
      remindAt: nextReminderAt(ticket, policy, now, this.deps.reminders),
    };
  }

  /** A ticket as this turn sees it (its own staged changes included). */
  get(id: number): Promise<Ticket | undefined> {
    return this.turn.get(id);
  }

  /**
   * Changes a ticket within this turn. Returns "duplicate" when the stored ticket already shows this
   * event, undefined when there is no such ticket.
   */
  async change(
    id: number,
    eventId: string,
    apply: (ticket: Ticket) => Ticket,
  ): Promise<TicketChange | "duplicate" | undefined> {
    const staged = this.turn.isStaged(id);
    const before = await this.turn.get(id);
    if (before === undefined) return undefined;
    if (!staged && hasSeenEvent(before, eventId)) return "duplicate";
    const after = this.turn.stage(this.withDue(apply(before)), before.version);
    // An agent's new level, or a ticket resolved at the level it kept, is something to learn from.
    this.deps.corrections?.record(after);
    return { before, after };
  }

  /**
   * Stages a new ticket, findable from its client thread once the turn commits; in a conversation
   * without threads (`flat`), findable from the conversation itself until a newer ticket takes it.
   */
  create(ticket: Ticket, flat = false): Ticket {
    const created = this.turn.stage(this.withDue(ticket), 0);
    if (ticket.clientThread.thread !== undefined || flat)
      this.turn.indexThread(ticket.clientThread, ticket.id);
    return created;
  }

  /** Posts a ticket side's card: the client's acknowledgement in its thread, or the card in the triage channel. */
  postCard(ticket: Ticket, side: TicketSide, rank: number): void {
    const to = side === "client" ? ticket.clientThread : this.deps.directory.triage;
    this.turn.send({
      lane: ticketLane(ticket.id, side),
      rank,
      target: { kind: "post", to, lands: { ticket: ticket.id, side } },
      message: "card",
    });
  }

  post(to: ConversationRef, message: OutboundMessage, key?: string): void {
    const lane = `conversation:${to.platform}:${to.conversation}:${to.thread ?? ""}`;
    this.turn.send({
      lane,
      rank: 0,
      target: { kind: "post", to },
      message,
      ...(key !== undefined && { key }),
    });
  }

  notify(user: UserRef, message: OutboundMessage, key?: string): void {
    this.turn.send({
      lane: `direct:${user.platform}:${user.id}`,
      rank: 0,
      target: { kind: "direct", user },
      message,
      ...(key !== undefined && { key }),
    });
  }

  /** The answer to a command or click, shown to its invoker only. */
  answer(to: PrivateAnswer, text: string): void {
    this.turn.send({
      lane: `answer:${to.user.platform}:${to.user.id}`,
      rank: 0,
      target: { kind: "answer", user: to.user, in: to.in, replyTo: to.replyTo },
      message: { text },
    });
  }

  /** Posts in one of the ticket's threads, after its card (the thread exists once the card has landed). */
  toThread(ticket: Ticket, side: TicketSide, message: OutboundMessage, key?: string): void {
    const where = side === "client" ? ticket.clientThread : this.deps.directory.triage;
    this.turn.send({
      lane: ticketLane(ticket.id, side),
      rank: 0,
      target: { kind: "thread", ticket: ticket.id, side, in: where },
      message: { ...message, ticket: ticket.id },
      ...(key !== undefined && { key }),
    });
  }

  /** Posts in the ticket's triage thread (internal). */
  toTriage(ticket: Ticket, text: string): void {
    this.toThread(ticket, "triage", { text });
  }

  /** Posts in the client's thread. */
  toClient(ticket: Ticket, text: string): void {
    this.toThread(ticket, "client", { text });
  }

  /** Redraws the client's acknowledgement and the triage card after a change. */
  refreshCards(ticket: Ticket): void {
    for (const side of ["triage", "client"] as const)
      this.turn.send({
        lane: ticketLane(ticket.id, side),
        rank: 0,
        target: { kind: "update", ticket: ticket.id, side },
        message: "card",
      });
  }
}

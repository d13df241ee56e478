import { randomUUID } from "node:crypto";
import { BusyTicketError } from "../domain/errors.js";
import { nextReminderAt, type ReminderOptions } from "../domain/reminders/reminders.js";
import type { Policy } from "../domain/sla/policy.js";
import { hasSeenEvent, type Ticket, ticketNumber } from "../domain/ticket/ticket.js";
import { nextDue, ticketClocks } from "../domain/ticket/ticket-clocks.js";
import type {
  ChatGateway,
  ConversationRef,
  MessageRef,
  OutboundMessage,
  UserRef,
} from "../ports/chat-gateway.js";
import type { Clock } from "../ports/clock.js";
import type { Directory } from "../ports/directory.js";
import type { Logger } from "../ports/logger.js";
import type { TicketStore } from "../ports/ticket-store.js";
import { clientAck, triageCard } from "./ticket-views.js";

export interface DeskDeps {
  readonly store: TicketStore;
  readonly gateway: ChatGateway;
  readonly clock: Clock;
  readonly directory: Directory;
  readonly logger: Logger;
  /** A policy by id: the presets plus any loaded from files. */
  readonly policy: (id: string) => Policy;
  /** The at-risk share and other reminder settings (defaults when absent). */
  readonly reminders?: ReminderOptions;
}

export interface TicketChange {
  readonly before: Ticket;
  readonly after: Ticket;
}

const SAVE_ATTEMPTS = 20;

/** What every use case shares: loading and saving with retries, sending without throwing, card refresh. */
export class DeskContext {
  constructor(readonly deps: DeskDeps) {}

  now(): number {
    return this.deps.clock.now();
  }

  policyOf(ticket: Ticket): Policy {
    return this.deps.policy(ticket.policy);
  }

  /** Stamps the earliest running clock's due time and the next reminder owed, which listings and the scheduler read. */
  withDue(ticket: Ticket): Ticket {
    const policy = this.policyOf(ticket);
    const now = this.now();
    return {
      ...ticket,
      dueAt: nextDue(ticketClocks(ticket, policy, now)),
      remindAt: nextReminderAt(ticket, policy, now, this.deps.reminders),
    };
  }

  /**
   * Reads, changes and saves a ticket, rereading and reapplying on a concurrent write so no change is lost.
   * Returns "duplicate" when this event already changed the ticket.
   */
  async change(
    id: number,
    eventId: string,
    apply: (ticket: Ticket) => Ticket,
  ): Promise<TicketChange | "duplicate" | undefined> {
    for (let attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
      const before = await this.deps.store.get(id);
      if (before === undefined) return undefined;
      if (hasSeenEvent(before, eventId)) return "duplicate";
      const after = this.withDue(apply(before));
      if (await this.deps.store.save(after, before.version))
        return { before, after: { ...after, version: before.version + 1 } };
    }
    throw new BusyTicketError(ticketNumber(id));
  }

  /** Posts, logging instead of throwing: a chat outage must not undo a saved change. */
  async post(to: ConversationRef, message: OutboundMessage): Promise<MessageRef | undefined> {
    try {
      return await this.deps.gateway.post(to, message);
    } catch (error) {
      this.deps.logger.error({ err: String(error), to }, "could not post a message");
      return undefined;
    }
  }

  async notify(user: UserRef, message: OutboundMessage): Promise<void> {
    try {
      await this.deps.gateway.notifyUser(user, message);
    } catch (error) {
      this.deps.logger.error({ err: String(error), user: user.id }, "could not send a direct message");
    }
  }

  /** Redraws the client's acknowledgement and the triage card after a change. */
  async refreshCards(ticket: Ticket): Promise<void> {
    const policy = this.policyOf(ticket);
    const now = this.now();
    const customer = this.deps.directory.customerById(ticket.customer)?.name ?? ticket.customer;
    const updates: [MessageRef | undefined, OutboundMessage][] = [
      [ticket.triageCard, triageCard(ticket, policy, customer, now)],
      [ticket.clientCard, clientAck(ticket, policy, now)],
    ];
    for (const [ref, message] of updates) {
      if (ref === undefined) continue;
      try {
        await this.deps.gateway.update(ref, message);
      } catch (error) {
        this.deps.logger.warn({ err: String(error), ticket: ticket.id }, "could not update a ticket card");
      }
    }
  }

  /**
   * Posts in the ticket's triage thread (internal). While its card is still being posted (a slow or
   * rate-limited send), the line is kept in the ticket and posted under the card once it is there.
   */
  async toTriage(ticket: Ticket, text: string): Promise<void> {
    if (ticket.triageThread !== undefined) {
      await this.post(ticket.triageThread, { text, ticket: ticket.id });
      return;
    }
    const kept = await this.change(ticket.id, `triage-line:${randomUUID()}`, (current) =>
      current.triageThread !== undefined
        ? current
        : { ...current, triageBacklog: [...(current.triageBacklog ?? []), text] },
    );
    // The card landed in the meantime: post straight into its thread.
    if (typeof kept === "object" && kept.after.triageThread !== undefined)
      await this.post(kept.after.triageThread, { text, ticket: ticket.id });
  }

  /** Posts in the client's thread. */
  async toClient(ticket: Ticket, text: string): Promise<void> {
    await this.post(ticket.clientThread, { text, ticket: ticket.id });
  }
}

import { randomUUID } from "node:crypto";
import { describeError } from "../domain/errors.js";
import type { OnCall } from "../domain/oncall/roster.js";
import {
  type DeliveryRecord,
  deliveryKey,
  dueReminders,
  type ReminderOptions,
} from "../domain/reminders/reminders.js";
import type { HistoryEntry, Ticket } from "../domain/ticket/ticket.js";
import type { Lease } from "../ports/lease.js";
import { DeskContext, type DeskDeps } from "./desk-context.js";
import { remindMaintenance } from "./maintenance-reminders.js";
import { currentOnCall } from "./on-call.js";
import { nudgedOwner, type Recipient, recipientId, recipientsOf } from "./reminder-recipients.js";
import { reminderMessage } from "./reminder-views.js";
import { Turn } from "./turn.js";

export interface SchedulerOptions extends ReminderOptions {
  /** Tickets worked on at once within a tick. */
  readonly concurrency?: number;
}

export interface TickReport {
  /** False when another process holds the lease and this one queued nothing. */
  held: boolean;
  tickets: number;
  /** Deliveries handed to the outbox (one per recipient). */
  sent: number;
  /** How long after falling due each delivery was queued, in ms of the desk's clock. */
  readonly lateness: number[];
}

const SAVE_ATTEMPTS = 10;

/** Reminders at moments the ticket's card should be redrawn for. */
const CARD_MOMENTS = new Set(["at_risk", "breach"]);

/**
 * One scheduler tick: looks at the tickets owing a reminder and, per ticket, records the deliveries and
 * queues their messages in one write; the outbox sends them, retrying while a platform is down.
 * Reminders come from `dueReminders`, so a restarted or newly elected process finds exactly what is
 * still owed, and a delivery recorded once is never queued again.
 */
export class ReminderScheduler {
  /** Tickets whose reminders failed, with the reason last logged. */
  private readonly failing = new Map<number, string>();
  private readonly deps: DeskDeps;

  constructor(
    deps: DeskDeps,
    private readonly lease: Lease,
    private readonly options: SchedulerOptions = {},
  ) {
    this.deps = { ...deps, reminders: options };
  }

  async tick(): Promise<TickReport> {
    const report: TickReport = { held: false, tickets: 0, sent: 0, lateness: [] };
    const fence = await this.lease.acquire();
    if (fence === null) return report;
    report.held = true;
    await this.deps.directory.refresh?.();
    const now = this.deps.clock.now();
    report.sent += await remindMaintenance(this.deps, now);
    const owing = await this.deps.store.list({ open: true, remindBy: now });
    owing.sort((a, b) => (a.remindAt ?? 0) - (b.remindAt ?? 0));
    const onCall = await currentOnCall(new DeskContext(this.deps, new Turn("oncall", this.deps.store)), now);
    const queue = owing.map((summary) => summary.id);
    const worker = async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        if (!this.lease.holds()) return;
        report.tickets += 1;
        try {
          await this.remind(id, onCall, report);
        } catch (error) {
          // One ticket the desk cannot work on (a policy removed from the config, say) must not stall
          // the rest; the same failure is logged once, not every tick.
          const reason = describeError(error);
          if (this.failing.get(id) !== reason) {
            this.failing.set(id, reason);
            this.deps.logger.error({ err: error, ticket: id }, "could not work on a ticket's reminders");
          }
          continue;
        }
        this.failing.delete(id);
      }
    };
    await Promise.all(Array.from({ length: this.options.concurrency ?? 8 }, worker));
    return report;
  }

  private async remind(id: number, onCall: OnCall, report: TickReport): Promise<void> {
    for (let attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
      // Its deliveries carry keys of their own; anything else it sends (card redraws) is keyed by the turn.
      const turn = new Turn(`reminders:T-${id}:${randomUUID()}`, this.deps.store);
      const ctx = new DeskContext(this.deps, turn);
      const ticket = await turn.get(id);
      if (ticket === undefined) return;
      const queued = this.queueDue(ctx, ticket, onCall);
      if (queued === null) {
        // Nothing owed (the ticket's state moved on): bring its next reminder time up to date.
        const restamped = ctx.withDue(ticket);
        if (restamped.remindAt === ticket.remindAt) return;
        turn.stage(restamped, ticket.version);
      }
      if (!this.lease.holds()) return;
      const result = await this.deps.store.commit(turn.change(this.deps.clock.now()));
      if (!result.committed) continue;
      if (result.outbox.length > 0) this.deps.onCommitted?.(result.outbox);
      report.sent += result.outbox.filter((entry) => entry.target.kind !== "update").length;
      report.lateness.push(...(queued ?? []));
      return;
    }
  }

  /**
   * Stages the ticket with its due deliveries recorded, and queues one message per recipient. Returns
   * each delivery's lateness, or null when nothing is owed.
   */
  private queueDue(ctx: DeskContext, ticket: Ticket, onCall: OnCall): number[] | null {
    const { directory } = this.deps;
    const policy = ctx.policyOf(ticket);
    const now = ctx.now();
    const due = dueReminders([ticket], () => policy, now, this.options);
    if (due.length === 0) return null;
    const customer = directory.customerById(ticket.customer)?.name ?? ticket.customer;
    const deliveries: Record<string, DeliveryRecord> = { ...ticket.deliveries };
    const entries: HistoryEntry[] = [];
    const lateness: number[] = [];
    for (const reminder of due) {
      for (const slot of reminder.slots) {
        const key = deliveryKey(reminder, slot);
        const recipients = recipientsOf(reminder, slot, ticket, onCall, directory);
        for (const recipient of recipients) {
          const zone = recipient.kind === "dm" ? directory.zoneOf(recipient.user) : undefined;
          const message = reminderMessage(reminder, ticket, policy, now, {
            zone,
            customer,
            owner: nudgedOwner(ticket, onCall),
          });
          queue(ctx, ticket, recipient, message, `${key}@${recipientId(recipient)}`);
          lateness.push(now - reminder.at);
        }
        deliveries[key] = { state: "sent", at: now };
        const step = reminder.step === null ? "" : ` ${reminder.step}`;
        const reached = recipients.map(recipientId).join(", ");
        entries.push({
          at: now,
          type: "reminder_sent",
          text: `${reminder.kind}${step} to ${reached}`,
          data: { key },
        });
      }
    }
    const staged = ctx.turn.stage(
      ctx.withDue({ ...ticket, deliveries, history: [...ticket.history, ...entries] }),
      ticket.version,
    );
    // A clock reaching its warning share or its deadline changes what the card's countdown should say.
    if (due.some((reminder) => CARD_MOMENTS.has(reminder.kind))) ctx.refreshCards(staged);
    return lateness;
  }
}

function queue(
  ctx: DeskContext,
  ticket: Ticket,
  recipient: Recipient,
  message: Parameters<DeskContext["post"]>[1],
  key: string,
): void {
  switch (recipient.kind) {
    case "dm":
      ctx.notify(recipient.user, message, key);
      return;
    case "triage":
      ctx.toThread(ticket, "triage", message, key);
      return;
    case "post":
      ctx.post(recipient.to, message, key);
  }
}

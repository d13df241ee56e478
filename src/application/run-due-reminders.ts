import type { OnCall } from "../domain/oncall/roster.js";
import {
  type DeliveryRecord,
  deliveryKey,
  dueReminders,
  type Reminder,
  type ReminderOptions,
  type Slot,
} from "../domain/reminders/reminders.js";
import type { Policy } from "../domain/sla/policy.js";
import type { HistoryEntry, Ticket } from "../domain/ticket/ticket.js";
import type { Lease } from "../ports/lease.js";
import { DeskContext, type DeskDeps } from "./desk-context.js";
import { currentOnCall } from "./on-call.js";
import { nudgedOwner, type Recipient, recipientId, recipientsOf } from "./reminder-recipients.js";
import { reminderMessage } from "./reminder-views.js";

export interface SchedulerOptions extends ReminderOptions {
  /** The first retry of a failed delivery waits this long; each further one twice as long. */
  readonly retryBaseMs?: number;
  readonly retryMaxMs?: number;
  /** Tickets worked on at once within a tick. */
  readonly concurrency?: number;
}

export interface TickReport {
  /** False when another process holds the lease and this one sent nothing. */
  held: boolean;
  tickets: number;
  sent: number;
  failed: number;
  /** How long after falling due each sent delivery went out, in ms of the desk's clock. */
  readonly lateness: number[];
}

interface Job {
  readonly reminder: Reminder;
  readonly slot: Slot;
  readonly key: string;
  readonly prior: DeliveryRecord | undefined;
}

const SAVE_ATTEMPTS = 10;

/**
 * One scheduler tick: looks at the tickets owing a reminder, claims each delivery in the ticket (with
 * this holder's fence), sends it, and records it sent or failed with a retry time. Reminders come from
 * `dueReminders`, so a restarted or newly elected process finds exactly what is still owed.
 */
/** Reminders at moments the ticket's card should be redrawn for. */
const CARD_MOMENTS = new Set(["at_risk", "breach"]);

export class ReminderScheduler {
  /** Tickets whose reminders failed, with the reason last logged. */
  private readonly failing = new Map<number, string>();
  private readonly ctx: DeskContext;

  constructor(
    deps: DeskDeps,
    private readonly lease: Lease,
    private readonly options: SchedulerOptions = {},
  ) {
    this.ctx = new DeskContext({ ...deps, reminders: options });
  }

  async tick(): Promise<TickReport> {
    const report: TickReport = { held: false, tickets: 0, sent: 0, failed: 0, lateness: [] };
    const fence = await this.lease.acquire();
    if (fence === null) return report;
    report.held = true;
    const now = this.ctx.now();
    const owing = await this.ctx.deps.store.list({ open: true, remindBy: now });
    owing.sort((a, b) => (a.remindAt ?? 0) - (b.remindAt ?? 0));
    const onCall = await currentOnCall(this.ctx, now);
    const queue = owing.map((summary) => summary.id);
    const worker = async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        if (!this.lease.holds()) return;
        report.tickets += 1;
        try {
          await this.remind(id, fence, onCall, report);
        } catch (error) {
          // One ticket the desk cannot work on (a policy removed from the config, say) must not stall
          // the rest; the same failure is logged once, not every tick.
          const reason = String(error);
          if (this.failing.get(id) !== reason) {
            this.failing.set(id, reason);
            this.ctx.deps.logger.error({ err: reason, ticket: id }, "could not work on a ticket's reminders");
          }
          continue;
        }
        this.failing.delete(id);
      }
    };
    await Promise.all(Array.from({ length: this.options.concurrency ?? 8 }, worker));
    return report;
  }

  private async remind(id: number, fence: number, onCall: OnCall, report: TickReport): Promise<void> {
    for (let attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
      const ticket = await this.ctx.deps.store.get(id);
      if (ticket === undefined) return;
      const policy = this.ctx.policyOf(ticket);
      const now = this.ctx.now();
      const jobs = dueReminders([ticket], () => policy, now, this.options).flatMap((reminder) =>
        reminder.slots.map((slot) => {
          const key = deliveryKey(reminder, slot);
          return { reminder, slot, key, prior: ticket.deliveries?.[key] };
        }),
      );
      if (jobs.length === 0) {
        await this.restamp(ticket);
        return;
      }
      const claims = Object.fromEntries(
        jobs.map((job) => [job.key, { state: "sending", at: now, fence } as const]),
      );
      const claimed = { ...ticket, deliveries: { ...ticket.deliveries, ...claims } };
      if (!this.lease.holds()) return;
      if (!(await this.ctx.deps.store.save(claimed, ticket.version))) continue;
      const results: [Job, DeliveryRecord, string][] = [];
      for (const job of jobs) {
        const recipients = recipientsOf(job.reminder, job.slot, ticket, onCall, this.ctx.deps.directory);
        const [record, summary] = await this.deliver(job, recipients, ticket, policy, onCall);
        results.push([job, record, summary]);
        if (record.state === "sent") {
          report.sent += 1;
          report.lateness.push(record.at - job.reminder.at);
        } else report.failed += 1;
      }
      const recorded = await this.record(id, results);
      // A clock reaching its warning share or its deadline changes what the card's countdown should say.
      if (recorded !== undefined && jobs.some((job) => CARD_MOMENTS.has(job.reminder.kind)))
        await this.ctx.refreshCards(recorded);
      return;
    }
  }

  /** Sends one delivery to each of its recipients not yet reached; a delivery left mid-send is checked first. */
  private async deliver(
    job: Job,
    recipients: readonly Recipient[],
    ticket: Ticket,
    policy: Policy,
    onCall: OnCall,
  ): Promise<[DeliveryRecord, string]> {
    const { gateway, directory, logger } = this.ctx.deps;
    const done = new Set(job.prior?.state === "failed" ? job.prior.done : []);
    const customer = directory.customerById(ticket.customer)?.name ?? ticket.customer;
    let error: string | undefined;
    for (const recipient of recipients) {
      const id = recipientId(recipient);
      if (done.has(id)) continue;
      const key = `${job.key}@${id}`;
      const to = recipient.kind === "dm" ? recipient.user : recipient.to;
      try {
        if (job.prior?.state === "sending" && (await gateway.wasDelivered?.(key, to))) {
          done.add(id);
          continue;
        }
        const zone = recipient.kind === "dm" ? directory.zoneOf(recipient.user) : undefined;
        const message = {
          ...reminderMessage(job.reminder, ticket, policy, this.ctx.now(), {
            zone,
            customer,
            owner: nudgedOwner(ticket, onCall),
          }),
          deliveryKey: key,
        };
        if (recipient.kind === "dm") await gateway.notifyUser(recipient.user, message);
        else await gateway.post(recipient.to, message);
        done.add(id);
      } catch (failure) {
        error = String(failure);
        logger.warn({ err: error, ticket: ticket.id, reminder: job.key }, "could not deliver a reminder");
      }
    }
    const reached = recipients.filter((r) => done.has(recipientId(r))).map(recipientId);
    const summary = `${job.reminder.kind}${job.reminder.step === null ? "" : ` ${job.reminder.step}`} to ${reached.join(", ")}`;
    if (error === undefined) return [{ state: "sent", at: this.ctx.now() }, summary];
    const attempts = (job.prior?.state === "failed" ? job.prior.attempts : 0) + 1;
    const backoff = Math.min(
      this.options.retryMaxMs ?? 300_000,
      (this.options.retryBaseMs ?? 5_000) * 2 ** (attempts - 1),
    );
    return [
      { state: "failed", attempts, retryAt: this.ctx.now() + backoff, error, done: [...done] },
      summary,
    ];
  }

  /** Writes each outcome over its claim, rereading on a concurrent change so neither is lost. */
  private async record(
    id: number,
    results: readonly [Job, DeliveryRecord, string][],
  ): Promise<Ticket | undefined> {
    for (let attempt = 0; attempt < SAVE_ATTEMPTS * 2; attempt++) {
      const ticket = await this.ctx.deps.store.get(id);
      if (ticket === undefined) return undefined;
      const deliveries = { ...ticket.deliveries };
      const entries: HistoryEntry[] = [];
      for (const [job, record, summary] of results) {
        deliveries[job.key] = record;
        if (record.state === "sent")
          entries.push({ at: record.at, type: "reminder_sent", text: summary, data: { key: job.key } });
      }
      const next = this.ctx.withDue({ ...ticket, deliveries, history: [...ticket.history, ...entries] });
      if (await this.ctx.deps.store.save(next, ticket.version)) return next;
    }
    this.ctx.deps.logger.error({ ticket: id }, "could not record reminder deliveries; they stay claimed");
    return undefined;
  }

  /** A ticket looked at with nothing owed (its state moved on): its next reminder time is brought up to date. */
  private async restamp(ticket: Ticket): Promise<void> {
    const next = this.ctx.withDue(ticket);
    if (next.remindAt !== ticket.remindAt) await this.ctx.deps.store.save(next, ticket.version);
  }
}

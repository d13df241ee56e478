import { cardRenderer } from "../src/application/card-renderer.js";
import { DESK_SOURCE, Desk } from "../src/application/desk.js";
import type { DeskDeps } from "../src/application/desk-context.js";
import { type InboundHandler, Intake } from "../src/application/intake.js";
import { type DispatcherOptions, OutboxDispatcher } from "../src/application/outbox-dispatcher.js";
import { ReminderScheduler } from "../src/application/run-due-reminders.js";
import type { ChatGateway } from "../src/ports/chat-gateway.js";
import type { Clock } from "../src/ports/clock.js";
import type { Lease } from "../src/ports/lease.js";
import type { Logger } from "../src/ports/logger.js";
import type { OutboxEntry } from "../src/ports/outbox.js";
import type { Telemetry } from "../src/ports/telemetry.js";
import type { TicketStore } from "../src/ports/ticket-store.js";
import { type DispatchLoop, startDispatchLoop } from "./dispatch-loop.js";
import { type ReminderLoop, startReminderLoop } from "./reminder-loop.js";
import { INBOX_MEMORY_MS, OUTBOX_MEMORY_MS } from "./storage/native-store.js";
import { systemClock } from "./system-clock.js";

export interface DeskRuntimeOptions extends Omit<DeskDeps, "onCommitted"> {
  readonly gateway: ChatGateway;
  readonly lease: Lease;
  /** Several desk processes share the store (Redis, PostgreSQL). */
  readonly shared: boolean;
  /** This process, as it claims inbox entries and answers. */
  readonly owner: string;
  readonly tickMs: number;
  readonly leaseMs: number;
  /** How often the lease holder reads what other processes wrote (shared stores), and sweeps the inbox. */
  readonly pollMs?: number;
  readonly sweepMs?: number;
  /** Handlers of further inbox sources (an adapter's stored requests), given the desk. */
  readonly handlers?: (desk: Desk) => Readonly<Record<string, InboundHandler>>;
  /** Real time, for pacing and retries: the desk's clock may be a test's. */
  readonly realClock?: Clock;
  readonly dispatch?: Partial<Omit<DispatcherOptions, "owner" | "renderCard">>;
  readonly telemetry?: Telemetry;
}

export interface DeskRuntime {
  readonly desk: Desk;
  readonly intake: Intake;
  readonly dispatcher: OutboxDispatcher;
  readonly scheduler: ReminderScheduler;
  /** Resolves once what was received so far is handled and everything due now has been sent. */
  settled(): Promise<void>;
  /** Stops taking events: the intake refuses new ones (the platform retries them). */
  refuseNew(): void;
  /**
   * Lets the events being handled and the sends in flight finish, for at most `deadlineMs`; then stops
   * the loops and gives the lease up. `clean` is false when work was still running at the deadline.
   */
  stop(deadlineMs: number): Promise<{ readonly clean: boolean }>;
}

/**
 * The desk's moving parts around one store: the intake (inbox in, handlers), the outbox dispatcher, the
 * reminder scheduler, and the sweeps that recover what a dead process left.
 */
export async function startDeskRuntime(options: DeskRuntimeOptions): Promise<DeskRuntime> {
  const realClock = options.realClock ?? systemClock;
  let dispatcher: OutboxDispatcher | undefined;
  const onCommitted = (entries: readonly OutboxEntry[]) => dispatcher?.offer(entries);
  const deps: DeskDeps = { ...options, onCommitted };
  const desk = new Desk(deps);
  dispatcher = new OutboxDispatcher(options.store, options.gateway, realClock, options.logger, {
    ...options.dispatch,
    ...(options.telemetry !== undefined && { telemetry: options.telemetry }),
    owner: options.owner,
    renderCard: cardRenderer(deps),
  });
  const handlers: Record<string, InboundHandler> = {
    [DESK_SOURCE]: (entry, final) => desk.handle(entry.payload, entry.id, { final }).then(() => undefined),
    ...options.handlers?.(desk),
  };
  // A dead process's claims lapse within one lease period, as its lease does.
  const intake = new Intake(options.store, handlers, realClock, options.logger, {
    owner: options.owner,
    claimMs: options.leaseMs,
    ...(options.telemetry !== undefined && { telemetry: options.telemetry }),
  });
  const scheduler = new ReminderScheduler(deps, options.lease, deps.reminders);
  const loopOptions = {
    tickMs: options.tickMs,
    leaseMs: options.leaseMs,
    logger: options.logger,
    ...(options.telemetry !== undefined && { telemetry: options.telemetry }),
  };
  const reminders: ReminderLoop = startReminderLoop(scheduler, options.lease, loopOptions);
  const pollMs = options.pollMs ?? 100;
  const dispatchLoop: DispatchLoop = startDispatchLoop(dispatcher, options.lease, {
    shared: options.shared,
    pollMs,
    clock: realClock,
    logger: options.logger,
  });
  // The only process of an SQLite file owns whatever its previous run left unhandled.
  if (!options.shared) await intake.recover(true);
  const sweeps = startSweeps(intake, options.store, options.lease, options.sweepMs ?? 2000, options.logger);
  const activeDispatcher = dispatcher;
  return {
    desk,
    intake,
    dispatcher,
    scheduler,
    async settled() {
      await intake.idle();
      await activeDispatcher.runDue();
    },
    refuseNew: () => void intake.stop(),
    async stop(deadlineMs) {
      const finished = Promise.all([intake.stop(), activeDispatcher.stop()]).then(() => true);
      const clean = await Promise.race([finished, wait(deadlineMs).then(() => false)]);
      sweeps.stop();
      await dispatchLoop.stop();
      await reminders.stop();
      return { clean };
    },
  };
}

/**
 * Inbox recovery (the lease holder's) every `sweepMs`; once an hour, handled inbox entries and settled
 * outbox entries past their memory are forgotten.
 */
function startSweeps(intake: Intake, store: TicketStore, lease: Lease, sweepMs: number, logger: Logger) {
  let lastPrune = 0;
  const timer = setInterval(() => {
    if (!lease.holds()) return;
    intake.recover().catch((error) => logger.warn({ err: error }, "could not sweep the inbox"));
    const now = Date.now();
    if (now - lastPrune < 3_600_000) return;
    lastPrune = now;
    Promise.all([store.pruneInbound(now - INBOX_MEMORY_MS), store.pruneOutbox(now - OUTBOX_MEMORY_MS)]).catch(
      (error) => logger.warn({ err: error }, "could not prune the inbox and outbox"),
    );
  }, sweepMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

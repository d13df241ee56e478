import { chartRenderer } from "../../adapters/reports/charts.js";
import { openKeyvBackend } from "../../adapters/storage/keyv-backend.js";
import { KeyvDirectoryLedger } from "../../adapters/storage/keyv-directory-ledger.js";
import { KeyvMaintenanceLedger } from "../../adapters/storage/keyv-maintenance-ledger.js";
import { KeyvTicketStore } from "../../adapters/storage/keyv-ticket-store.js";
import { AgentCorrections } from "../../src/application/agent-corrections.js";
import { cardRenderer } from "../../src/application/card-renderer.js";
import { Desk } from "../../src/application/desk.js";
import type { InboundEvent } from "../../src/application/inbound-events.js";
import { OutboxDispatcher } from "../../src/application/outbox-dispatcher.js";
import { ReminderScheduler, type SchedulerOptions } from "../../src/application/run-due-reminders.js";
import { type DeskConfigInput, deskConfigSchema } from "../../src/config/desk-config.js";
import { StoredDirectory } from "../../src/config/stored-directory.js";
import type { Metric } from "../../src/domain/sla/metrics.js";
import type { Ticket } from "../../src/domain/ticket/ticket.js";
import { ticketClocks } from "../../src/domain/ticket/ticket-clocks.js";
import { presetPolicy } from "../../src/policies/presets.js";
import { silentLogger } from "../../src/ports/logger.js";
import { FakeClock } from "../fakes/fake-clock.js";
import { FakeLease } from "../fakes/fake-lease.js";
import { type Delivery, RecordingGateway } from "../fakes/recording-gateway.js";

export const T_TRIAGE = "C0TRIAGE";
export const C_ACME = "C0ACME";
export const C_GLOBEX = "C0GLOBEX";
export const U_ALICE = { platform: "slack", id: "U0ALICE", name: "Alice" } as const;
export const U_BOB = { platform: "slack", id: "U0BOB", name: "Bob" } as const;
export const U_CARLA = { platform: "slack", id: "U0CARLA", name: "Carla" } as const;
export const U_GREG = { platform: "slack", id: "U0GREG", name: "Greg" } as const;
export const U_DAVE = { platform: "slack", id: "U0DAVE", name: "Dave" } as const;
export const C_ESCALATION = "C0ESCALATE";

export const DESK_CONFIG: DeskConfigInput = {
  triage: { platform: "slack", conversation: T_TRIAGE },
  escalationChannel: { platform: "slack", conversation: C_ESCALATION },
  // Alice holds the pager in the week from Mon 2 Mar 2026 09:00 Amsterdam, Dave the week after, and so on.
  oncall: {
    zone: "Europe/Amsterdam",
    handover: "mon 09:00",
    since: "2026-03-02",
    people: [
      { platform: "slack", id: U_ALICE.id },
      { platform: "slack", id: U_DAVE.id },
    ],
  },
  customers: [
    { id: "acme", name: "Acme", channels: [{ platform: "slack", conversation: C_ACME }] },
    {
      id: "globex",
      name: "Globex",
      policy: "managed-helpdesk",
      channels: [{ platform: "slack", conversation: C_GLOBEX }],
    },
  ],
  agents: [
    { platform: "slack", id: U_ALICE.id, name: "Alice" },
    { platform: "slack", id: U_BOB.id, name: "Bob", role: "lead" },
    { platform: "slack", id: U_DAVE.id, name: "Dave", zone: "America/New_York" },
  ],
};

/** A preset policy by id; a test naming one that does not exist fails at once. */
export const requirePolicy = (id: string) => {
  const policy = presetPolicy(id);
  if (policy === undefined) throw new Error(`no preset ${id}`);
  return policy;
};

/**
 * A desk on an in-memory SQLite store, a fake clock and a recording gateway. Every event and tick is
 * followed by the outbox sending what is due, so a test reads what the desk sent as soon as it returns.
 */
export async function aDesk(
  config: DeskConfigInput = DESK_CONFIG,
  start = "2026-03-03T09:00:00+01:00",
  schedulerOptions: SchedulerOptions = {},
  /** An SQLite file of the test's (to read the store from another process or command); a temporary one by default. */
  storeFile = ":memory:",
) {
  const clock = new FakeClock(Date.parse(start));
  const gateway = new RecordingGateway();
  const backend = await openKeyvBackend(storeFile);
  const store = await KeyvTicketStore.open(backend);
  const parsed = deskConfigSchema.parse(config);
  const ledger = new KeyvDirectoryLedger(backend, "sla-desk:directory");
  const directory = await StoredDirectory.open(parsed, requirePolicy, ledger, {
    shared: false,
    logger: silentLogger,
  });
  const reminders = { riskShare: parsed.reminders.atRiskShare, ...schedulerOptions };
  let dispatcher: OutboxDispatcher | undefined;
  const deps = {
    store,
    clock,
    directory,
    logger: silentLogger,
    policy: requirePolicy,
    reminders,
    ledger,
    maintenance: new KeyvMaintenanceLedger(backend, "sla-desk:maintenance"),
    charts: chartRenderer,
    ...(parsed.learnFromAgents && { corrections: new AgentCorrections(requirePolicy) }),
    onCommitted: (entries: Parameters<OutboxDispatcher["offer"]>[0]) => dispatcher?.offer(entries),
  };
  const outbox = new OutboxDispatcher(store, gateway, clock, silentLogger, {
    owner: "test",
    random: () => 1,
    renderCard: cardRenderer(deps),
  });
  dispatcher = outbox;
  await outbox.sendEveryLane(true);
  const desk = new Desk(deps);
  const lease = new FakeLease();
  const scheduler = new ReminderScheduler(deps, lease, reminders);
  let seq = 0;
  const eventId = () => `Ev${++seq}`;
  /** Sends what is due in the outbox now. */
  const drain = async () => {
    await outbox.runDue();
  };
  const send = async (event: Record<string, unknown>) => {
    const outcome = await desk.receive({ eventId: eventId(), ...event } as InboundEvent);
    await drain();
    return outcome;
  };
  const tick = async (ticking: ReminderScheduler = scheduler) => {
    const report = await ticking.tick();
    await drain();
    return report;
  };
  return {
    desk,
    directory,
    ledger,
    clock,
    gateway,
    store,
    lease,
    scheduler,
    dispatcher: outbox,
    deps,
    drain,
    tick,
    /** A scheduler as a newly started desk process would build it (same store, nothing in memory). */
    restartedScheduler: (options: SchedulerOptions = schedulerOptions) =>
      new ReminderScheduler(deps, lease, options),
    /** Moves the clock to `iso`, runs one scheduler tick and sends what it queued. */
    async tickAt(iso: string) {
      clock.set(iso);
      return tick();
    },
    /** A top-level message in a channel; returns the outcome and the message id it used. */
    async post(user: object, conversation: string, text: string, thread?: string) {
      const message = `m${++seq}`;
      const outcome = await send({
        type: "message.posted",
        user,
        conversation: { platform: "slack", conversation, ...(thread && { thread }) },
        message,
        text,
      });
      return { outcome, message };
    },
    command: (user: object, conversation: string, text: string, thread?: string) =>
      send({
        type: "command.invoked",
        user,
        conversation: { platform: "slack", conversation, ...(thread && { thread }) },
        text,
      }),
    /** A button used, carrying the data the desk gave it. */
    click: (user: object, conversation: string, action: string, data: Readonly<Record<string, string>>) =>
      send({
        type: "action.clicked",
        user,
        conversation: { platform: "slack", conversation },
        action,
        data,
      }),
    send,
    /** A ticket's SLA clock for one metric, read at the fake clock's now. */
    async reading(id: number, metric: Metric) {
      const ticket = await store.get(id);
      if (ticket === undefined) throw new Error(`no ticket ${id}`);
      return ticketClocks(ticket, requirePolicy(ticket.policy), clock.now()).find((c) => c.metric === metric);
    },
  };
}

/**
 * A desk with one ticket Acme's client opened at the given level (stated in the message, then `about`),
 * with what the desk sent so far forgotten.
 */
export async function aDeskWithTicket(
  level: string,
  about: string,
  start = "2026-03-03T09:00:00+01:00",
  config: DeskConfigInput = DESK_CONFIG,
) {
  const desk = await aDesk(config, start);
  const { message } = await desk.post(U_CARLA, C_ACME, `Priority: ${level} - ${about}`);
  desk.gateway.clear();
  return { ...desk, clientThread: message };
}

/** The titles of what the desk sent, in order. */
export const titles = (deliveries: readonly Delivery[]) => deliveries.map((d) => d.message.title);

/** Stores a changed ticket over the one read, as if another desk process had written it. */
export async function overwrite(store: KeyvTicketStore, ticket: Ticket): Promise<void> {
  const written = await store.commit({
    at: ticket.updatedAt,
    tickets: [{ ticket: { ...ticket, version: ticket.version + 1 }, expectedVersion: ticket.version }],
    threads: [],
    outbox: [],
  });
  if (!written.committed) throw new Error(`T-${ticket.id} changed meanwhile`);
}

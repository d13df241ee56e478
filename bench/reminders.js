// The reminder scheduler among 100,000 open tickets on SQLite: the time of one tick (idle and busy), the
// lateness of each delivery (how long after it fell due it was queued in the outbox, tick wait plus
// processing; the outbox's own lag is measured end to end), and RSS.
// Tickets are written straight into the store as the desk would have left them (reminders already due
// at the start marked sent), so the bench sees the steady state rather than a catch-up storm.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { openKeyvBackend } from "../dist/adapters/storage/keyv-backend.js";
import { KeyvTicketStore } from "../dist/adapters/storage/keyv-ticket-store.js";
import { ReminderScheduler } from "../dist/src/application/run-due-reminders.js";
import { ConfigDirectory } from "../dist/src/config/config-directory.js";
import { deskConfigSchema } from "../dist/src/config/desk-config.js";
import { deliveryKey, nextReminderAt, plannedReminders } from "../dist/src/domain/reminders/reminders.js";
import { presetPolicy } from "../dist/src/policies/presets.js";
import { silentLogger } from "../dist/src/ports/logger.js";

const OPEN = Number(process.env.BENCH_OPEN_TICKETS ?? 100_000);
const TICK_MS = 5_000;
const TICKS = Number(process.env.BENCH_TICKS ?? 720); // one hour of desk time
const START = Date.parse("2026-03-03T11:00:00+01:00");
const LEVELS = ["P1", "P2", "P3", "P4", "P5"];

const policy = (id) => presetPolicy(id);
const config = deskConfigSchema.parse({
  triage: { platform: "slack", conversation: "C0TRIAGE" },
  escalationChannel: { platform: "slack", conversation: "C0ESCALATE" },
  oncall: {
    zone: "Europe/Amsterdam",
    since: "2026-03-02",
    people: [
      { platform: "slack", id: "U0A" },
      { platform: "slack", id: "U0B" },
    ],
  },
  agents: [
    { platform: "slack", id: "U0A", name: "A" },
    { platform: "slack", id: "U0B", name: "B" },
    { platform: "slack", id: "U0L", name: "Lead", role: "lead" },
  ],
});

/** A ticket opened up to two days before the start, with every reminder due by then already sent. */
function seededTicket(id) {
  const level = LEVELS[id % LEVELS.length];
  const opened = START - ((id * 7919) % (48 * 3600)) * 1000;
  const ticket = {
    id,
    version: 1,
    customer: `customer-${id % 50}`,
    policy: "cm-connect-engage",
    plan: null,
    clientThread: { platform: "slack", conversation: `C0CUST${id % 50}`, thread: `1700000000.${id}` },
    triageThread: { platform: "slack", conversation: "C0TRIAGE", thread: `1700000001.${id}` },
    requester: { platform: "slack", id: `U0CLIENT${id % 500}` },
    title: `Outage ${id}`,
    description: `Outage ${id}`,
    priority: { level, by: "suggestion", reason: "bench", at: opened },
    awaitingTriageAnswers: false,
    status: "open",
    assignee: id % 3 === 0 ? { platform: "slack", id: "U0A" } : null,
    links: { duplicates: [] },
    sla: [{ at: opened, type: "opened", priority: level }],
    dueAt: null,
    history: [{ at: opened, type: "opened" }],
    createdAt: opened,
    updatedAt: opened,
  };
  const contract = policy(ticket.policy);
  const deliveries = {};
  for (const reminder of plannedReminders(ticket, contract, START)) {
    if (reminder.at > START) continue;
    for (const slot of reminder.slots)
      deliveries[deliveryKey(reminder, slot)] = { state: "sent", at: reminder.at };
  }
  const seeded = { ...ticket, deliveries };
  return { ...seeded, remindAt: nextReminderAt(seeded, contract, START) };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

export async function runReminderBench() {
  const file = join(mkdtempSync(join(tmpdir(), "sla-desk-bench-")), "reminders.sqlite");
  const backend = await openKeyvBackend(file);
  const seedStart = performance.now();
  for (let from = 1; from <= OPEN; from += 1000) {
    const batch = [];
    for (let id = from; id < Math.min(OPEN + 1, from + 1000); id++)
      batch.push({ key: `sla-desk:ticket:${id}`, value: seededTicket(id) });
    await backend.keyv.setMany(batch);
  }
  await backend.keyv.set("sla-desk:seq:ticket", OPEN);
  const seedMs = performance.now() - seedStart;
  const store = await KeyvTicketStore.open(backend);

  // The desk's clock runs at real speed inside a tick, so lateness includes the tick's own work.
  let deskAt = START;
  let realAt = performance.now();
  const clock = { now: () => deskAt + (performance.now() - realAt) };
  const directory = new ConfigDirectory(config, policy);
  const lease = { acquire: async () => 1, holds: () => true, release: async () => {} };
  const deps = {
    store,
    clock,
    directory,
    logger: silentLogger,
    policy,
    reminders: { riskShare: 0.75 },
  };
  const scheduler = new ReminderScheduler(deps, lease, deps.reminders);

  const idle = [];
  const busy = [];
  const lateness = [];
  for (let i = 0; i < TICKS; i++) {
    deskAt = START + i * TICK_MS;
    realAt = performance.now();
    const report = await scheduler.tick();
    const ms = performance.now() - realAt;
    (report.sent > 0 ? busy : idle).push(ms);
    lateness.push(...report.lateness);
  }
  global.gc?.();
  const rssMb = process.memoryUsage().rss / 1024 / 1024;
  await store.close();
  idle.sort((a, b) => a - b);
  busy.sort((a, b) => a - b);
  lateness.sort((a, b) => a - b);
  const all = [...idle, ...busy].sort((a, b) => a - b);

  console.log(
    `\nReminder scheduler among ${OPEN.toLocaleString("en")} open tickets on SQLite (tick every 5 s)`,
  );
  console.log(
    `  seeded in ${(seedMs / 1000).toFixed(1)} s; ${TICKS} ticks = ${(TICKS * TICK_MS) / 60_000} min of desk time`,
  );
  console.log(`  deliveries queued in the outbox: ${lateness.length} in ${busy.length} busy ticks`);
  console.log(
    `  tick time, all:  p50 ${percentile(all, 50).toFixed(1)} ms, p99 ${percentile(all, 99).toFixed(1)} ms, max ${(all.at(-1) ?? 0).toFixed(1)} ms (goal < 100 ms)`,
  );
  console.log(
    `  tick time, idle: p50 ${percentile(idle, 50).toFixed(1)} ms; busy: p50 ${percentile(busy, 50).toFixed(1)} ms, p99 ${percentile(busy, 99).toFixed(1)} ms`,
  );
  console.log(
    `  lateness (due to queued): p50 ${(percentile(lateness, 50) / 1000).toFixed(2)} s, p99 ${(percentile(lateness, 99) / 1000).toFixed(2)} s (goal < tick + 1 s = 6 s)`,
  );
  console.log(`  RSS: ${rssMb.toFixed(0)} MB`);
}

if (process.argv[1] === import.meta.filename) await runReminderBench();

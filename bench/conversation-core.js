// A desk holding 100,000 tickets on SQLite: how long a fresh process takes to load their summaries, the
// p50/p99 latency of agent commands (recorded, handled and committed, each before the next), a listing
// over all tickets, and the RSS of that process. (Intake throughput is bench/intake.js's.)
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { openKeyvBackend } from "../dist/adapters/storage/keyv-backend.js";
import { KeyvTicketStore } from "../dist/adapters/storage/keyv-ticket-store.js";
import { Desk } from "../dist/src/application/desk.js";
import { ConfigDirectory } from "../dist/src/config/config-directory.js";
import { classifyPriority } from "../dist/src/domain/priority/classify.js";
import { presetPolicy } from "../dist/src/policies/presets.js";
import { silentLogger } from "../dist/src/ports/logger.js";
import { benchConfig, CLIENT_MESSAGES, policy } from "./desk-fixtures.js";

const STORED = Number(process.env.BENCH_STORED ?? 100_000);
const COMMANDS = 2_000;
const MESSAGES = CLIENT_MESSAGES;

const config = benchConfig();

async function aDesk(file, sync) {
  const store = await KeyvTicketStore.open(await openKeyvBackend(file, { sqliteSync: sync }));
  let now = Date.parse("2026-03-03T09:00:00+01:00");
  const clock = { now: () => (now += 1000) };
  const directory = new ConfigDirectory(config, policy);
  return { desk: new Desk({ store, clock, directory, logger: silentLogger, policy }), store };
}

const clientMessage = (i) => ({
  type: "message.posted",
  eventId: `Ev${i}`,
  user: { platform: "slack", id: `U0CLIENT${i % 500}` },
  conversation: { platform: "slack", conversation: `C0CUST${i % 50}` },
  message: `1700000001.${i}`,
  text: MESSAGES[i % MESSAGES.length],
});

async function openTickets(file, sync, count, inFlight = 1) {
  const { desk, store } = await aDesk(file, sync);
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < count) await desk.receive(clientMessage(next++));
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  return count / seconds;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

/** Runs in a child process, so its RSS is the desk's own. */
async function measureLoaded(file) {
  const loadStart = performance.now();
  const { desk, store } = await aDesk(file, "normal");
  const loadMs = performance.now() - loadStart;
  const commands = ["status", "claim", "note", "priority"];
  const latencies = [];
  for (let i = 0; i < COMMANDS; i++) {
    const id = 1 + ((i * 7919) % STORED);
    const name = commands[i % commands.length];
    const text =
      name === "note"
        ? `note T-${id} checked logs`
        : name === "priority"
          ? `priority T-${id} P3 bench`
          : `${name} T-${id}`;
    const started = performance.now();
    await desk.receive({
      type: "command.invoked",
      eventId: `Cmd${i}`,
      user: { platform: "slack", id: "U0AGENT" },
      conversation: { platform: "slack", conversation: "C0TRIAGE" },
      text,
    });
    latencies.push(performance.now() - started);
  }
  const listStart = performance.now();
  await store.list({ open: true, assignee: null });
  const listMs = performance.now() - listStart;
  latencies.sort((a, b) => a - b);
  global.gc?.();
  const rssMb = process.memoryUsage().rss / 1024 / 1024;
  // A client's message loads the English model the classifier reads with.
  classifyPriority("the portal is down for everyone", presetPolicy("managed-helpdesk"));
  global.gc?.();
  const rssWithModelMb = process.memoryUsage().rss / 1024 / 1024;
  await store.close();
  return {
    loadMs,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    listMs,
    rssMb,
    rssWithModelMb,
  };
}

export async function runConversationCoreBench() {
  if (process.argv[2] === "--loaded") {
    process.stdout.write(JSON.stringify(await measureLoaded(process.argv[3])));
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "sla-desk-bench-"));
  console.log(`\nA desk holding ${STORED.toLocaleString("en")} tickets (SQLite)`);
  const big = join(dir, "big.sqlite");
  const seedStart = performance.now();
  await openTickets(big, "normal", STORED, 64);
  console.log(
    `  seeded ${STORED.toLocaleString("en")} tickets through the core in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
  );
  const child = spawnSync(
    process.execPath,
    ["--expose-gc", join(import.meta.dirname, "conversation-core.js"), "--loaded", big],
    {
      encoding: "utf8",
    },
  );
  if (child.status !== 0) throw new Error(child.stderr);
  const loaded = JSON.parse(child.stdout);
  console.log(
    `  a fresh desk process loads ${STORED.toLocaleString("en")} ticket summaries in ${loaded.loadMs.toFixed(0)} ms`,
  );
  console.log(
    `  handle() for agent commands (status/claim/note/priority): p50 ${loaded.p50.toFixed(2)} ms, p99 ${loaded.p99.toFixed(2)} ms`,
  );
  console.log(`  list unassigned over all tickets: ${loaded.listMs.toFixed(1)} ms`);
  console.log(
    `  RSS with ${STORED.toLocaleString("en")} stored tickets: ${loaded.rssMb.toFixed(0)} MB (goal < 200 MB); ${loaded.rssWithModelMb.toFixed(0)} MB once a client's message has loaded the classifier's English model`,
  );
}

if (process.argv[1] === import.meta.filename) await runConversationCoreBench();

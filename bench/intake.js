// Intake throughput per backend: inbound events recorded in the inbox, handled, and committed as tickets
// with their outbound messages (the durable path, from the receiver's write to the ticket's), 64 events
// in flight as from many channels at once. Beside it, the backend's floor measured in the same run: one
// raw 2 KB row committed at a time. Medians of several runs.
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import sqlite3 from "sqlite3";
import { openKeyvBackend } from "../dist/adapters/storage/keyv-backend.js";
import { KeyvDirectoryLedger } from "../dist/adapters/storage/keyv-directory-ledger.js";
import { KeyvTicketStore } from "../dist/adapters/storage/keyv-ticket-store.js";
import { DESK_SOURCE, Desk } from "../dist/src/application/desk.js";
import { Intake } from "../dist/src/application/intake.js";
import { StoredDirectory } from "../dist/src/config/stored-directory.js";
import { prepareLanguageModel } from "../dist/src/domain/priority/language-model.js";
import { prepareWordingModel } from "../dist/src/domain/priority/wording-model.js";
import { silentLogger } from "../dist/src/ports/logger.js";
import { benchConfig, CLIENT_MESSAGES, policy } from "./desk-fixtures.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TICKETS = Number(process.env.BENCH_INTAKE_TICKETS ?? 4000);
const FLOOR_ROWS = 3000;
const IN_FLIGHT = 64;
const ROW = "x".repeat(2048);
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const DATABASE_URL = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

const config = benchConfig();
const clock = { now: () => Date.now() };
const MESSAGES = CLIENT_MESSAGES;

const scratch = () => join(mkdtempSync(join(tmpdir(), "sla-desk-bench-")), "desk.sqlite");
const perSecond = (count, started) => count / ((performance.now() - started) / 1000);

/** Tickets per second through the intake on the store `url` (a file for SQLite). */
async function intakeRate(url, sync) {
  const backend = await openKeyvBackend(url, { sqliteSync: sync });
  // A fresh file has the desk's own namespace; a shared server a short one of this run's.
  const namespace = backend.shared ? `b${randomUUID().slice(0, 6)}:` : "sla-desk:";
  const store = await KeyvTicketStore.open(backend, namespace);
  // As serve builds it: on a shared store each event first looks whether a lead changed the directory.
  const ledger = new KeyvDirectoryLedger(backend, `${namespace}directory`);
  const directory = await StoredDirectory.open(config, policy, ledger, {
    shared: backend.shared,
    logger: silentLogger,
  });
  const desk = new Desk({ store, clock, directory, ledger, logger: silentLogger, policy });
  const handlers = { [DESK_SOURCE]: (entry, final) => desk.handle(entry.payload, entry.id, { final }) };
  const intake = new Intake(store, handlers, clock, silentLogger, { owner: "bench", concurrency: IN_FLIGHT });
  const event = (i) => ({
    type: "message.posted",
    eventId: `Ev${i}`,
    user: { platform: "slack", id: `U0CLIENT${i % 300}` },
    conversation: { platform: "slack", conversation: `C0CUST${i % 50}` },
    message: `1700000001.${i}`,
    text: MESSAGES[i % MESSAGES.length],
  });
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < TICKETS) {
        const i = next++;
        const entry = await intake.record({
          id: `Ev${i}`,
          source: DESK_SOURCE,
          payload: event(i),
          partition: `slack:C0CUST${i % 50}`,
        });
        if (entry !== null) intake.start(entry);
      }
    }),
  );
  await intake.idle();
  const rate = perSecond(TICKETS, started);
  const opened = (await store.list({})).length;
  await store.close();
  if (opened !== TICKETS) throw new Error(`${opened} of ${TICKETS} tickets opened`);
  return rate;
}

async function sqliteFloor(sync) {
  const db = new sqlite3.Database(scratch());
  const run = (sql, params = []) =>
    new Promise((resolve, reject) => db.run(sql, params, (e) => (e ? reject(e) : resolve())));
  await run("PRAGMA journal_mode = WAL");
  await run(`PRAGMA synchronous = ${sync.toUpperCase()}`);
  await run("CREATE TABLE floor (key TEXT PRIMARY KEY, value TEXT)");
  const insert = db.prepare("INSERT INTO floor VALUES (?, ?)");
  const started = performance.now();
  for (let i = 0; i < FLOOR_ROWS; i++)
    await new Promise((resolve, reject) => insert.run([`k${i}`, ROW], (e) => (e ? reject(e) : resolve())));
  const rate = perSecond(FLOOR_ROWS, started);
  await new Promise((resolve) => insert.finalize(resolve));
  await new Promise((resolve) => db.close(resolve));
  return rate;
}

async function redisFloor() {
  const backend = await openKeyvBackend(REDIS_URL);
  const prefix = `bench-floor-${randomUUID()}:`;
  const started = performance.now();
  for (let i = 0; i < FLOOR_ROWS; i++) await backend.setDocument(`${prefix}${i}`, ROW);
  const rate = perSecond(FLOOR_ROWS, started);
  await backend.close();
  return rate;
}

async function postgresFloor() {
  const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 1 });
  const table = `bench_floor_${randomUUID().replace(/-/g, "")}`;
  await pool.query(`CREATE TABLE ${table} (key TEXT PRIMARY KEY, value TEXT)`);
  const started = performance.now();
  for (let i = 0; i < FLOOR_ROWS; i++)
    await pool.query(`INSERT INTO ${table} VALUES ($1, $2)`, [`k${i}`, ROW]);
  const rate = perSecond(FLOOR_ROWS, started);
  await pool.query(`DROP TABLE ${table}`);
  await pool.end();
  return rate;
}

async function reachable(url) {
  try {
    const backend = await openKeyvBackend(url);
    await backend.close();
    return true;
  } catch {
    return false;
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function medianOf(measure) {
  const values = [];
  for (let r = 0; r < RUNS; r++) values.push(await measure());
  return median(values);
}

export async function runIntakeBench() {
  // As serve does while it starts: the first timed run must not pay for readying the classifier.
  prepareLanguageModel();
  prepareWordingModel();
  console.log(
    `\nIntake: events recorded, handled and committed as tickets, ${IN_FLIGHT} in flight (median of ${RUNS} runs)`,
  );
  const backends = [
    {
      name: "SQLite, synchronous=NORMAL",
      floor: () => sqliteFloor("normal"),
      desk: () => intakeRate(scratch(), "normal"),
    },
    {
      name: "SQLite, synchronous=FULL",
      floor: () => sqliteFloor("full"),
      desk: () => intakeRate(scratch(), "full"),
      goal: 500,
    },
    { name: "Redis", floor: redisFloor, desk: () => intakeRate(REDIS_URL), url: REDIS_URL },
    { name: "PostgreSQL", floor: postgresFloor, desk: () => intakeRate(DATABASE_URL), url: DATABASE_URL },
  ];
  for (const backend of backends) {
    if (backend.url !== undefined && !(await reachable(backend.url))) {
      console.log(`  ${backend.name}: skipped, nothing answers at ${backend.url}`);
      continue;
    }
    const floor = await medianOf(backend.floor);
    const desk = await medianOf(backend.desk);
    const share = (100 * desk) / floor;
    console.log(
      `  ${backend.name.padEnd(27)} ${desk.toFixed(0).padStart(6)} tickets/s; floor (one 2 KB row per commit) ${floor.toFixed(0).padStart(6)}/s: ` +
        `${share.toFixed(0)} % (goal >= 50 %${backend.goal ? `, and >= ${backend.goal}/s` : ""})`,
    );
  }
}

if (process.argv[1] === import.meta.filename) await runIntakeBench();

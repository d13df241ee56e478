import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openKeyvBackend } from "../../adapters/storage/keyv-backend.js";
import { KeyvTicketStore } from "../../adapters/storage/keyv-ticket-store.js";
import { Desk } from "../../src/application/desk.js";
import { ConfigDirectory } from "../../src/config/config-directory.js";
import { deskConfigSchema } from "../../src/config/desk-config.js";
import { deliveryKey, plannedReminders } from "../../src/domain/reminders/reminders.js";
import { presetPolicy } from "../../src/policies/presets.js";
import { silentLogger } from "../../src/ports/logger.js";
import { FakeClock } from "../fakes/fake-clock.js";
import { RecordingGateway } from "../fakes/recording-gateway.js";
import { backendsUnderTest } from "../support/backends.js";
import { C_ACME, DESK_CONFIG, U_CARLA } from "../support/desk.js";

const redis = (await backendsUnderTest()).find((b) => b.name === "redis");
const REPLICA = join(import.meta.dirname, "..", "fixtures", "reminder-replica.js");
const SPEED = 600; // one real second is ten desk minutes
// Production runs a 5 s tick and a 15 s lease. These are short enough for a test and long enough for
// the pauses a loaded two-core CI machine adds in absolute time (up to about 0.7 s in the full suite).
const TICK_MS = 300;
const LEASE_MS = 3000;
const RUN_MS = 9000;
const KILL_AT_MS = 3000;
const TICKETS = 20;
const DESK_START = Date.parse("2026-03-03T09:00:00+01:00");
const policy = (id: string) => {
  const found = presetPolicy(id);
  if (found === undefined) throw new Error(`no preset ${id}`);
  return found;
};

interface Received {
  readonly key: string;
  readonly replica: string;
  readonly at: number;
}

/** The chat platform's side: records each delivery with its key and real arrival time. */
async function recordingServer(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (request.method === "GET" && url.pathname === "/delivered") {
      const key = url.searchParams.get("key");
      response.end(JSON.stringify({ delivered: received.some((r) => r.key === key) }));
      return;
    }
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      const { replica, message } = JSON.parse(body);
      received.push({ key: message.deliveryKey, replica, at: Date.now() });
      response.end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

function startReplica(name: string, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, [REPLICA], {
    env: { ...process.env, ...env, REPLICA: name },
    stdio: "pipe",
  });
  child.stderr?.on("data", (chunk) => process.stderr.write(`[${name}] ${chunk}`));
  return new Promise((resolve, reject) => {
    child.stdout?.once("data", () => resolve(child));
    child.once("exit", (code) => reject(new Error(`${name} exited with ${code}`)));
  });
}

const exited = (child: ChildProcess) => new Promise((resolve) => child.once("exit", resolve));

describe.skipIf(redis?.unavailable !== null)("three scheduler replicas on one Redis", () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) child.kill("SIGKILL");
  });

  it("deliver every due reminder exactly once, on time, when the lease holder is killed mid-run", async () => {
    const prefix = `test-${randomUUID()}:`;
    const url = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
    const store = await KeyvTicketStore.open(await openKeyvBackend(url), prefix);
    const clock = new FakeClock(DESK_START);
    const directory = new ConfigDirectory(deskConfigSchema.parse(DESK_CONFIG), policy);
    const desk = new Desk({
      store,
      gateway: new RecordingGateway(),
      clock,
      directory,
      logger: silentLogger,
      policy,
    });
    for (let i = 1; i <= TICKETS; i++) {
      const level = i % 2 === 0 ? "P2" : "P1";
      await desk.handle({
        type: "message.posted",
        eventId: `seed-${i}`,
        user: U_CARLA,
        conversation: { platform: "slack", conversation: C_ACME },
        message: `m${i}`,
        text: `Priority: ${level} - outage number ${i}`,
      });
      clock.advance(1);
    }
    const { server, url: gatewayUrl, received } = await recordingServer();
    const realStart = Date.now();
    const env = {
      REDIS_URL: url,
      PREFIX: prefix,
      CLOCK_SPEED: String(SPEED),
      REAL_START: String(realStart),
      DESK_START: String(DESK_START),
      GATEWAY_URL: gatewayUrl,
      TICK_MS: String(TICK_MS),
      LEASE_MS: String(LEASE_MS),
      DESK_CONFIG_JSON: JSON.stringify(DESK_CONFIG),
    };
    const replicas = await Promise.all(["a", "b", "c"].map((name) => startReplica(name, env)));
    children.push(...replicas);
    const wait = (until: number) => new Promise((resolve) => setTimeout(resolve, until - Date.now()));

    await wait(realStart + KILL_AT_MS);
    const holder = received.at(-1)?.replica;
    const victim = replicas[["a", "b", "c"].indexOf(holder ?? "a")] as ChildProcess;
    const killedAt = Date.now();
    victim.kill("SIGKILL");
    await exited(victim);
    await wait(realStart + RUN_MS);
    const stoppedAt = Date.now();
    const survivors = replicas.filter((r) => r !== victim);
    for (const child of survivors) child.kill("SIGTERM");
    await Promise.all(survivors.map(exited));
    server.close();

    // Every reminder due by one tick plus one lease period before the stop must have arrived, once.
    const deskAt = (real: number) => DESK_START + (real - realStart) * SPEED;
    const realAt = (desk: number) => realStart + (desk - DESK_START) / SPEED;
    const cutoff = deskAt(stoppedAt - TICK_MS - LEASE_MS);
    const due = new Map<string, number>();
    for (let id = 1; id <= TICKETS; id++) {
      const ticket = await store.get(id);
      if (ticket === undefined) throw new Error(`T-${id} is missing`);
      for (const reminder of plannedReminders(ticket, policy(ticket.policy), cutoff)) {
        for (const slot of reminder.slots) due.set(deliveryKey(reminder, slot), reminder.at);
      }
    }
    const expected = [...due].filter(([, at]) => at <= cutoff).map(([key]) => key);
    const counts = new Map<string, number>();
    for (const r of received) counts.set(r.key, (counts.get(r.key) ?? 0) + 1);
    const doubled = [...counts].filter(([, n]) => n > 1);
    const arrivedSlots = new Set(received.map((r) => r.key.split("@")[0]));
    const missing = expected.filter((key) => !arrivedSlots.has(key));
    const lateness = received.map((r) => r.at - realAt(due.get(r.key.split("@")[0] as string) ?? Number.NaN));
    console.info(
      `replicas: ${received.length} deliveries from ${new Set(received.map((r) => r.replica)).size} replicas; ` +
        `killed ${holder} at ${killedAt - realStart} ms; max lateness ${Math.round(Math.max(...lateness))} ms`,
    );
    expect(expected.length).toBeGreaterThan(TICKETS * 3);
    expect(doubled).toEqual([]);
    expect(missing).toEqual([]);
    expect(lateness.filter((ms) => Number.isNaN(ms))).toEqual([]);
    expect(Math.max(...lateness)).toBeLessThanOrEqual(TICK_MS + LEASE_MS);
    expect(received.some((r) => r.replica !== holder && r.at > killedAt)).toBe(true);
    await store.close();
  }, 30_000);
});

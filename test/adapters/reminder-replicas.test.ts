import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, describe, expect, it, vi } from "vitest";
import { openKeyvBackend } from "../../adapters/storage/keyv-backend.js";
import { KeyvTicketStore } from "../../adapters/storage/keyv-ticket-store.js";
import { Desk } from "../../src/application/desk.js";
import { ConfigDirectory } from "../../src/config/config-directory.js";
import { deskConfigSchema } from "../../src/config/desk-config.js";
import { deliveryKey, plannedReminders } from "../../src/domain/reminders/reminders.js";
import { presetPolicy } from "../../src/policies/presets.js";
import { silentLogger } from "../../src/ports/logger.js";
import { FakeClock } from "../fakes/fake-clock.js";
import { backendsUnderTest } from "../support/backends.js";
import { C_ACME, DESK_CONFIG, U_CARLA } from "../support/desk.js";

const redis = (await backendsUnderTest()).find((b) => b.name === "redis");
const REPLICA = join(import.meta.dirname, "..", "fixtures", "reminder-replica.js");
const SPEED = 600; // one real second is ten desk minutes
// Production runs a 5 s tick and a 15 s lease; these keep the test short. Nothing below is bounded by
// how fast the machine is, except the takeover, which must happen within one lease period.
const TICK_MS = 400;
const LEASE_MS = 4000;
const RUN_MS = 8000;
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

interface Replica {
  readonly name: string;
  readonly child: ChildProcess;
  /** What the replica said about itself: `lease <fence> <ms>` when it took the lease, `frozen <desk ms>`. */
  readonly said: string[];
}

function startReplica(name: string, env: Record<string, string>): Promise<Replica> {
  const child = spawn(process.execPath, [REPLICA], {
    env: { ...process.env, ...env, REPLICA: name },
    stdio: "pipe",
  });
  child.stderr?.on("data", (chunk) => process.stderr.write(`[${name}] ${chunk}`));
  const said: string[] = [];
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on("line", (line) => said.push(line));
  return new Promise((resolve, reject) => {
    const ready = setInterval(() => {
      if (!said.includes("ready")) return;
      clearInterval(ready);
      resolve({ name, child, said });
    }, 10);
    child.once("exit", (code) => {
      clearInterval(ready);
      reject(new Error(`${name} exited with ${code}`));
    });
  });
}

/** The lease takeovers a replica reported: fence and real time. */
const takeovers = (replica: Replica) =>
  replica.said
    .filter((line) => line.startsWith("lease "))
    .map((line) => {
      const [, fence, at] = line.split(" ");
      return { replica: replica.name, fence: Number(fence), at: Number(at) };
    });

const exited = (child: ChildProcess) => new Promise((resolve) => child.once("exit", resolve));

describe.skipIf(redis?.unavailable !== null)("three desk replicas on one Redis", () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) child.kill("SIGKILL");
  });

  it("deliver every due reminder exactly once when the lease holder is killed mid-run; another takes over within the lease period", async () => {
    const prefix = `test-${randomUUID()}:`;
    const url = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
    const store = await KeyvTicketStore.open(await openKeyvBackend(url), prefix);
    const clock = new FakeClock(DESK_START);
    const directory = new ConfigDirectory(deskConfigSchema.parse(DESK_CONFIG), policy);
    const desk = new Desk({ store, clock, directory, logger: silentLogger, policy });
    for (let i = 1; i <= TICKETS; i++) {
      const level = i % 2 === 0 ? "P2" : "P1";
      await desk.receive({
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
    children.push(...replicas.map((r) => r.child));
    const wait = (until: number) => new Promise((resolve) => setTimeout(resolve, until - Date.now()));

    await wait(realStart + KILL_AT_MS);
    const holder = replicas.flatMap(takeovers).sort((a, b) => b.fence - a.fence)[0]?.replica;
    const victim = replicas.find((r) => r.name === holder) as Replica;
    const killedAt = Date.now();
    victim.child.kill("SIGKILL");
    await exited(victim.child);
    await wait(realStart + RUN_MS);
    // The survivors' clocks stop; everything due by then must arrive, however long a busy machine takes.
    const survivors = replicas.filter((r) => r !== victim);
    for (const survivor of survivors) survivor.child.kill("SIGUSR2");
    await vi.waitFor(() =>
      expect(survivors.every((r) => r.said.some((l) => l.startsWith("frozen ")))).toBe(true),
    );
    const cutoff = Math.min(
      ...survivors.map((r) => Number(r.said.find((l) => l.startsWith("frozen "))?.split(" ")[1])),
    );
    const due = new Map<string, number>();
    for (let id = 1; id <= TICKETS; id++) {
      const ticket = await store.get(id);
      if (ticket === undefined) throw new Error(`T-${id} is missing`);
      for (const reminder of plannedReminders(ticket, policy(ticket.policy), cutoff)) {
        for (const slot of reminder.slots) due.set(deliveryKey(reminder, slot), reminder.at);
      }
    }
    const expected = [...due].filter(([, at]) => at <= cutoff).map(([key]) => key);
    const arrivedSlots = () => new Set(received.map((r) => r.key.split("@")[0]));
    await vi.waitFor(() => expect(expected.filter((key) => !arrivedSlots().has(key))).toEqual([]), {
      timeout: 20_000,
      interval: 100,
    });
    for (const survivor of survivors) survivor.child.kill("SIGTERM");
    await Promise.all(survivors.map((r) => exited(r.child)));
    server.close();

    const counts = new Map<string, number>();
    for (const r of received) counts.set(r.key, (counts.get(r.key) ?? 0) + 1);
    const takeover = survivors.flatMap(takeovers).filter((t) => t.at >= killedAt);
    console.info(
      `replicas: ${received.length} deliveries (${expected.length} reminders due) from ` +
        `${new Set(received.map((r) => r.replica)).size} replicas; killed ${holder} at ${killedAt - realStart} ms; ` +
        `lease taken over after ${Math.min(...takeover.map((t) => t.at - killedAt))} ms`,
    );
    expect(expected.length).toBeGreaterThan(TICKETS * 3);
    expect([...counts].filter(([, n]) => n > 1)).toEqual([]);
    // Every ticket's acknowledgement and card went out too, once.
    expect(received.filter((r) => r.key.startsWith("seed-"))).toHaveLength(TICKETS * 2);
    expect(takeover.length).toBeGreaterThan(0);
    expect(Math.min(...takeover.map((t) => t.at - killedAt))).toBeLessThanOrEqual(LEASE_MS);
    expect(received.some((r) => r.replica !== holder && r.at > killedAt)).toBe(true);
    await store.close();
  }, 60_000);
});

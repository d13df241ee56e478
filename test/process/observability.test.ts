import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FakeSlack } from "../fakes/fake-slack.js";
import { backendsUnderTest } from "../support/backends.js";
import { C_ACME, U_CARLA } from "../support/desk.js";
import { type DeskProcess, messageEvent, signedPost, startServe } from "../support/desk-process.js";
import { TcpProxy } from "../support/tcp-proxy.js";

const redis = (await backendsUnderTest()).find((b) => b.name === "redis");
// A bound for a loaded machine: the desk readies the wording layer before it reports ready.
const WAIT = { timeout: 120_000, interval: 50 };

let slack: FakeSlack | undefined;
let proxy: TcpProxy | undefined;
const running: DeskProcess[] = [];
afterEach(async () => {
  for (const desk of running.splice(0)) desk.child.kill("SIGKILL");
  await slack?.stop();
  await proxy?.stop();
});

/** The health and metrics port the desk announced. */
function healthPort(desk: DeskProcess): number {
  const port = /health and metrics on port (\d+)/.exec(desk.output())?.[1];
  if (port === undefined) throw new Error(`no health port in: ${desk.output()}`);
  return Number(port);
}

async function get(port: number, path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: response.status, text: await response.text() };
}

function sample(text: string, name: string, labels = ""): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${name}${labels === "" ? "" : `{${labels}}`} `));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(" ") + 1));
}

/** The desk's log lines (JSON on stderr) with this message. */
function logged(desk: DeskProcess, message: string): Record<string, unknown>[] {
  return desk
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.message === message);
}

const message = (n: number) =>
  JSON.stringify(
    messageEvent(
      `EvWatch${n}`,
      C_ACME,
      U_CARLA.id,
      `Checkout ${n} fails for everyone`,
      `170000200${n}.000100`,
    ),
  );

describe("a desk you can watch (HTTP mode, SQLite)", () => {
  it("answers /healthz, /readyz and /metrics, and logs a Slack outage when it starts and when it ends", async () => {
    slack = await new FakeSlack().start();
    const desk = await startServe({
      cwd: mkdtempSync(join(tmpdir(), "sla-desk-watch-")),
      slack,
      store: join(mkdtempSync(join(tmpdir(), "sla-desk-watch-")), "desk.sqlite"),
      env: { SLA_DESK_PROBE_SECONDS: "0.2", LOG_LEVEL: "info" },
    });
    running.push(desk);
    const port = healthPort(desk);
    expect(await get(port, "/healthz")).toEqual({ status: 200, text: "ok\n" });
    await vi.waitFor(async () => expect((await get(port, "/readyz")).status).toBe(200), WAIT);
    const ready = JSON.parse((await get(port, "/readyz")).text);
    expect(ready).toMatchObject({
      ready: true,
      accepting: true,
      components: { store: { up: true }, slack: { up: true } },
    });

    expect(await signedPost(desk.port, message(1), "application/json")).toBe(200);
    await vi.waitFor(() => expect(slack?.posted(C_ACME, "1700002001.000100")).toHaveLength(1), WAIT);
    slack.rateLimit("chat.postMessage", 2);
    expect(await signedPost(desk.port, message(2), "application/json")).toBe(200);
    await vi.waitFor(() => expect(slack?.posted(C_ACME, "1700002002.000100")).toHaveLength(1), WAIT);
    // The handler's and the sender's figures are recorded just after the fake sees the message: read
    // them once the last of them is in.
    await vi.waitFor(async () => {
      const metrics = (await get(port, "/metrics")).text;
      expect(
        sample(metrics, "sla_desk_handler_duration_seconds_count", 'source="slack",outcome="done"'),
      ).toBe(2);
      expect(
        sample(metrics, "sla_desk_sends_total", 'platform="slack",outcome="delivered"'),
      ).toBeGreaterThanOrEqual(4);
    }, WAIT);
    const metrics = (await get(port, "/metrics")).text;
    const open = metrics.split("\n").filter((line) => line.startsWith("sla_desk_tickets_open{"));
    expect(open.reduce((sum, line) => sum + Number(line.split(" ")[1]), 0)).toBe(2);
    expect(sample(metrics, "sla_desk_ack_duration_seconds_count", 'platform="slack"')).toBe(2);
    expect(sample(metrics, "sla_desk_handler_duration_seconds_count", 'source="slack",outcome="done"')).toBe(
      2,
    );
    expect(
      sample(metrics, "sla_desk_sends_total", 'platform="slack",outcome="delivered"'),
    ).toBeGreaterThanOrEqual(4);
    expect(sample(metrics, "sla_desk_rate_limited_total", 'platform="slack"')).toBe(2);
    expect(sample(metrics, "sla_desk_lease_holder")).toBe(1);
    expect(sample(metrics, "sla_desk_up", 'component="store"')).toBe(1);
    expect(metrics).toMatch(/^sla_desk_scheduler_tick_duration_seconds_count [1-9]/m);

    slack.outage = 503;
    await vi.waitFor(async () => expect((await get(port, "/readyz")).status).toBe(503), WAIT);
    const down = JSON.parse((await get(port, "/readyz")).text);
    expect(down).toMatchObject({ ready: false, components: { slack: { up: false }, store: { up: true } } });
    await vi.waitFor(
      () =>
        expect(
          logged(desk, "slack unreachable: the desk keeps what it has and catches up when it answers again"),
        ).toHaveLength(1),
      WAIT,
    );
    // A message that comes meanwhile is recorded and answered once Slack is back.
    expect(await signedPost(desk.port, message(3), "application/json")).toBe(200);
    slack.outage = undefined;
    await vi.waitFor(async () => expect((await get(port, "/readyz")).status).toBe(200), WAIT);
    // The log line travels through the child's stdout, which may arrive after the HTTP answer.
    await vi.waitFor(() => expect(logged(desk, "slack reachable again")).toHaveLength(1), WAIT);
    const back = logged(desk, "slack reachable again");
    expect(back).toHaveLength(1);
    expect(back[0]?.downSeconds).toEqual(expect.any(Number));
    await vi.waitFor(() => expect(slack?.posted(C_ACME, "1700002003.000100")).toHaveLength(1), WAIT);
    expect(
      logged(desk, "slack unreachable: the desk keeps what it has and catches up when it answers again"),
    ).toHaveLength(1);

    desk.child.kill("SIGTERM");
    expect(await desk.exited).toBe(0);
  }, 300_000);
});

describe.skipIf(redis?.unavailable != null)("a desk whose Redis goes away for a while", () => {
  it("logs the outage when it starts and ends, shows it in /readyz, and loses no request Slack retried", async () => {
    slack = await new FakeSlack().start();
    const target = new URL(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
    proxy = await new TcpProxy(target.hostname, Number(target.port || 6379)).start();
    const desk = await startServe({
      cwd: mkdtempSync(join(tmpdir(), "sla-desk-watch-")),
      slack,
      store: `redis://127.0.0.1:${proxy.port}`,
      namespace: `test-${randomUUID()}`,
      env: { SLA_DESK_PROBE_SECONDS: "0.2", LOG_LEVEL: "info" },
    });
    running.push(desk);
    const port = healthPort(desk);
    await vi.waitFor(async () => expect((await get(port, "/readyz")).status).toBe(200), WAIT);

    proxy.cut();
    await vi.waitFor(async () => expect((await get(port, "/readyz")).status).toBe(503), WAIT);
    expect(JSON.parse((await get(port, "/readyz")).text)).toMatchObject({
      components: { store: { up: false } },
    });
    await vi.waitFor(
      () =>
        expect(
          logged(desk, "store unreachable: the desk keeps what it has and catches up when it answers again"),
        ).toHaveLength(1),
      WAIT,
    );
    // Nothing can be recorded: Slack is not acknowledged and sends the event again later.
    const during = await signedPost(desk.port, message(4), "application/json");
    expect(during).toBeGreaterThanOrEqual(500);
    expect((await get(port, "/healthz")).status).toBe(200);

    proxy.restore();
    await vi.waitFor(async () => expect((await get(port, "/readyz")).status).toBe(200), WAIT);
    expect(logged(desk, "store reachable again")).toHaveLength(1);
    expect(await signedPost(desk.port, message(4), "application/json", { "x-slack-retry-num": "1" })).toBe(
      200,
    );
    await vi.waitFor(() => expect(slack?.posted(C_ACME, "1700002004.000100")).toHaveLength(1), WAIT);
  }, 300_000);
});

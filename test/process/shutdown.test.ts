import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FakeSlack } from "../fakes/fake-slack.js";
import { C_ACME, C_GLOBEX, T_TRIAGE, U_ALICE, U_CARLA } from "../support/desk.js";
import {
  commandFields,
  type DeskProcess,
  messageEvent,
  signedPost,
  startServe,
} from "../support/desk-process.js";

const REQUESTS = 200;
/** The desk's own bound on finishing running work (SLA_DESK_SHUTDOWN_SECONDS' default). */
const DRAIN_MS = 10_000;
const channelOf = (i: number) => (i % 4 === 0 ? C_ACME : C_GLOBEX);
const tsOf = (i: number) => `1700003${String(i).padStart(3, "0")}.000100`;

let slack: FakeSlack | undefined;
const running: DeskProcess[] = [];
afterEach(async () => {
  for (const desk of running.splice(0)) desk.child.kill("SIGKILL");
  await slack?.stop();
});

describe("a desk stopped with SIGTERM under load", () => {
  it("stops taking requests, finishes what it acknowledged or leaves it for the next start, and exits 0", async () => {
    slack = await new FakeSlack().start();
    const cwd = mkdtempSync(join(tmpdir(), "sla-desk-stop-"));
    const options = { cwd, slack, store: join(cwd, "desk.sqlite"), namespace: `test-${randomUUID()}` };
    const first = await startServe(options);
    running.push(first);
    // Half client messages, half agents' commands, all at once.
    const requests = Array.from({ length: REQUESTS }, (_, i) =>
      i % 2 === 0
        ? {
            body: JSON.stringify(
              messageEvent(`EvStop${i}`, channelOf(i), U_CARLA.id, `Exports ${i} fail for everyone`, tsOf(i)),
            ),
            type: "application/json",
          }
        : {
            body: commandFields(slack as FakeSlack, U_ALICE.id, T_TRIAGE, "list", `trigger-stop-${i}`),
            type: "application/x-www-form-urlencoded",
          },
    );
    const status: number[] = [];
    let answered = 0;
    let stoppedAt = 0;
    const send = async (i: number) => {
      const { body, type } = requests[i] as { body: string; type: string };
      status[i] = await signedPost(first.port, body, type);
    };
    // Three quarters at once; the stop comes when the first 50 are answered; the rest arrive during it.
    const burst = Array.from({ length: (REQUESTS * 3) / 4 }, (_, i) =>
      send(i).then(() => {
        if (++answered !== 50) return;
        stoppedAt = Date.now();
        first.child.kill("SIGTERM");
      }),
    );
    await vi.waitFor(() => expect(stoppedAt).toBeGreaterThan(0), { timeout: 30_000, interval: 5 });
    const late = Array.from({ length: REQUESTS / 4 }, (_, i) => send((REQUESTS * 3) / 4 + i));
    await Promise.all([...burst, ...late]);
    const code = await first.exited;
    const stopMs = Date.now() - stoppedAt;
    expect(code).toBe(0);
    expect(stopMs).toBeLessThan(DRAIN_MS + 5000);
    expect(first.output()).not.toMatch(/Database is closed|SQLITE_MISUSE/);
    const acked = status.flatMap((s, i) => (s === 200 ? [i] : []));
    // What came after the stop was refused with 503 (or found the port closed), so Slack sends it again.
    expect(status.every((s) => s === 200 || s === 503 || s === 0)).toBe(true);

    const second = await startServe(options);
    running.push(second);
    // Slack resends the events it got no answer to; commands it does not resend.
    const refusedMessages = status.flatMap((s, i) => (s !== 200 && i % 2 === 0 ? [i] : []));
    for (const i of refusedMessages)
      expect(
        await signedPost(second.port, requests[i]?.body as string, "application/json", {
          "x-slack-retry-num": "1",
        }),
      ).toBe(200);
    const answersIn = (i: number) =>
      (slack as FakeSlack)
        .posted(channelOf(i), tsOf(i))
        .filter((c) => String(c.args.text).includes("We have opened"));
    const messages = [...acked.filter((i) => i % 2 === 0), ...refusedMessages];
    const commands = acked.filter((i) => i % 2 === 1);
    await vi.waitFor(
      () => {
        expect(messages.filter((i) => answersIn(i).length !== 1)).toEqual([]);
        expect(slack?.responses.filter((r) => r.user === U_ALICE.id)).toHaveLength(commands.length);
      },
      { timeout: 60_000, interval: 100 },
    );
    console.info(
      `shutdown: ${acked.length} of ${REQUESTS} acknowledged, ${status.filter((c) => c === 503).length} refused ` +
        `with 503, stopped in ${stopMs} ms; ` +
        `${refusedMessages.length} messages sent again after the restart`,
    );
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
    expect(second.output()).not.toMatch(/Database is closed|SQLITE_MISUSE|"level":"error"/);
  }, 120_000);
});

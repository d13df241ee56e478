import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FakeSlack } from "../fakes/fake-slack.js";
import { backendsUnderTest } from "../support/backends.js";
import { C_ACME, C_GLOBEX, T_TRIAGE, U_CARLA } from "../support/desk.js";
import { type DeskProcess, messageEvent, signedPost, startServe } from "../support/desk-process.js";

/** The full-size run (300) is `npm run bench`'s; the suite runs a smaller burst of the same test. */
const INTAKES = Number(process.env.CRASH_INTAKES ?? 60);
const channelOf = (i: number) => (i % 2 === 0 ? C_ACME : C_GLOBEX);
const tsOf = (i: number) => `1700001${String(i).padStart(3, "0")}.000100`;
const RETRY = { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" };

const redis = (await backendsUnderTest()).find((b) => b.name === "redis");
const stores = [
  { name: "SQLite", store: (cwd: string) => join(cwd, "desk.sqlite"), unavailable: null },
  {
    name: "Redis",
    store: () => process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
    unavailable: redis?.unavailable,
  },
];

let slack: FakeSlack | undefined;
const running: DeskProcess[] = [];
afterEach(async () => {
  for (const desk of running.splice(0)) desk.child.kill("SIGKILL");
  await slack?.stop();
});

for (const { name, store, unavailable } of stores)
  describe.skipIf(unavailable != null)(`a desk on ${name} killed the moment it acknowledged a burst`, () => {
    it("answers every acknowledged intake exactly once in its own thread after a restart, cards every ticket, reuses no number", async () => {
      slack = await new FakeSlack().start();
      const cwd = mkdtempSync(join(tmpdir(), "sla-desk-crash-"));
      const options = {
        cwd,
        slack,
        store: store(cwd),
        namespace: `test-${randomUUID()}`,
        // A dead desk's lease and claims lapse within two seconds.
        config: { reminders: { tickSeconds: 0.5, leaseSeconds: 2 } },
      };
      const answers = (i: number) =>
        (slack as FakeSlack)
          .posted(channelOf(i), tsOf(i))
          .map((call) => String(call.args.text))
          .filter((text) => text.includes("We have opened"));
      const first = await startServe(options);
      running.push(first);
      const bodies = Array.from({ length: INTAKES }, (_, i) =>
        JSON.stringify(
          messageEvent(
            `EvBurst${i}`,
            channelOf(i),
            U_CARLA.id,
            `Checkout ${i} fails for all our users`,
            tsOf(i),
          ),
        ),
      );
      const status: number[] = [];
      let acked = 0;
      await Promise.all(
        bodies.map(async (body, i) => {
          status[i] = await signedPost(first.port, body, "application/json");
          if (status[i] === 200 && ++acked === INTAKES) first.child.kill("SIGKILL");
        }),
      );
      first.child.kill("SIGKILL");
      await first.exited;
      expect(acked).toBeGreaterThan(0);
      const answeredBeforeRestart = bodies.filter((_, i) => answers(i).length > 0).length;

      const second = await startServe(options);
      running.push(second);
      // Slack resends what it got no answer to, and some of what it did (a retry after a slow answer).
      const resend = bodies.flatMap((body, i) => (status[i] !== 200 || i % 3 === 0 ? [body] : []));
      const resent = await Promise.all(
        resend.map((body) => signedPost(second.port, body, "application/json", RETRY)),
      );
      expect(resent.every((code) => code === 200)).toBe(true);

      await vi.waitFor(() => expect(bodies.filter((_, i) => answers(i).length === 0)).toEqual([]), {
        timeout: 60_000,
        interval: 100,
      });
      const numbers = bodies.map((_, i) => /We have opened (T-\d+)/.exec(answers(i)[0] ?? "")?.[1]);
      const cards = () =>
        (slack as FakeSlack)
          .posted(T_TRIAGE)
          .filter((call) => call.args.thread_ts === undefined)
          .map((call) => /^(T-\d+):/.exec(String(call.args.text))?.[1]);
      await vi.waitFor(() => expect(cards()).toHaveLength(INTAKES), { timeout: 60_000, interval: 100 });
      console.info(
        `crash on ${name}: ${INTAKES} intakes, ${acked} acknowledged before the kill, ` +
          `${answeredBeforeRestart} answered before it, ${resend.length} sent again`,
      );
      expect(bodies.map((_, i) => answers(i).length)).toEqual(bodies.map(() => 1));
      expect(new Set(numbers).size).toBe(INTAKES);
      expect([...cards()].sort()).toEqual([...numbers].sort());
      second.child.kill("SIGTERM");
      expect(await second.exited).toBe(0);
      expect(second.output()).not.toMatch(/"level":"error"/);
    }, 120_000);
  });

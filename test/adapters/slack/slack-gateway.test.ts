import { afterEach, describe, expect, it } from "vitest";
import { SlackGateway } from "../../../adapters/slack/slack-gateway.js";
import { slackWebClient } from "../../../adapters/slack/slack-web.js";
import { silentLogger } from "../../../src/ports/logger.js";
import { FakeSlack } from "../../fakes/fake-slack.js";

let slack: FakeSlack;
afterEach(async () => {
  await slack?.stop();
});

describe("the Slack gateway's pacing", () => {
  it("lets a burst through, then spaces posts to one channel a second apart, in order, without slowing others", async () => {
    slack = await new FakeSlack().start();
    let now = 0;
    const waits: number[] = [];
    const gateway = new SlackGateway(
      slackWebClient({ botToken: "xoxb-t", apiUrl: slack.apiUrl, logger: silentLogger }),
      {
        burst: 3,
        intervalMs: 1000,
        now: () => now,
        wait: async (ms) => {
          waits.push(ms);
          now += ms;
        },
      },
    );
    const to = { platform: "slack" as const, conversation: "C0BUSY" };
    await Promise.all(Array.from({ length: 6 }, (_, i) => gateway.post(to, { text: `m${i}` })));
    expect(waits).toEqual([1000, 1000, 1000]);
    expect(slack.posted("C0BUSY").map((c) => c.args.text)).toEqual(["m0", "m1", "m2", "m3", "m4", "m5"]);
    await gateway.post({ platform: "slack", conversation: "C0QUIET" }, { text: "hello" });
    expect(waits).toHaveLength(3);
    // A quiet spell refills the burst.
    now += 10_000;
    await Promise.all(Array.from({ length: 3 }, (_, i) => gateway.post(to, { text: `later${i}` })));
    expect(waits).toHaveLength(3);
  });
});

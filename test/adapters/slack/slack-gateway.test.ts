import { afterEach, describe, expect, it } from "vitest";
import { SlackGateway, sendFailureOf, slackPacing } from "../../../adapters/slack/slack-gateway.js";
import { slackWebClient } from "../../../adapters/slack/slack-web.js";
import { Pacer } from "../../../src/application/pacer.js";
import { SendFailure } from "../../../src/ports/chat-gateway.js";
import { silentLogger } from "../../../src/ports/logger.js";
import { FakeSlack } from "../../fakes/fake-slack.js";

let slack: FakeSlack;
afterEach(async () => {
  await slack?.stop();
});

const gatewayOn = (fake: FakeSlack) =>
  new SlackGateway(slackWebClient({ botToken: "xoxb-t", apiUrl: fake.apiUrl, logger: silentLogger }, true));

describe("the Slack gateway", () => {
  it("paces a channel at about one post a second: two in any second, four in any four", () => {
    const pacer = new Pacer();
    const pacing = slackPacing("C0BUSY");
    const sentAt: number[] = [];
    for (let now = 0; sentAt.length < 8; now += 100)
      if (pacer.mayPost(pacing, now)) {
        pacer.count(pacing, now);
        sentAt.push(now);
      }
    expect(sentAt).toEqual([0, 100, 1000, 1100, 4000, 4100, 5000, 5100]);
    expect(pacer.mayPost(slackPacing("C0QUIET"), 5000)).toBe(true);
  });

  it("tells the outbox which failures to retry, and when", async () => {
    slack = await new FakeSlack().start();
    const gateway = gatewayOn(slack);
    slack.rateLimit("chat.postMessage");
    const limited = await gateway
      .post({ platform: "slack", conversation: "C1" }, { text: "hi" })
      .catch((e) => e);
    expect(limited).toMatchObject({ retryable: true, retryAfterMs: 0, code: "ratelimited" });
    slack.outage = 503;
    const down = await gateway
      .post({ platform: "slack", conversation: "C1" }, { text: "hi" })
      .catch((e) => e);
    expect(down).toBeInstanceOf(SendFailure);
    expect(down.retryable).toBe(true);
    slack.outage = undefined;
    expect(
      sendFailureOf({ code: "slack_webapi_platform_error", data: { error: "channel_not_found" } }),
    ).toMatchObject({
      retryable: false,
      code: "channel_not_found",
    });
    expect(
      sendFailureOf({ code: "slack_webapi_platform_error", data: { error: "fatal_error" } }).retryable,
    ).toBe(true);
  });

  it("answers through the response URL, and where it expired, as an ephemeral message", async () => {
    slack = await new FakeSlack().start();
    const gateway = gatewayOn(slack);
    const to = {
      user: { platform: "slack" as const, id: "U0ALICE" },
      in: { platform: "slack" as const, conversation: "D0ALICE" },
    };
    await gateway.answer({ ...to, replyTo: slack.responseUrl("U0ALICE") }, { text: "You claimed T-1." });
    expect(slack.responses).toEqual([
      {
        user: "U0ALICE",
        body: expect.objectContaining({ response_type: "ephemeral", text: "You claimed T-1." }),
      },
    ]);
    expect(slack.callsOf("chat.postEphemeral")).toEqual([]);
    await gateway.answer(
      { ...to, replyTo: `${slack.apiUrl.replace(/api\/$/, "")}expired` },
      { text: "T-1 is open." },
    );
    expect(slack.callsOf("chat.postEphemeral").map((c) => [c.args.user, c.args.text])).toEqual([
      ["U0ALICE", "T-1 is open."],
    ]);
  });
});

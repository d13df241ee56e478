import { afterEach, describe, expect, it } from "vitest";
import { SlackGateway } from "../../../adapters/slack/slack-gateway.js";
import { slackWebClient } from "../../../adapters/slack/slack-web.js";
import { openKeyvBackend } from "../../../adapters/storage/keyv-backend.js";
import { KeyvTicketStore } from "../../../adapters/storage/keyv-ticket-store.js";
import { cardRenderer } from "../../../src/application/card-renderer.js";
import { Desk } from "../../../src/application/desk.js";
import type { InboundEvent } from "../../../src/application/inbound-events.js";
import { OutboxDispatcher } from "../../../src/application/outbox-dispatcher.js";
import { ConfigDirectory } from "../../../src/config/config-directory.js";
import { deskConfigSchema } from "../../../src/config/desk-config.js";
import { presetPolicy } from "../../../src/policies/presets.js";
import { silentLogger } from "../../../src/ports/logger.js";
import { FakeClock } from "../../fakes/fake-clock.js";
import { FakeSlack } from "../../fakes/fake-slack.js";
import { C_ACME, DESK_CONFIG, T_TRIAGE, U_ALICE, U_CARLA } from "../../support/desk.js";

const policy = (id: string) => {
  const found = presetPolicy(id);
  if (found === undefined) throw new Error(`no preset ${id}`);
  return found;
};

let slack: FakeSlack | undefined;
let store: KeyvTicketStore | undefined;
afterEach(async () => {
  await slack?.stop();
  await store?.close();
});

/** The desk against a fake Slack through the real Web API client; the outbox runs on the test's clock. */
async function aDeskOnSlack(fake: FakeSlack) {
  const clock = new FakeClock(Date.parse("2026-03-03T09:00:00+01:00"));
  store = await KeyvTicketStore.open(await openKeyvBackend(":memory:"));
  const directory = new ConfigDirectory(deskConfigSchema.parse(DESK_CONFIG), policy);
  const gateway = new SlackGateway(
    slackWebClient({ botToken: "xoxb-t", apiUrl: fake.apiUrl, logger: silentLogger }, true),
  );
  const deps = { store, clock, directory, logger: silentLogger, policy };
  const dispatcher = new OutboxDispatcher(store, gateway, clock, silentLogger, {
    owner: "desk",
    renderCard: cardRenderer(deps),
    random: () => 0.5,
  });
  await dispatcher.sendEveryLane(true);
  const desk = new Desk({ ...deps, onCommitted: (entries) => dispatcher.offer(entries) });
  let seq = 0;
  const receive = (event: Record<string, unknown>) =>
    desk.receive({ eventId: `Ev${++seq}`, ...event } as InboundEvent);
  return { clock, dispatcher, receive, store };
}

describe("a Slack outage", () => {
  it("keeps every message through 30 s of 503s and then 429s, and sends each exactly once, in order per thread", async () => {
    slack = await new FakeSlack().start();
    const { clock, dispatcher, receive } = await aDeskOnSlack(slack);
    slack.outage = 503;
    const tickets = 6;
    for (let t = 0; t < tickets; t++) {
      const root = `1700002000.00000${t}`;
      const client = { platform: "slack", conversation: C_ACME };
      await receive({
        type: "message.posted",
        user: U_CARLA,
        conversation: client,
        message: root,
        text: `Outage ${t}: nothing loads`,
      });
      for (let k = 1; k <= 3; k++)
        await receive({
          type: "message.posted",
          user: U_CARLA,
          conversation: { ...client, thread: root },
          message: `${root}${k}`,
          text: `detail ${k} of ${t}`,
        });
      await receive({
        type: "command.invoked",
        user: U_ALICE,
        conversation: { platform: "slack", conversation: T_TRIAGE },
        text: `reply T-${t + 1} looking into outage ${t}`,
      });
    }
    const start = clock.now();
    for (let second = 1; second <= 30; second++) {
      clock.set(new Date(start + second * 1000).toISOString());
      if (second === 15) slack.outage = 429;
      await dispatcher.runDue();
    }
    const refused = slack.calls.filter((c) => c.method.endsWith("(down)")).length;
    expect(slack.callsOf("chat.postMessage")).toEqual([]);
    slack.outage = undefined;
    for (let second = 31; dispatcher.pending > 0 && second < 30 * 60; second++) {
      clock.set(new Date(start + second * 1000).toISOString());
      await dispatcher.runDue();
    }
    expect(dispatcher.pending).toBe(0);
    expect(refused).toBeGreaterThan(tickets * 2);

    const posts = slack.callsOf("chat.postMessage");
    const keys = posts.map((c) => (c.args.metadata as { event_payload: { key: string } }).event_payload.key);
    expect(new Set(keys).size).toBe(keys.length);
    // Per ticket: the answer, then the agent's reply, in the client's thread; the card, then the client's
    // details in order, under it in the triage channel.
    const texts = (channel: string, thread: string) =>
      slack?.posted(channel, thread).map((c) => String(c.args.text));
    for (let t = 0; t < tickets; t++) {
      const client = texts(C_ACME, `1700002000.00000${t}`) ?? [];
      expect(client).toHaveLength(2);
      expect(client[0]).toContain(`We have opened T-${t + 1}`);
      expect(client[1]).toBe(`Alice (support): looking into outage ${t}`);
      const card = posts.find(
        (c) => c.args.channel === T_TRIAGE && String(c.args.text).startsWith(`T-${t + 1}:`),
      );
      expect(card).toBeDefined();
      const thread = String(card?.result?.ts);
      expect(texts(T_TRIAGE, thread)).toEqual([1, 2, 3].map((k) => `Carla (client): detail ${k} of ${t}`));
    }
    // The agents' answers went to them privately, each once.
    expect(slack.callsOf("chat.postEphemeral").map((c) => c.args.text)).toHaveLength(tickets);
  });
});

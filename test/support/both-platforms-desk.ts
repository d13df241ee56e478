import { randomUUID } from "node:crypto";
import { startDeskRuntime } from "../../adapters/desk-runtime.js";
import { RoutingGateway } from "../../adapters/routing-gateway.js";
import { type SlackSetup, slackWebClient, startSlackApp } from "../../adapters/slack/slack-app.js";
import { SlackGateway } from "../../adapters/slack/slack-gateway.js";
import { SLACK_SOURCE, slackInboundHandler } from "../../adapters/slack/slack-intake.js";
import { SlackProfiles } from "../../adapters/slack/slack-web.js";
import { openKeyvBackend } from "../../adapters/storage/keyv-backend.js";
import { KeyvDirectoryLedger } from "../../adapters/storage/keyv-directory-ledger.js";
import { KeyvTicketStore } from "../../adapters/storage/keyv-ticket-store.js";
import { startTeamsApp } from "../../adapters/teams/teams-app.js";
import { TEAMS_SOURCE, teamsInboundHandler } from "../../adapters/teams/teams-intake.js";
import { TeamsReferences } from "../../adapters/teams/teams-references.js";
import { type DeskConfigInput, deskConfigSchema } from "../../src/config/desk-config.js";
import { StoredDirectory } from "../../src/config/stored-directory.js";
import { prepareLanguageModel } from "../../src/domain/priority/language-model.js";
import { prepareWordingModel } from "../../src/domain/priority/wording-model.js";
import { silentLogger } from "../../src/ports/logger.js";
import { FakeClock } from "../fakes/fake-clock.js";
import { FakeConnector } from "../fakes/fake-connector.js";
import { FakeLease } from "../fakes/fake-lease.js";
import { BOT_USER, FakeSlack, SIGNING_SECRET, signedHeaders } from "../fakes/fake-slack.js";
import { requirePolicy as policy } from "./desk.js";
import { BOT, type TEAMS_PEOPLE } from "./teams-desk.js";

type TeamsPerson = (typeof TEAMS_PEOPLE)[keyof typeof TEAMS_PEOPLE];

/**
 * One desk process on Slack and Teams at once: the real Bolt app (HTTP mode, signed requests) against a
 * fake Slack, and the real Agents SDK stack against a fake Bot Connector, sharing one store, outbox and
 * routing gateway.
 */
export async function aDeskOnSlackAndTeams(config: DeskConfigInput) {
  const slack = await new FakeSlack().start();
  const connector = await new FakeConnector().start();
  const setup: SlackSetup = {
    botToken: "xoxb-test-token",
    signingSecret: SIGNING_SECRET,
    port: 0,
    apiUrl: slack.apiUrl,
    logger: silentLogger,
    retryConfig: { retries: 3, minTimeout: 5, maxTimeout: 20 },
  };
  const backend = await openKeyvBackend(":memory:");
  const store = await KeyvTicketStore.open(backend);
  const clock = new FakeClock(Date.parse("2026-03-03T09:00:00+01:00"));
  const ledger = new KeyvDirectoryLedger(backend, "sla-desk:directory");
  const directory = await StoredDirectory.open(deskConfigSchema.parse(config), policy, ledger, {
    shared: false,
    logger: silentLogger,
  });
  const client = slackWebClient(setup);
  const profiles = new SlackProfiles(client, silentLogger);
  const references = new TeamsReferences(store);
  const routing = new RoutingGateway().register("slack", new SlackGateway(slackWebClient(setup, true), 0.01));
  // as the desk does when it starts: the first client message must not wait for them
  prepareLanguageModel();
  prepareWordingModel();
  const runtime = await startDeskRuntime({
    store,
    gateway: routing,
    clock,
    directory,
    logger: silentLogger,
    policy,
    reminders: {},
    ledger,
    lease: new FakeLease(),
    shared: false,
    owner: "both-platforms",
    tickMs: 3_600_000,
    leaseMs: 7_200_000,
    dispatch: { retryBaseMs: 20, retryMaxMs: 200 },
    handlers: (desk) => ({
      [SLACK_SOURCE]: slackInboundHandler(desk, client, profiles, () => BOT_USER),
      [TEAMS_SOURCE]: teamsInboundHandler(desk, references),
    }),
  });
  const slackApp = await startSlackApp(runtime.desk, runtime.intake, { ...setup, profiles });
  const teamsApp = await startTeamsApp(
    runtime.desk,
    runtime.intake,
    references,
    {
      port: 0,
      auth: undefined,
      logger: silentLogger,
      paceScale: 0,
      defaults: { serviceUrl: connector.url, botId: BOT.id, tenantId: "tenant-1" },
    },
    () => [directory.escalation, directory.triage].find((c) => c.platform === "teams"),
  );
  routing.register("teams", teamsApp.gateway);
  let seq = 0;

  const teamsPost = async (body: unknown) => {
    const response = await fetch(`http://127.0.0.1:${teamsApp.port}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`Teams activity answered ${response.status}`);
    return text === "" ? undefined : JSON.parse(text);
  };
  const teamsActivity = (from: TeamsPerson, conversation: Record<string, unknown>, fields: object) => ({
    type: "message",
    id: `teams-${++seq}`,
    serviceUrl: connector.url,
    channelId: "msteams",
    from,
    recipient: BOT,
    conversation: { ...conversation, tenantId: "tenant-1" },
    ...fields,
  });

  return {
    slack,
    connector,
    store,
    runtime,
    /** A Slack message event, signed, in a channel or a thread of it. */
    async slackMessage(user: string, channel: string, text: string, thread?: string) {
      const ts = `1700000000.${String(++seq).padStart(6, "0")}`;
      const body = {
        type: "event_callback",
        team_id: "T0TEAM",
        api_app_id: "A0DESK",
        event_id: `Ev${randomUUID().slice(0, 8)}`,
        event_time: Math.floor(Date.now() / 1000),
        event: {
          type: "message",
          channel,
          user,
          text,
          ts,
          channel_type: "channel",
          ...(thread !== undefined && { thread_ts: thread }),
        },
      };
      const raw = JSON.stringify(body);
      const response = await fetch(`http://127.0.0.1:${slackApp.port}/slack/events`, {
        method: "POST",
        body: raw,
        headers: { "content-type": "application/json", ...signedHeaders(raw) },
      });
      if (response.status !== 200) throw new Error(`Slack event answered ${response.status}`);
      return ts;
    },
    /** A `/ticket` slash command, signed. */
    async slackCommand(user: string, channel: string, text: string) {
      const raw = new URLSearchParams({
        command: "/ticket",
        text,
        user_id: user,
        user_name: user.toLowerCase(),
        channel_id: channel,
        team_id: "T0TEAM",
        trigger_id: `trigger-${randomUUID()}`,
        response_url: slack.responseUrl(user),
      }).toString();
      const response = await fetch(`http://127.0.0.1:${slackApp.port}/slack/events`, {
        method: "POST",
        body: raw,
        headers: { "content-type": "application/x-www-form-urlencoded", ...signedHeaders(raw) },
      });
      if (response.status !== 200) throw new Error(`Slack command answered ${response.status}`);
    },
    /** A Teams message: a channel thread's reply, a new channel post, or a chat message. */
    async teamsMessage(
      from: TeamsPerson,
      where: { channel: string; thread?: string } | { chat: string },
      text: string,
      extra: object = {},
    ) {
      const activity = teamsActivity(
        from,
        "channel" in where
          ? {
              id: where.thread === undefined ? where.channel : `${where.channel};messageid=${where.thread}`,
              conversationType: "channel",
            }
          : { id: where.chat, conversationType: "groupChat" },
        { text, ...extra },
      );
      await teamsPost(activity);
      return activity.id;
    },
    /** A Teams card button (`Action.Execute`); resolves with the invoke's response. */
    teamsPress(from: TeamsPerson, conversation: string, verb: string, data: Record<string, unknown>) {
      return teamsPost(
        teamsActivity(
          from,
          { id: conversation, conversationType: "channel" },
          {
            type: "invoke",
            name: "adaptiveCard/action",
            value: { action: { type: "Action.Execute", verb, data } },
          },
        ),
      );
    },
    settled: () => runtime.settled(),
    async stop() {
      runtime.refuseNew();
      await runtime.stop(5000);
      await slackApp.stop();
      await teamsApp.stop();
      await connector.stop();
      await slack.stop();
      await store.close();
    },
  };
}

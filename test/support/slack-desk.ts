import { randomUUID } from "node:crypto";
import { startDeskRuntime } from "../../adapters/desk-runtime.js";
import { chartRenderer } from "../../adapters/reports/charts.js";
import { type SlackSetup, slackWebClient, startSlackApp } from "../../adapters/slack/slack-app.js";
import { SlackGateway } from "../../adapters/slack/slack-gateway.js";
import { SLACK_SOURCE, slackInboundHandler } from "../../adapters/slack/slack-intake.js";
import { SlackProfiles } from "../../adapters/slack/slack-web.js";
import { openKeyvBackend } from "../../adapters/storage/keyv-backend.js";
import { KeyvDirectoryLedger } from "../../adapters/storage/keyv-directory-ledger.js";
import { KeyvMaintenanceLedger } from "../../adapters/storage/keyv-maintenance-ledger.js";
import { KeyvTicketStore } from "../../adapters/storage/keyv-ticket-store.js";
import { deskConfigSchema } from "../../src/config/desk-config.js";
import { StoredDirectory } from "../../src/config/stored-directory.js";
import { prepareLanguageModel } from "../../src/domain/priority/language-model.js";
import { prepareWordingModel } from "../../src/domain/priority/wording-model.js";
import { presetPolicy } from "../../src/policies/presets.js";
import { silentLogger } from "../../src/ports/logger.js";
import { FakeClock } from "../fakes/fake-clock.js";
import { FakeLease } from "../fakes/fake-lease.js";
import { BOT_USER, FakeSlack, SIGNING_SECRET, signedHeaders } from "../fakes/fake-slack.js";
import { DESK_CONFIG } from "./desk.js";

const policy = (id: string) => {
  const found = presetPolicy(id);
  if (found === undefined) throw new Error(`no preset ${id}`);
  return found;
};

/**
 * The real Bolt app and Web API client, wired to the desk's runtime (intake, outbox, scheduler), against
 * a fake Slack on loopback: HTTP mode (signed requests to /slack/events) or Socket Mode (envelopes over
 * the fake's WebSocket). The desk's clock is a fake one the test moves; pacing and retries run in real
 * time, paced as in production on a hundredth of the time.
 */
export async function aSlackDesk(mode: "http" | "socket" = "http") {
  const slack = await new FakeSlack().start();
  const setup: SlackSetup = {
    botToken: "xoxb-test-token",
    ...(mode === "http" ? { signingSecret: SIGNING_SECRET, port: 0 } : { appToken: "xapp-test-token" }),
    apiUrl: slack.apiUrl,
    logger: silentLogger,
    retryConfig: { retries: 3, minTimeout: 5, maxTimeout: 20 },
  };
  const backend = await openKeyvBackend(":memory:");
  const store = await KeyvTicketStore.open(backend);
  const clock = new FakeClock(Date.parse("2026-03-03T09:00:00+01:00"));
  const ledger = new KeyvDirectoryLedger(backend, "sla-desk:directory");
  const directory = await StoredDirectory.open(deskConfigSchema.parse(DESK_CONFIG), policy, ledger, {
    shared: false,
    logger: silentLogger,
  });
  const client = slackWebClient(setup);
  const profiles = new SlackProfiles(client, silentLogger);
  // as the desk does when it starts: the first client message must not wait for them
  prepareLanguageModel();
  prepareWordingModel();
  const runtime = await startDeskRuntime({
    store,
    gateway: new SlackGateway(slackWebClient(setup, true), 0.01),
    clock,
    directory,
    logger: silentLogger,
    policy,
    reminders: {},
    ledger,
    maintenance: new KeyvMaintenanceLedger(backend, "sla-desk:maintenance"),
    charts: chartRenderer,
    lease: new FakeLease(),
    shared: false,
    owner: "test-desk",
    // The test runs the scheduler's ticks itself.
    tickMs: 3_600_000,
    leaseMs: 7_200_000,
    dispatch: { retryBaseMs: 20, retryMaxMs: 200 },
    handlers: (desk) => ({ [SLACK_SOURCE]: slackInboundHandler(desk, client, profiles, () => BOT_USER) }),
  });
  const { desk, scheduler } = runtime;
  const running = await startSlackApp(desk, runtime.intake, { ...setup, profiles });
  const endpoint = `http://127.0.0.1:${running.port}/slack/events`;
  let stopped = false;

  const signedPost = (body: string, contentType: string, extra: Record<string, string> = {}) =>
    fetch(endpoint, {
      method: "POST",
      body,
      headers: { "content-type": contentType, ...signedHeaders(body), ...extra },
    });

  /** A `block_actions` payload carrying one element's action (a button click, a menu pick). */
  const act = (user: string, channel: string, action: Record<string, unknown>, messageTs: string) => {
    const payload = {
      type: "block_actions",
      user: { id: user },
      api_app_id: "A0DESK",
      trigger_id: `trigger-${randomUUID()}`,
      team: { id: "T0TEAM" },
      channel: { id: channel },
      container: { type: "message", channel_id: channel, message_ts: messageTs },
      response_url: slack.responseUrl(user),
      actions: [{ block_id: "b1", action_ts: String(Date.now() / 1000), ...action }],
    };
    if (mode === "socket") return slack.sendEnvelope("interactive", payload);
    return signedPost(
      new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
      "application/x-www-form-urlencoded",
    );
  };

  return {
    slack,
    store,
    clock,
    desk,
    scheduler,
    runtime,
    /** Runs one scheduler tick at `iso` and waits until what it queued is sent. */
    async tickAt(iso: string) {
      clock.set(iso);
      await scheduler.tick();
      await runtime.settled();
    },
    endpoint,
    signedPost,
    /** An Events API `event_callback` carrying a `message` event. */
    async message(
      user: string,
      channel: string,
      text: string,
      options: { thread?: string; eventId?: string; retry?: number } = {},
    ) {
      const ts = `1700000000.${randomUUID().slice(0, 6).replace(/\D/g, "1").padEnd(6, "0")}`;
      const body = {
        token: "verification-token",
        team_id: "T0TEAM",
        api_app_id: "A0DESK",
        type: "event_callback",
        event_id: options.eventId ?? `Ev${randomUUID().slice(0, 8)}`,
        event_time: Math.floor(Date.now() / 1000),
        event: {
          type: "message",
          channel,
          user,
          text,
          ts,
          ...(options.thread !== undefined && { thread_ts: options.thread }),
          channel_type: "channel",
        },
      };
      slack.remember(channel, {
        ts,
        user,
        text,
        ...(options.thread !== undefined && { thread_ts: options.thread }),
      });
      const extra: Record<string, string> =
        options.retry === undefined
          ? {}
          : { "x-slack-retry-num": String(options.retry), "x-slack-retry-reason": "http_timeout" };
      if (mode === "socket") await slack.sendEnvelope("events_api", body);
      else {
        const response = await signedPost(JSON.stringify(body), "application/json", extra);
        if (response.status !== 200) throw new Error(`event answered ${response.status}`);
      }
      return { ts, body };
    },
    /** An Events API event other than a message (a reaction, say), signed or over the socket. */
    async event(event: Record<string, unknown>, eventId = `Ev${randomUUID().slice(0, 8)}`) {
      const body = {
        type: "event_callback",
        team_id: "T0TEAM",
        api_app_id: "A0DESK",
        event_id: eventId,
        event_time: 1,
        event,
      };
      if (mode === "socket") return slack.sendEnvelope("events_api", body);
      return signedPost(JSON.stringify(body), "application/json");
    },
    /** A message shortcut ("Create ticket") used on a message. */
    async shortcut(user: string, channel: string, message: Record<string, unknown>) {
      const payload = {
        type: "message_action",
        callback_id: "create_ticket",
        trigger_id: `trigger-${randomUUID()}`,
        user: { id: user },
        channel: { id: channel },
        team: { id: "T0TEAM" },
        message_ts: message.ts,
        message: { type: "message", ...message },
        response_url: slack.responseUrl(user),
      };
      if (mode === "socket") return slack.sendEnvelope("interactive", payload);
      return signedPost(
        new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
        "application/x-www-form-urlencoded",
      );
    },
    /** A `/ticket` slash command, as Slack posts it (form fields). */
    async command(user: string, channel: string, text: string) {
      const fields = {
        command: "/ticket",
        text,
        user_id: user,
        user_name: user.toLowerCase(),
        channel_id: channel,
        team_id: "T0TEAM",
        trigger_id: `trigger-${randomUUID()}`,
        response_url: slack.responseUrl(user),
      };
      if (mode === "socket") return slack.sendEnvelope("slash_commands", fields);
      return signedPost(new URLSearchParams(fields).toString(), "application/x-www-form-urlencoded");
    },
    /** A `block_actions` payload for one button click. */
    click(user: string, channel: string, actionId: string, value: string, messageTs = "1700000100.000001") {
      return act(user, channel, { type: "button", action_id: actionId, value }, messageTs);
    },
    /** A `block_actions` payload for a pick in a select menu (`static_select`, `users_select`). */
    pick(
      user: string,
      channel: string,
      element: { type: string; action_id: string },
      picked: string,
      messageTs: string,
    ) {
      const choice =
        element.type === "users_select"
          ? { selected_user: picked }
          : { selected_option: { text: { type: "plain_text", text: picked }, value: picked } };
      return act(user, channel, { type: element.type, action_id: element.action_id, ...choice }, messageTs);
    },
    /** A `view_submission` payload. */
    async submitView(user: string, view: Record<string, unknown>) {
      const payload = {
        type: "view_submission",
        user: { id: user },
        api_app_id: "A0DESK",
        team: { id: "T0TEAM" },
        trigger_id: `trigger-${randomUUID()}`,
        view,
      };
      if (mode === "socket") return slack.sendEnvelope("interactive", payload);
      return signedPost(
        new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
        "application/x-www-form-urlencoded",
      );
    },
    /** Stops everything; a second call does nothing (an afterEach may see the same desk twice). */
    async stop() {
      if (stopped) return;
      stopped = true;
      runtime.refuseNew();
      await runtime.stop(5000);
      await running.stop();
      await slack.stop();
      await store.close();
    },
  };
}

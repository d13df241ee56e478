// Slack HTTP mode under load: signed `/ticket` slash commands sent open-loop at a fixed rate to the real
// Bolt app (the desk behind it on SQLite, a stand-in Web API on loopback answering ok), timing each
// request until Slack would have its acknowledgement. Slack's limit is 3 s; the goal is p99 < 100 ms.
import { createHmac } from "node:crypto";
import { createServer } from "node:http";
import { performance } from "node:perf_hooks";
import { startSlackApp } from "../dist/adapters/slack/slack-app.js";
import { SlackGateway } from "../dist/adapters/slack/slack-gateway.js";
import { slackWebClient } from "../dist/adapters/slack/slack-web.js";
import { openKeyvBackend } from "../dist/adapters/storage/keyv-backend.js";
import { KeyvTicketStore } from "../dist/adapters/storage/keyv-ticket-store.js";
import { systemClock } from "../dist/adapters/system-clock.js";
import { Desk } from "../dist/src/application/desk.js";
import { ConfigDirectory } from "../dist/src/config/config-directory.js";
import { deskConfigSchema } from "../dist/src/config/desk-config.js";
import { presetPolicy } from "../dist/src/policies/presets.js";
import { silentLogger } from "../dist/src/ports/logger.js";

const SECRET = "bench-signing-secret";
const SECONDS = Number(process.env.BENCH_SLACK_SECONDS ?? 10);

async function stubWebApi() {
  let ts = 0;
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      ts += 1;
      response.writeHead(200, { "content-type": "application/json" });
      response.end(
        JSON.stringify({
          ok: true,
          ts: `1700000000.${ts}`,
          message_ts: `1700000000.${ts}`,
          channel: { id: "D1" },
          user_id: "U0BOT",
          bot_id: "B0BOT",
          user: { id: "U", real_name: "Agent" },
        }),
      );
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/api/` };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

async function drive(endpoint, perSecond) {
  const total = perSecond * SECONDS;
  const latencies = [];
  const started = performance.now();
  const requests = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const body = new URLSearchParams({
      command: "/ticket",
      text: i % 2 === 0 ? "status T-1" : "list open",
      user_id: "U0AGENT",
      channel_id: "C0TRIAGE",
      team_id: "T0",
      trigger_id: `bench-${perSecond}-${i}`,
    }).toString();
    const at = Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac("sha256", SECRET).update(`v0:${at}:${body}`).digest("hex")}`;
    const sent = performance.now();
    requests.push(
      fetch(endpoint, {
        method: "POST",
        body,
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "x-slack-signature": signature,
          "x-slack-request-timestamp": String(at),
        },
      }).then(async (response) => {
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`answered ${response.status}`);
        latencies.push(performance.now() - sent);
      }),
    );
  }
  await Promise.all(requests);
  return latencies.sort((a, b) => a - b);
}

export async function runSlackAckBench() {
  const api = await stubWebApi();
  const setup = {
    botToken: "xoxb-bench",
    signingSecret: SECRET,
    apiUrl: api.url,
    port: 0,
    logger: silentLogger,
  };
  const store = await KeyvTicketStore.open(await openKeyvBackend(":memory:"));
  const policy = (id) => presetPolicy(id);
  const directory = new ConfigDirectory(
    deskConfigSchema.parse({
      triage: { platform: "slack", conversation: "C0TRIAGE" },
      customers: [{ id: "acme", channels: [{ platform: "slack", conversation: "C0ACME" }] }],
      agents: [{ platform: "slack", id: "U0AGENT", name: "Agent" }],
    }),
    policy,
  );
  const desk = new Desk({
    store,
    gateway: new SlackGateway(slackWebClient(setup)),
    clock: systemClock,
    directory,
    logger: silentLogger,
    policy,
  });
  await desk.handle({
    type: "message.posted",
    eventId: "seed",
    user: { platform: "slack", id: "U0CLIENT" },
    conversation: { platform: "slack", conversation: "C0ACME" },
    message: "1700000000.000001",
    text: "Our checkout is down for all users",
  });
  const running = await startSlackApp(desk, setup);
  const endpoint = `http://127.0.0.1:${running.port}/slack/events`;
  console.log(
    `\nSlack HTTP mode: signed /ticket commands sent open-loop for ${SECONDS} s each, time to Slack's ack`,
  );
  for (const rate of [200, 400]) {
    const latencies = await drive(endpoint, rate);
    console.log(
      `  ${rate} requests/s: ${latencies.length} acked, p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${(latencies.at(-1) ?? 0).toFixed(1)} ms${rate === 200 ? " (goal: p99 < 100 ms)" : ""}`,
    );
  }
  await running.stop();
  await store.close();
  api.server.close();
}

if (process.argv[1] === import.meta.filename) await runSlackAckBench();

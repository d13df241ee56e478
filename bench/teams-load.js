// The Teams load process: a stand-in Bot Connector and a stand-in Slack on loopback (in this process),
// and the real `sla-desk serve` on Slack (HTTP mode) and Teams (local mode) at once in its own process.
// Each run sends client messages at a fixed rate, open loop, first as Slack events, then as Teams
// activities, and times each request's acknowledgement (the HTTP answer, sent once the event is in the
// store) on this process's clock. Run by `npm run bench`; prints its own lines.
import { createHmac } from "node:crypto";
import { createServer } from "node:http";
import { performance } from "node:perf_hooks";
import { startServe } from "./serve-process.js";
import { startStandInSlack } from "./stand-in-slack.js";

const SECRET = "bench-signing-secret";
const SECONDS = Number(process.env.BENCH_TEAMS_SECONDS ?? 6);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const RATE = Number(process.env.BENCH_TEAMS_RATE ?? 200);
const CHANNELS = 200;

const teamsChannel = (i) => `19:customer-${i}@thread.tacv2`;
const config = {
  triage: { platform: "slack", conversation: "C0TRIAGE" },
  customers: Array.from({ length: CHANNELS }, (_, i) => ({
    id: `customer-${i}`,
    channels: [
      { platform: "slack", conversation: `C0CUST${i}` },
      { platform: "teams", conversation: teamsChannel(i) },
    ],
  })),
  agents: [{ platform: "slack", id: "U0AGENT", name: "Agent" }],
};

/** A stand-in Bot Connector: takes every post and update as the service does. */
async function startStandInConnector() {
  let seq = 0;
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      response.writeHead(request.method === "POST" ? 201 : 200, { "content-type": "application/json" });
      response.end(JSON.stringify({ id: `bench-${++seq}` }));
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}

async function startDesk(slack) {
  const env = { ...process.env };
  for (const name of Object.keys(env))
    if (/^(SLA_DESK_|SLACK_|MICROSOFT_|TEAMS_|REDIS_URL|DATABASE_URL)/.test(name)) delete env[name];
  Object.assign(env, {
    SLACK_BOT_TOKEN: "xoxb-bench",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.apiUrl,
    SLA_DESK_TEAMS: "local",
    PORT: "0",
    TEAMS_PORT: "0",
    METRICS_PORT: "off",
    LOG_LEVEL: "error",
  });
  const { child, ports } = await startServe(config, env, [
    /HTTP mode on port (\d+)/,
    /on Teams \(.*port (\d+)/,
  ]);
  return { child, ports: { slack: ports[0], teams: ports[1] } };
}

function slackRequest(i) {
  const body = JSON.stringify({
    type: "event_callback",
    event_id: `EvTeamsBench${i}`,
    team_id: "T0",
    api_app_id: "A0",
    event: {
      type: "message",
      channel: `C0CUST${i % CHANNELS}`,
      user: `U0CLIENT${i % 97}`,
      text: "Checkout fails for all our users",
      ts: `1700000000.${String(i).padStart(6, "0")}`,
    },
  });
  const at = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac("sha256", SECRET).update(`v0:${at}:${body}`).digest("hex")}`;
  return {
    body,
    headers: {
      "content-type": "application/json",
      "x-slack-signature": signature,
      "x-slack-request-timestamp": String(at),
    },
  };
}

function teamsRequest(i, serviceUrl) {
  const id = `teams-bench-${i}`;
  const body = JSON.stringify({
    type: "message",
    id,
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: "msteams",
    from: { id: `29:client-${i % 97}`, aadObjectId: `aad-client-${i % 97}`, name: "Client" },
    recipient: { id: "28:bench-bot", name: "SLA Desk" },
    conversation: {
      id: `${teamsChannel(i % CHANNELS)};messageid=${id}`,
      conversationType: "channel",
      tenantId: "t",
    },
    channelData: { tenant: { id: "t" } },
    text: "Checkout fails for all our users",
  });
  return { body, headers: { "content-type": "application/json" } };
}

/** Sends `RATE` requests a second for `SECONDS`, open loop; resolves with each acknowledgement's latency. */
async function drive(url, request) {
  const total = RATE * SECONDS;
  const latencies = [];
  let refused = 0;
  const started = performance.now();
  const inflight = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const { body, headers } = request(i);
    const at = performance.now();
    inflight.push(
      fetch(url, { method: "POST", body, headers })
        .then(async (response) => {
          await response.arrayBuffer();
          if (response.status === 200) latencies.push(performance.now() - at);
          else refused += 1;
        })
        .catch(() => {
          refused += 1;
        }),
    );
  }
  await Promise.all(inflight);
  latencies.sort((a, b) => a - b);
  return { latencies, refused, total };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const results = { slack: [], teams: [] };
for (let run = 0; run < RUNS; run++) {
  const slack = await startStandInSlack();
  const connector = await startStandInConnector();
  const desk = await startDesk(slack);
  const slackRun = await drive(`http://127.0.0.1:${desk.ports.slack}/slack/events`, slackRequest);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const teamsRun = await drive(`http://127.0.0.1:${desk.ports.teams}/api/messages`, (i) =>
    teamsRequest(i, connector.url),
  );
  results.slack.push(slackRun);
  results.teams.push(teamsRun);
  desk.child.kill("SIGTERM");
  await new Promise((resolve) => desk.child.once("exit", resolve));
  await connector.stop();
  await slack.stop();
}

console.log(
  `\nAcknowledgement latency in one desk on Slack and Teams (real serve, SQLite), from this separate load process`,
);
console.log(`  ${RATE} client messages/s for ${SECONDS} s per platform, median of ${RUNS} runs`);
for (const [platform, runs] of Object.entries(results)) {
  const p = (q) => median(runs.map((r) => percentile(r.latencies, q)));
  const refused = runs.reduce((sum, r) => sum + r.refused, 0);
  console.log(
    `  ${platform === "teams" ? "Teams activities" : "Slack events    "}: ack p50 ${p(50).toFixed(1)} ms, p99 ${p(99).toFixed(1)} ms` +
      `${platform === "teams" ? " (goal p99 < 100 ms)" : ""}; acknowledged ${runs.map((r) => `${r.latencies.length}/${r.total}`).join(", ")}` +
      `${refused > 0 ? ` (${refused} not acknowledged)` : ""}`,
  );
}

// The load process: a stand-in Slack on loopback (in this process) and the real `sla-desk serve` in Slack
// HTTP mode (its own process), driven open-loop at fixed rates with mixed traffic: half clients' messages
// (answered by the acknowledgement in their thread), half agents' `/ticket` commands (answered through
// their response_url). Latency is from the signed request sent to the answer arriving at the stand-in,
// both on this process's clock. Run by `npm run bench`; prints its own lines.
import { spawnSync } from "node:child_process";
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { startServe } from "./serve-process.js";
import { startStandInSlack } from "./stand-in-slack.js";

const SECRET = "bench-signing-secret";
const SECONDS = Number(process.env.BENCH_E2E_SECONDS ?? 8);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const RATES = (process.env.BENCH_E2E_RATES ?? "100,200,400").split(",").map(Number);
const CHANNELS = 400;

const config = {
  triage: { platform: "slack", conversation: "C0TRIAGE" },
  customers: Array.from({ length: CHANNELS }, (_, i) => ({
    id: `customer-${i}`,
    channels: [{ platform: "slack", conversation: `C0CUST${i}` }],
  })),
  agents: [{ platform: "slack", id: "U0AGENT", name: "Agent" }],
};

function signed(body) {
  const at = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac("sha256", SECRET).update(`v0:${at}:${body}`).digest("hex")}`;
  return { "x-slack-signature": signature, "x-slack-request-timestamp": String(at) };
}

async function startDesk(slack) {
  const env = { ...process.env, SLACK_BOT_TOKEN: "xoxb-bench", SLACK_SIGNING_SECRET: SECRET };
  Object.assign(env, { SLACK_API_URL: slack.apiUrl, PORT: "0", METRICS_PORT: "0", LOG_LEVEL: "error" });
  for (const name of ["REDIS_URL", "DATABASE_URL", "SLA_DESK_CONFIG", "SLACK_APP_TOKEN", "SLACK_PACE_SCALE"])
    delete env[name];
  const { child, ports, output } = await startServe(config, env, [/HTTP mode on port (\d+)/]);
  return { child, port: ports[0], output };
}

function percentile(sorted, p) {
  return sorted.length === 0
    ? Number.NaN
    : sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
  return { rssMb: kb("VmRSS") / 1024, peakMb: kb("VmHWM") / 1024 };
}

/** When Slack's pace (2 a second, 4 in four seconds) would let each card go, each available at `ready[k]`. */
function idealPace(ready) {
  const sent = [];
  for (const at of ready) {
    let slot = at;
    for (;;) {
      const inSecond = sent.filter((s) => s + 1000 > slot);
      const inFour = sent.filter((s) => s + 4000 > slot);
      if (inSecond.length < 2 && inFour.length < 4) break;
      slot = Math.max(
        inSecond.length >= 2 ? inSecond[inSecond.length - 2] + 1000 : slot,
        inFour.length >= 4 ? inFour[inFour.length - 4] + 4000 : slot,
      );
    }
    sent.push(slot);
  }
  return sent;
}

async function runAt(rate) {
  const slack = await startStandInSlack();
  const desk = await startDesk(slack);
  const url = `http://127.0.0.1:${desk.port}/slack/events`;
  const sent = [];
  const started = performance.now();
  const total = rate * SECONDS;
  const inflight = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const at = performance.now();
    let body;
    let type;
    let answer;
    if (i % 2 === 0) {
      const channel = `C0CUST${(i / 2) % CHANNELS}`;
      const ts = `1700000000.${String(i).padStart(6, "0")}`;
      body = JSON.stringify({
        type: "event_callback",
        event_id: `EvLoad${i}`,
        team_id: "T0",
        api_app_id: "A0",
        event: {
          type: "message",
          channel,
          user: `U0CLIENT${i % 97}`,
          text: "Checkout fails for all our users",
          ts,
        },
      });
      type = "application/json";
      answer = () => slack.arrivals.threadPosts.get(`${channel}/${ts}`);
    } else {
      body = new URLSearchParams({
        command: "/ticket",
        text: "list",
        user_id: "U0AGENT",
        channel_id: "C0TRIAGE",
        team_id: "T0",
        trigger_id: `trigger-${i}`,
        response_url: slack.responseUrl(`r${i}`),
      }).toString();
      type = "application/x-www-form-urlencoded";
      answer = () => slack.arrivals.responses.get(`r${i}`);
    }
    const request = { at, answer, status: 0, message: i % 2 === 0 };
    sent.push(request);
    inflight.push(
      fetch(url, { method: "POST", body, headers: { "content-type": type, ...signed(body) } })
        .then(async (r) => {
          request.status = r.status;
          await r.arrayBuffer();
        })
        .catch(() => {}),
    );
  }
  await Promise.all(inflight);
  const sentFor = performance.now() - started;
  const deadline = performance.now() + 15_000;
  while (sent.some((r) => r.answer() === undefined) && performance.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50));
  const memory = memoryOf(desk.child.pid);
  const latencies = sent.filter((r) => r.answer() !== undefined).map((r) => r.answer() - r.at);
  const half = (part) =>
    sent
      .slice(part === 0 ? 0 : sent.length / 2, part === 0 ? sent.length / 2 : sent.length)
      .filter((r) => r.answer() !== undefined)
      .map((r) => r.answer() - r.at)
      .sort((a, b) => a - b);
  const ready = sent.filter((r) => r.message).map((r) => r.at);
  const cards = slack.arrivals.cards;
  const ideal = idealPace(ready.slice(0, cards.length));
  const lag = cards.map((at, k) => at - ideal[k]).sort((a, b) => a - b);
  desk.child.kill("SIGTERM");
  await new Promise((resolve) => desk.child.once("exit", resolve));
  await slack.stop();
  latencies.sort((a, b) => a - b);
  return {
    rate,
    sentRate: (total / sentFor) * 1000,
    answered: latencies.length,
    total,
    acked: sent.filter((r) => r.status === 200).length,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1),
    p99First: percentile(half(0), 99),
    p99Last: percentile(half(1), 99),
    cards: cards.length,
    lagP50: percentile(lag, 50),
    lagMax: lag.at(-1) ?? Number.NaN,
    ...memory,
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (n) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : "n/a");

const bare =
  Number(
    spawnSync(process.execPath, ["-e", "console.log(process.memoryUsage().rss)"], { encoding: "utf8" })
      .stdout,
  ) / 1048576;
console.log(`\nEnd to end through the real serve (Slack HTTP mode, SQLite), from this separate load process`);
console.log(
  `  ${SECONDS} s per run, median of ${RUNS} runs; half client messages over ${CHANNELS} channels, half /ticket commands`,
);
for (const rate of RATES) {
  const runs = [];
  for (let r = 0; r < RUNS; r++) runs.push(await runAt(rate));
  const m = (key) => median(runs.map((run) => run[key]));
  const delivered = runs.every((run) => run.answered === run.total && run.acked === run.total);
  console.log(
    `  ${rate} req/s (sent at ${m("sentRate").toFixed(0)}/s): answer p50 ${ms(m("p50"))}, p99 ${ms(m("p99"))}, max ${ms(m("max"))}` +
      `${rate === 200 ? " (goal p99 < 250 ms)" : ""}; answered ${runs.map((run) => `${run.answered}/${run.total}`).join(", ")}` +
      `${delivered ? "" : " (NOT every answer delivered)"}`,
  );
  console.log(
    `    backlog: p99 in the first half ${ms(m("p99First"))}, in the second half ${ms(m("p99Last"))}; ` +
      `triage cards out during the run ${m("cards")} at Slack's pace, lag behind that pace p50 ${ms(m("lagP50"))}, max ${ms(m("lagMax"))}`,
  );
  console.log(
    `    desk RSS ${m("rssMb").toFixed(0)} MB, peak ${m("peakMb").toFixed(0)} MB (a bare node process: ${bare.toFixed(0)} MB)`,
  );
}

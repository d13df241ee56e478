// Due-time throughput on cm-connect-engage (Dutch holidays on), against moment-business-time as a peer,
// and the `npx sla-desk due --batch` wall time for 100,000 lines.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { formatInstant } from "../dist/src/domain/sla/instant.js";
import { presetPolicy } from "../dist/src/policies/presets.js";

const require = createRequire(import.meta.url);
const CASES = 100_000;
const PEER_SAMPLE = 10_000;
const ZONE = "Europe/Amsterdam";
const PRIORITIES = ["P1", "P2", "P3", "P4", "P5"];
const FIRST_RESPONSE_MINUTES = { P1: 60, P2: 60, P3: 480, P4: 480, P5: 480 };

function randomCases(count) {
  let seed = 20261121;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const from = Date.UTC(2024, 0, 1);
  const minutes = 3 * 365 * 24 * 60;
  return Array.from({ length: count }, () => ({
    start: from + Math.floor(next() * minutes) * 60_000,
    priority: PRIORITIES[Math.floor(next() * PRIORITIES.length)],
  }));
}

function ours(policy, cases) {
  const due = new Float64Array(cases.length);
  const started = performance.now();
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    due[i] = policy.dueAt("first_response", null, c.priority, c.start);
  }
  return { due, seconds: (performance.now() - started) / 1000 };
}

function peer(cases) {
  const moment = require("moment-timezone");
  require("moment-business-time");
  const Holidays = require("date-holidays");
  const holidays = [];
  for (let year = 2023; year <= 2028; year++) {
    for (const h of new Holidays("NL").getHolidays(year))
      if (h.type === "public") holidays.push(h.date.slice(0, 10));
  }
  const day = ["08:30:00", "17:00:00"];
  moment.updateLocale("en", {
    workinghours: { 0: null, 1: day, 2: day, 3: day, 4: day, 5: day, 6: null },
    holidays,
  });
  const due = new Float64Array(cases.length);
  const started = performance.now();
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    due[i] = moment.tz(c.start, ZONE).addWorkingTime(FIRST_RESPONSE_MINUTES[c.priority], "minutes").valueOf();
  }
  return { due, seconds: (performance.now() - started) / 1000 };
}

function batchCommand() {
  const policies = [
    ["cm-connect-engage", null, ["P1", "P2", "P3", "P4", "P5"]],
    ["celigo", "preferred", ["urgent", "high", "normal", "low"]],
    ["kissflow", null, ["critical", "high", "medium", "low"]],
    ["managed-helpdesk", null, ["P1", "P2", "P3", "P4", "P5"]],
    ["kongo-hubspot", null, ["standard"]],
  ];
  const lines = randomCases(CASES).map((c, i) => {
    const [policy, plan, levels] = policies[i % policies.length];
    const line = { policy, priority: levels[i % levels.length], opened: new Date(c.start).toISOString() };
    return JSON.stringify(plan ? { ...line, plan } : line);
  });
  const input = join(tmpdir(), `sla-desk-bench-${process.pid}.jsonl`);
  writeFileSync(input, `${lines.join("\n")}\n`);
  const runs = [];
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    const result = spawnSync("sh", ["-c", `npx sla-desk due --batch < "${input}"`], { maxBuffer: 1 << 30 });
    runs.push({
      seconds: (performance.now() - started) / 1000,
      lines: result.stdout.toString().split("\n").length - 1,
    });
  }
  return runs;
}

export function runSlaEngineBench() {
  const policy = presetPolicy("cm-connect-engage");
  const cases = randomCases(CASES);
  ours(policy, cases.slice(0, 5_000)); // warm the interval index and the JIT
  const mine = ours(policy, cases);
  const sample = cases.slice(0, PEER_SAMPLE);
  const theirs = peer(sample);
  const disagreements = [];
  for (let i = 0; i < sample.length; i++) {
    if (mine.due[i] !== theirs.due[i]) disagreements.push(i);
  }
  const ourRate = CASES / mine.seconds;
  const peerRate = PEER_SAMPLE / theirs.seconds;
  console.log(
    "SLA engine: first-response due times on cm-connect-engage (Mon-Fri 08:30-17:00 Amsterdam, NL holidays)",
  );
  console.log(
    `  sla-desk             ${CASES} cases in ${(mine.seconds * 1000).toFixed(1)} ms = ${Math.round(ourRate).toLocaleString("en")} per second`,
  );
  console.log(
    `  moment-business-time ${PEER_SAMPLE} cases in ${(theirs.seconds * 1000).toFixed(1)} ms = ${Math.round(peerRate).toLocaleString("en")} per second`,
  );
  console.log(`  speed-up             ${Math.round(ourRate / peerRate)}x (goal: at least 300x)`);
  console.log(`  agreement            ${sample.length - disagreements.length} of ${sample.length} identical`);
  for (const i of disagreements.slice(0, 10)) {
    const c = sample[i];
    console.log(
      `    differs: ${c.priority} opened ${formatInstant(c.start, ZONE)}: sla-desk ${formatInstant(mine.due[i], ZONE)}, peer ${formatInstant(theirs.due[i], ZONE)}`,
    );
  }
  const runs = batchCommand();
  const best = Math.min(...runs.map((r) => r.seconds));
  console.log(
    `npx sla-desk due --batch: ${runs[0].lines} lines out; runs ${runs.map((r) => `${r.seconds.toFixed(2)} s`).join(", ")}; best ${best.toFixed(2)} s (goal: under 1.5 s)`,
  );
}

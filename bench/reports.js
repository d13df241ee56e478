// The compliance report over 100,000 tickets, as a support lead runs it: `sla-desk report compliance`
// on an exported file, end to end in its own process, beside the floor of a bare `node` reading and
// parsing the same file. Medians of several runs.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

const TICKETS = Number(process.env.BENCH_REPORT_TICKETS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const bin = join(import.meta.dirname, "..", "bin", "sla-desk.js");
const LEVELS = ["urgent", "high", "normal", "low"];

/** Tickets spread over a quarter: opened, answered (a few late), some with a client reply and a follow-up. */
function ticketLines() {
  const start = Date.parse("2026-01-01T08:00:00Z");
  const lines = [];
  for (let i = 0; i < TICKETS; i++) {
    const opened = start + (i % 89) * 86_400_000 + (i % 600) * 60_000;
    const iso = (ms) => new Date(ms).toISOString();
    const events = [
      { at: iso(opened), type: "opened", priority: LEVELS[i % LEVELS.length] },
      { at: iso(opened + (i % 17 === 0 ? 5 : 0.5) * 3_600_000), type: "agent_reply" },
    ];
    if (i % 3 === 0)
      events.push(
        { at: iso(opened + 6 * 3_600_000), type: "customer_reply" },
        { at: iso(opened + 9 * 3_600_000), type: "agent_reply" },
      );
    if (i % 5 === 0) events.push({ at: iso(opened + 30 * 3_600_000), type: "resolved" });
    lines.push(JSON.stringify({ ticket: `T-${i + 1}`, events }));
  }
  return `${lines.join("\n")}\n`;
}

function timed(args) {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 30 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed: ${result.stderr}`);
  return { seconds, out: result.stdout };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function runReportBench() {
  console.log(
    `\nCompliance report over ${TICKETS.toLocaleString("en")} tickets (celigo premier, a quarter), from a file`,
  );
  const file = join(mkdtempSync(join(tmpdir(), "sla-desk-report-")), "tickets.jsonl");
  writeFileSync(file, ticketLines());
  const report = [];
  const floor = [];
  let summary;
  for (let run = 0; run < RUNS; run++) {
    const answer = timed([
      bin,
      "report",
      "compliance",
      "--policy",
      "celigo",
      "--plan",
      "premier",
      "--period",
      "2026-Q1",
      "--tickets",
      file,
    ]);
    report.push(answer.seconds);
    summary = JSON.parse(answer.out);
    floor.push(
      timed([
        "-e",
        `const lines = require("fs").readFileSync(${JSON.stringify(file)}, "utf8").split("\\n").filter(Boolean).map(JSON.parse); console.log(lines.length)`,
      ]).seconds,
    );
  }
  console.log(
    `  sla-desk report compliance: ${median(report).toFixed(2)} s (goal: under 2 s); ${summary.events} SLA events, ${summary.violations} violated, credit ${summary.creditPercent} %`,
  );
  console.log(`  floor, a bare node reading and parsing the same lines: ${median(floor).toFixed(2)} s`);
}

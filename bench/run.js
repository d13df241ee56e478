// `npm run bench`: prints the numbers the issues set goals for, each beside its floor or peer measured in
// the same run. Benchmarks are not tests: they print, and exit by themselves.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { runClassifyBench } from "./classify.js";
import { runConversationCoreBench } from "./conversation-core.js";
import { runIntakeBench } from "./intake.js";
import { runReminderBench } from "./reminders.js";
import { runReportBench } from "./reports.js";
import { runSlaEngineBench } from "./sla-engine.js";

const root = join(import.meta.dirname, "..");
const inherit = { cwd: root, stdio: "inherit", env: process.env };

runSlaEngineBench();
runClassifyBench();
await runIntakeBench();
// The load comes from a process of its own, against the real desk in a third.
spawnSync(process.execPath, [join(import.meta.dirname, "e2e-load.js")], inherit);
// Teams' acknowledgements beside Slack's, in one desk on both platforms.
spawnSync(process.execPath, [join(import.meta.dirname, "teams-load.js")], inherit);
await runConversationCoreBench();
await runReminderBench();
runReportBench();
// The crash test at full size: 300 intakes, SIGKILL at the last acknowledgement, restart, redelivery.
console.log("\nCrash test at full size (300 concurrent intakes; SQLite, and Redis when it answers)");
const crash = spawnSync(
  process.execPath,
  [join(root, "node_modules", "vitest", "vitest.mjs"), "run", "test/process/crash.test.ts", "--reporter=dot"],
  // NO_COLOR: plain lines to pick the figures from.
  { cwd: root, encoding: "utf8", env: { ...process.env, CRASH_INTAKES: "300", CI: "", NO_COLOR: "1" } },
);
for (const line of `${crash.stdout}${crash.stderr}`.split("\n"))
  if (/crash on|Tests|FAIL|AssertionError/.test(line)) console.log(`  ${line.trim()}`);

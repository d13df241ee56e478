// Priority suggestions per second in process: what runs on every client message (is it a request at
// all, then which level and why), beside the floor of reading each message once (lower-casing and
// splitting it into words).
import { performance } from "node:perf_hooks";
import { classifyPriority } from "../dist/src/domain/priority/classify.js";
import { chatterIn } from "../dist/src/domain/priority/request-or-chatter.js";
import { presetIds, presetPolicy } from "../dist/src/policies/presets.js";

const MESSAGES = [
  "Our checkout is down for all users, nobody can pay since 9:00",
  "hello?",
  "The reports export fails with error 500 for one user; the others are fine",
  "Hi team, the login page shows a blank screen after SSO for basically all our agents, no workaround",
  "Could you add a dark mode to the dashboard? Would be nice for the night shift",
  "URGENT: sandbox sync is failing since the upgrade, production looks fine",
  "How do I export my invoices to CSV?",
  "We get 401 for all our API requests since this morning, nothing is processing and month end close is tomorrow",
  "thanks!",
  `Import fails. ${"The log says the record was rejected because a field is too long. ".repeat(20)}`,
];
const POLICIES = presetIds().map((id) => presetPolicy(id));

function rate(work, rounds) {
  const started = performance.now();
  let n = 0;
  for (let r = 0; r < rounds; r++)
    for (const policy of POLICIES)
      for (const text of MESSAGES) {
        work(text, policy);
        n += 1;
      }
  return (n / (performance.now() - started)) * 1000;
}

export function runClassifyBench() {
  const suggest = (text, policy) =>
    chatterIn(text) === undefined ? classifyPriority(text, policy) : undefined;
  const floor = (text) => text.toLowerCase().split(/\s+/).length;
  rate(suggest, 20);
  const runs = Array.from({ length: 5 }, () => [rate(suggest, 200), rate(floor, 200)]);
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const suggested = median(runs.map((r) => r[0]));
  const read = median(runs.map((r) => r[1]));
  console.log("\nPriority suggestion in process (is it a request, which level, why), median of 5 runs");
  console.log(
    `  ${Math.round(suggested).toLocaleString("en")} messages/s (goal >= 2,000/s); floor, reading each message once: ${Math.round(read).toLocaleString("en")}/s`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) runClassifyBench();

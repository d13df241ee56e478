// Priority suggestions per second in process: what runs on every client message (is it a request at
// all, then which level and why), beside the floor of reading each message once (lower-casing and
// splitting it into words) and the peer of wink-nlp reading it alone (tokens, lemmas, negation), with
// what readying the English model and the wording layer costs (the desk does both while it starts).
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import { classifyPriority } from "../dist/src/domain/priority/classify.js";
import { LABELLED_WORDING } from "../dist/src/domain/priority/labelled-wording.js";
import { prepareLanguageModel } from "../dist/src/domain/priority/language-model.js";
import { chatterIn } from "../dist/src/domain/priority/request-or-chatter.js";
import { prepareWordingModel } from "../dist/src/domain/priority/wording-model.js";
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
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const loadStarted = performance.now();
  prepareLanguageModel();
  const loadMs = performance.now() - loadStarted;
  const trainStarted = performance.now();
  prepareWordingModel();
  const trainMs = performance.now() - trainStarted;
  classifyPriority("the portal is down", POLICIES[0]);
  global.gc?.();
  const modelMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  const require = createRequire(import.meta.url);
  const nlp = require("wink-nlp")(require("wink-eng-lite-web-model"), ["sbd", "negation", "pos"]);
  const winkAlone = (text) => nlp.readDoc(text.toLowerCase()).tokens().out(nlp.its.lemma).length;
  const suggest = (text, policy) =>
    chatterIn(text) === undefined ? classifyPriority(text, policy) : undefined;
  const floor = (text) => text.toLowerCase().split(/\s+/).length;
  rate(suggest, 20);
  rate(winkAlone, 20);
  const runs = Array.from({ length: 5 }, () => [rate(suggest, 100), rate(floor, 100), rate(winkAlone, 100)]);
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const suggested = median(runs.map((r) => r[0]));
  const read = median(runs.map((r) => r[1]));
  const wink = median(runs.map((r) => r[2]));
  console.log("\nPriority suggestion in process (is it a request, which level, why), median of 5 runs");
  console.log(
    `  ${Math.round(suggested).toLocaleString("en")} messages/s (goal >= 2,000/s); wink-nlp reading them alone: ${Math.round(wink).toLocaleString("en")}/s; floor, splitting each into words: ${Math.round(read).toLocaleString("en")}/s`,
  );
  const heap = global.gc === undefined ? "(heap: run with --expose-gc)" : `${modelMb.toFixed(0)} MB of heap`;
  console.log(
    `  readied while the desk starts: the English model ${loadMs.toFixed(0)} ms, the wording layer (${LABELLED_WORDING.length.toLocaleString("en")} labelled messages read and learned) ${trainMs.toFixed(0)} ms; ${heap}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) runClassifyBench();

// Cross-validates the classifier's wording layer by batch on the development part of the labelled client
// messages (test/fixtures/labelled/client-messages.jsonl): for each of five folds, the layer is trained
// without the development messages of every fifth batch and reads them. It shows which development
// messages the classifier reads right only because it was trained on them, and, with --misses, the ones
// the rules read wrong themselves (the rules and the whole classifier agree on the wrong level): those are
// where a rule change helps. The rules were tuned on these messages, so the numbers favour them; judge a
// change on the held-out part too. Run after `npm run build` (some 10 s a fold):
// node scripts/cross-validate-wording.mjs [--misses]
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const FOLDS = 5;
const lines = readFileSync(join(root, "test/fixtures/labelled/client-messages.jsonl"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line));
const inFold = (line, fold) => line.split === "dev" && (line.batch ?? 0) % FOLDS === fold;

async function readFold(fold) {
  const { LABELLED_WORDING } = await import(join(root, "dist/src/domain/priority/labelled-wording.js"));
  const { classifyPriority } = await import(join(root, "dist/src/domain/priority/classify.js"));
  const { presetPolicy } = await import(join(root, "dist/src/policies/presets.js"));
  const held = new Set(lines.filter((line) => inFold(line, fold)).map((line) => line.text));
  // the layer trains on the array the first time it is needed: what it holds then is what it learns
  const kept = LABELLED_WORDING.filter(([, text]) => !held.has(text));
  LABELLED_WORDING.length = 0;
  LABELLED_WORDING.push(...kept);
  const readings = [];
  lines.forEach((line, index) => {
    if (!inFold(line, fold)) return;
    const policy = presetPolicy(line.policy);
    const levels = policy.priorities.map((level) => level.id);
    const whole = classifyPriority(line.text, policy);
    const ruled = classifyPriority(line.text, policy, { wording: false });
    readings.push({
      index,
      expected: levels.indexOf(line.priority),
      suggested: levels.indexOf(whole.priority),
      asked: whole.confidence < 0.5,
      ruled: levels.indexOf(ruled.priority),
    });
  });
  process.stdout.write(JSON.stringify(readings));
}

function summarise(readings) {
  const byPolicy = new Map();
  const top = { total: 0, atTop: 0, asked: 0, oneLower: 0, lower: 0 };
  let wrongUnasked = 0;
  for (const reading of readings) {
    const { policy } = lines[reading.index];
    const tally = byPolicy.get(policy) ?? { exact: 0, total: 0 };
    tally.total += 1;
    if (reading.suggested === reading.expected) tally.exact += 1;
    else if (!reading.asked) wrongUnasked += 1;
    byPolicy.set(policy, tally);
    if (reading.expected !== 0) continue;
    top.total += 1;
    if (reading.suggested === 0) top.atTop += 1;
    else if (reading.asked) top.asked += 1;
    else if (reading.suggested === 1) top.oneLower += 1;
    else top.lower += 1;
  }
  for (const [policy, { exact, total }] of byPolicy)
    console.log(`${policy}: ${exact} of ${total} (${((100 * exact) / total).toFixed(1)} %)`);
  console.log(`wrong and not asked: ${wrongUnasked}`);
  console.log(
    `top-level: ${top.atTop} of ${top.total} at the top, ${top.asked} asked, ${top.oneLower} one lower, ${top.lower} lower still`,
  );
}

const foldArgument = process.argv.indexOf("--fold");
if (foldArgument !== -1) {
  await readFold(Number(process.argv[foldArgument + 1]));
} else {
  const readings = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--fold", String(fold)], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    readings.push(...JSON.parse(out));
  }
  summarise(readings);
  if (process.argv.includes("--misses")) {
    const { presetPolicy } = await import(join(root, "dist/src/policies/presets.js"));
    console.log("\nread wrong, not asked, by the rules themselves:");
    for (const reading of readings) {
      if (reading.suggested === reading.expected || reading.asked || reading.ruled !== reading.suggested)
        continue;
      const { policy, priority, text } = lines[reading.index];
      const read = presetPolicy(policy).priorities[reading.suggested]?.id;
      console.log(
        `${reading.index} ${policy}: labelled ${priority}, read ${read}: ${JSON.stringify(text.slice(0, 160))}`,
      );
    }
  }
}

// Writes src/domain/priority/labelled-wording.ts: the development part of the labelled client messages
// (test/fixtures/labelled/client-messages.jsonl), each with the severity its level stands for under its
// preset, for the classifier's wording layer. Run after `npm run build`; a test keeps the two in step.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { presetPolicy } = await import(join(root, "dist/src/policies/presets.js"));
const { SEVERITIES } = await import(join(root, "dist/src/domain/priority/severity.js"));

const entries = [];
for (const line of readFileSync(join(root, "test/fixtures/labelled/client-messages.jsonl"), "utf8").split(
  "\n",
)) {
  if (line.trim() === "") continue;
  const { policy: id, text, priority, split } = JSON.parse(line);
  const policy = presetPolicy(id);
  if (split !== "dev" || policy.priorities.length < 2) continue;
  // Where a level stands for several severities (Celigo's urgent: widespread outage and outage), the one
  // nearest the middle of the scale is the level's plain meaning.
  const severity = SEVERITIES.filter((s) => policy.levelForSeverity(s) === priority).sort(
    (a, b) => Math.abs(SEVERITIES.indexOf(a) - 2.5) - Math.abs(SEVERITIES.indexOf(b) - 2.5),
  )[0];
  if (severity !== undefined) entries.push([severity, text, id]);
}
const body = entries
  .map(
    ([severity, text, id]) =>
      `  [${JSON.stringify(severity)}, ${JSON.stringify(text)}, ${JSON.stringify(id)}],`,
  )
  .join("\n");
writeFileSync(
  join(root, "src/domain/priority/labelled-wording.ts"),
  `// Written by \`node scripts/labelled-wording.mjs\` from the development part of the labelled client messages.
import type { Severity } from "./severity.js";

/**
 * How clients word issues of each severity, and the contract each was labelled under: what the
 * classifier's wording layer is trained on.
 */
export const LABELLED_WORDING: readonly (readonly [Severity, string, string])[] = [
${body}
];
`,
);
console.log(`labelled-wording.ts: ${entries.length} messages`);

import { readFile } from "node:fs/promises";
import { z } from "zod";
import { loadPolicy } from "../config/policy-source.js";
import { classifyPriority } from "../domain/priority/classify.js";
import { type Evaluation, evaluate, type LabelledMessage } from "../domain/priority/evaluation.js";
import type { Policy } from "../domain/sla/policy.js";
import { optionalString, parseCommandArgs } from "./args.js";
import { type CliIo, EXIT_OK, UsageError } from "./io.js";

const USAGE =
  "classify: use `classify --policy <id|file> [text]`, or `classify --evaluate <labelled.jsonl> [--policy <id|file>] [--split dev|held-out]`";

/** One line of a labelled set (what `export reclassifications` writes): the policy may come from --policy. */
const labelledLine = z.object({
  text: z.string().min(1),
  priority: z.string().min(1),
  policy: z.string().min(1).optional(),
  /** Which part of a labelled set the line belongs to (`dev`, `held-out`): `--split` picks one. */
  split: z.string().optional(),
});

/**
 * `sla-desk classify --policy <id> [text]`: the text from the arguments, or from stdin when none is given.
 * `sla-desk classify --evaluate <labelled.jsonl>`: accuracy on labelled messages, by contract, with the
 * confusion matrix and every miss.
 */
export async function classifyCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs("classify", argv, {
    policy: { type: "string" },
    evaluate: { type: "string" },
    split: { type: "string" },
  });
  const evaluateFile = optionalString(args, "evaluate");
  const policyId = optionalString(args, "policy");
  if (evaluateFile !== undefined) {
    io.out(report(evaluate(await labelledMessages(evaluateFile, policyId, optionalString(args, "split")))));
    return EXIT_OK;
  }
  if (policyId === undefined) throw new UsageError(USAGE);
  const policy = await loadPolicy(policyId);
  const text = (args.positionals.length > 0 ? args.positionals.join(" ") : await io.readInput()).trim();
  if (text === "") throw new UsageError("classify: give the message text as an argument or on stdin");
  const { priority, confidence, reasons } = classifyPriority(text, policy);
  io.out(`${JSON.stringify({ priority, confidence, reasons })}\n`);
  return EXIT_OK;
}

async function labelledMessages(
  file: string,
  defaultPolicy: string | undefined,
  split: string | undefined,
): Promise<LabelledMessage[]> {
  let content: string;
  try {
    content = await readFile(file, "utf8");
  } catch {
    throw new UsageError(`classify --evaluate: cannot read ${file}`);
  }
  const policies = new Map<string, Policy>();
  const messages: LabelledMessage[] = [];
  const lines = content.split("\n");
  for (const [index, raw] of lines.entries()) {
    if (raw.trim() === "") continue;
    const where = `${file} line ${index + 1}`;
    let parsed: z.infer<typeof labelledLine>;
    try {
      parsed = labelledLine.parse(JSON.parse(raw));
    } catch {
      throw new UsageError(`classify --evaluate: ${where} is not {"text": …, "priority": …, "policy"?: …}`);
    }
    if (split !== undefined && parsed.split !== split) continue;
    const id = parsed.policy ?? defaultPolicy;
    if (id === undefined) throw new UsageError(`classify --evaluate: ${where} names no policy; add --policy`);
    const policy = policies.get(id) ?? (await loadPolicy(id));
    policies.set(id, policy);
    if (!policy.priorities.some((level) => level.id === parsed.priority))
      throw new UsageError(
        `classify --evaluate: ${where}: ${parsed.priority} is not a level of ${policy.id} (${policy.priorities.map((l) => l.id).join(", ")})`,
      );
    messages.push({ policy, text: parsed.text, expected: parsed.priority });
  }
  if (messages.length === 0)
    throw new UsageError(
      `classify --evaluate: ${file} holds no labelled messages${split === undefined ? "" : ` in the ${split} split`}`,
    );
  return messages;
}

function report(result: Evaluation): string {
  const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;
  const lines = [`exact: ${result.exact} of ${result.total} (${percent(result.exact, result.total)})`];
  const policies = [...result.byPolicy].sort((a, b) => a[0].localeCompare(b[0]));
  for (const [policy, tally] of policies)
    lines.push(`  ${policy}: ${tally.exact} of ${tally.total} (${percent(tally.exact, tally.total)})`);
  for (const [policy, tally] of policies) {
    const width = Math.max(9, ...tally.levels.map((l) => l.length + 1));
    lines.push("", `${policy}, expected \\ suggested`);
    lines.push(`${"".padEnd(width)}${tally.levels.map((l) => l.padStart(width)).join("")}`);
    for (const expected of tally.levels) {
      const row = tally.confusion.get(expected);
      if (row === undefined) continue;
      lines.push(
        `${expected.padEnd(width)}${tally.levels.map((l) => String(row.get(l) ?? 0).padStart(width)).join("")}`,
      );
    }
  }
  lines.push("", "confidence (calibration: how often a suggestion that sure was exact)");
  result.byConfidence.forEach((band, index) => {
    const to = result.byConfidence[index + 1]?.from ?? 1;
    const range = `${band.from.toFixed(2)}-${to.toFixed(2)}${index === 0 ? " (the client is asked)" : ""}`;
    lines.push(
      `  ${range.padEnd(30)}${String(band.total).padStart(5)} suggested, ${band.total === 0 ? "-" : percent(band.exact, band.total)} exact`,
    );
  });
  const silent = result.misses.filter((m) => m.silentlyLow);
  lines.push("", `top-level messages suggested two or more levels lower without asking: ${silent.length}`);
  if (result.misses.length > 0) lines.push("", "misses:");
  for (const miss of result.misses)
    lines.push(
      `  [${miss.policy}] expected ${miss.expected}, suggested ${miss.suggested} (confidence ${miss.confidence})${miss.silentlyLow ? " SILENTLY LOW" : ""}: ${JSON.stringify(miss.text)}${miss.reasons.length > 0 ? ` (${miss.reasons.join("; ")})` : ""}`,
    );
  return `${lines.join("\n")}\n`;
}

import { loadPolicy, readPolicyDocument } from "../config/policy-source.js";
import { InvalidPolicyError } from "../domain/errors.js";
import { Policy } from "../domain/sla/policy.js";
import { PRESET_DOCUMENTS, presetPolicy } from "../policies/presets.js";
import { parseCommandArgs } from "./args.js";
import { type CliIo, EXIT_FAILED, EXIT_OK, UsageError } from "./io.js";

const USAGE = "policy: use `policy list`, `policy show <id|file> [--yaml]` or `policy check <file>`";

export async function policyCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs("policy", argv, { yaml: { type: "boolean" }, json: { type: "boolean" } });
  const [action, target, extra] = args.positionals;
  if (extra !== undefined) throw new UsageError(`policy: unexpected argument "${extra}"`);
  switch (action) {
    case "list":
      return listPolicies(io, args.values.json === true);
    case "show":
      if (target === undefined) throw new UsageError("policy show: name a policy id or file");
      return showPolicy(io, target, args.values.yaml === true);
    case "check":
      if (target === undefined) throw new UsageError("policy check: name a policy file");
      return checkPolicy(io, target);
    default:
      throw new UsageError(USAGE);
  }
}

function listPolicies(io: CliIo, json: boolean): number {
  const rows = PRESET_DOCUMENTS.map((doc) => {
    const policy = presetPolicy(doc.id) as Policy;
    return {
      id: policy.id,
      name: policy.name,
      priorities: policy.priorities.map((p) => p.id),
      plans: policy.plans,
    };
  });
  if (json) {
    io.out(`${JSON.stringify(rows)}\n`);
    return EXIT_OK;
  }
  const width = Math.max(...rows.map((row) => row.id.length));
  for (const row of rows) {
    const plans = row.plans.length > 0 ? `  plans: ${row.plans.join(", ")}` : "";
    io.out(`${row.id.padEnd(width)}  ${row.name}  (levels: ${row.priorities.join(", ")})${plans}\n`);
  }
  return EXIT_OK;
}

async function showPolicy(io: CliIo, idOrPath: string, yaml: boolean): Promise<number> {
  const policy = await loadPolicy(idOrPath);
  if (yaml) {
    const { stringify } = await import("yaml");
    io.out(stringify(policy.document));
  } else {
    io.out(`${JSON.stringify(policy.document, null, 2)}\n`);
  }
  return EXIT_OK;
}

async function checkPolicy(io: CliIo, path: string): Promise<number> {
  try {
    const policy = Policy.fromDocument(await readPolicyDocument(path), path);
    const calendars = [...policy.calendars.values()].map((c) => `  ${c.id}: ${c.describe()}`).join("\n");
    io.out(
      `${path}: policy ${policy.id} is valid (${policy.priorities.length} priority levels)\n${calendars}\n`,
    );
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof InvalidPolicyError)) throw error;
    io.err(`${path} is not a valid policy:\n${error.problems.map((p) => `  ${p}`).join("\n")}\n`);
    return EXIT_FAILED;
  }
}

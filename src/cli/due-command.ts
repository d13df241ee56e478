import { dueTargets } from "../application/due-targets.js";
import { loadPolicy } from "../config/policy-source.js";
import { DeskError } from "../domain/errors.js";
import type { Policy } from "../domain/sla/policy.js";
import { optionalString, parseCommandArgs, requireString } from "./args.js";
import { type CliIo, EXIT_OK, UsageError } from "./io.js";

const OPTIONS = {
  policy: { type: "string" },
  plan: { type: "string" },
  priority: { type: "string" },
  opened: { type: "string" },
  scheduled: { type: "string" },
  batch: { type: "boolean" },
} as const;

export async function dueCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs("due", argv, OPTIONS);
  if (args.positionals.length > 0) throw new UsageError(`due: unexpected argument "${args.positionals[0]}"`);
  if (args.values.batch === true) return dueBatch(io, optionalString(args, "policy"));
  const policy = await loadPolicy(requireString("due", args, "policy"));
  const answer = dueTargets(policy, {
    plan: optionalString(args, "plan"),
    priority: requireString("due", args, "priority"),
    opened: requireString("due", args, "opened"),
    scheduled: optionalString(args, "scheduled"),
  });
  io.out(`${JSON.stringify(answer)}\n`);
  return EXIT_OK;
}

/**
 * JSON lines in, JSON lines out, one per input line and in order. A bad line answers
 * `{"error": ...}` and the rest still run.
 */
async function dueBatch(io: CliIo, defaultPolicy: string | undefined): Promise<number> {
  const input = await io.readInput();
  const lines = input.split("\n");
  if (lines[lines.length - 1]?.trim() === "") lines.pop();
  const policies = new Map<string, Policy | DeskError>();
  const output: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const request = requestOfLine(lines[i] as string, i, defaultPolicy);
    // Loading a policy is the only asynchronous step: await only the first time a policy is named.
    if (typeof request !== "string" && !policies.has(request.policyId)) {
      await preparePolicy(request.policyId, policies);
    }
    output.push(typeof request === "string" ? request : answer(request, i, policies));
    if (output.length >= 4096) {
      io.out(`${output.join("\n")}\n`);
      output.length = 0;
    }
  }
  if (output.length > 0) io.out(`${output.join("\n")}\n`);
  return EXIT_OK;
}

/** Loads a policy once; a policy that fails to load answers each of its lines with the reason. */
async function preparePolicy(policyId: string, policies: Map<string, Policy | DeskError>): Promise<void> {
  try {
    policies.set(policyId, await loadPolicy(policyId));
  } catch (error) {
    if (!(error instanceof DeskError)) throw error;
    policies.set(policyId, error);
  }
}

/** The parsed request of a line, or its error answer. Each line is parsed once. */
function requestOfLine(line: string, index: number, defaultPolicy: string | undefined): LineRequest | string {
  try {
    return parseLine(line, defaultPolicy);
  } catch (error) {
    return errorAnswer(error, index);
  }
}

function answer(request: LineRequest, index: number, policies: Map<string, Policy | DeskError>): string {
  try {
    const policy = policies.get(request.policyId) as Policy | DeskError;
    if (policy instanceof DeskError) throw policy;
    return JSON.stringify(dueTargets(policy, request));
  } catch (error) {
    return errorAnswer(error, index);
  }
}

function errorAnswer(error: unknown, index: number): string {
  if (error instanceof DeskError || error instanceof UsageError) {
    return JSON.stringify({ error: `line ${index + 1}: ${error.message}` });
  }
  throw error;
}

/** One shape for every line, so the hot loop stays monomorphic. */
interface LineRequest {
  readonly policyId: string;
  readonly plan: string | undefined;
  readonly priority: string;
  readonly opened: string;
  readonly scheduled: string | undefined;
}

function parseLine(line: string, defaultPolicy: string | undefined): LineRequest {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new UsageError(line.trim() === "" ? "empty line" : "not a JSON object");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new UsageError("not a JSON object");
  const record = value as Record<string, unknown>;
  for (const field of ["policy", "plan", "priority", "opened", "scheduled"]) {
    const fieldValue = record[field];
    if (fieldValue !== undefined && fieldValue !== null && typeof fieldValue !== "string") {
      throw new UsageError(`"${field}" must be a string`);
    }
  }
  const policyId = typeof record.policy === "string" ? record.policy : defaultPolicy;
  if (policyId === undefined) throw new UsageError('"policy" is missing');
  if (typeof record.priority !== "string") throw new UsageError('"priority" is missing');
  if (typeof record.opened !== "string") throw new UsageError('"opened" is missing');
  return {
    policyId,
    plan: typeof record.plan === "string" ? record.plan : undefined,
    priority: record.priority,
    opened: record.opened,
    scheduled: typeof record.scheduled === "string" ? record.scheduled : undefined,
  };
}

import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { DeskError, InvalidPolicyError, UnknownPolicyError } from "../domain/errors.js";
import { Policy } from "../domain/sla/policy.js";
import { presetIds, presetPolicy } from "../policies/presets.js";

export class PolicyFileError extends DeskError {
  constructor(path: string, problem: string) {
    super("invalid_policy", `cannot read policy file ${path}: ${problem}`);
  }
}

/** Reads a policy document (YAML or JSON) without validating it. */
export async function readPolicyDocument(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PolicyFileError(path, code === "ENOENT" ? "no such file" : (code ?? "unreadable"));
  }
  try {
    if (extname(path).toLowerCase() === ".json") return JSON.parse(text);
    const { parse } = await import("yaml");
    return parse(text);
  } catch (error) {
    throw new InvalidPolicyError(
      [`not valid ${extname(path) === ".json" ? "JSON" : "YAML"}: ${firstLine(error)}`],
      path,
    );
  }
}

/** A built-in policy by id, or a policy file by path (anything with a slash or a file extension). */
export async function loadPolicy(idOrPath: string): Promise<Policy> {
  const preset = presetPolicy(idOrPath);
  if (preset !== undefined) return preset;
  if (!/[/\\]|\.(ya?ml|json)$/i.test(idOrPath)) throw new UnknownPolicyError(idOrPath, presetIds());
  return Policy.fromDocument(await readPolicyDocument(idOrPath), idOrPath);
}

function firstLine(error: unknown): string {
  return String((error as Error).message ?? error).split("\n")[0] ?? "";
}

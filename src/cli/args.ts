import { parseArgs } from "node:util";
import { UsageError } from "./io.js";

type OptionSpec = Record<string, { type: "string" | "boolean" }>;

export interface ParsedArgs {
  readonly values: Record<string, string | boolean | undefined>;
  readonly positionals: string[];
}

/** Strict option parsing whose failures read as one plain sentence. */
export function parseCommandArgs(command: string, argv: string[], options: OptionSpec): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as ParsedArgs["values"], positionals };
  } catch (error) {
    const message =
      (error as Error).message.split("\n")[0]?.replace(/\. To specify.*$/, "") ?? "bad arguments";
    throw new UsageError(`${command}: ${message}`);
  }
}

export function requireString(command: string, args: ParsedArgs, name: string): string {
  const value = args.values[name];
  if (typeof value !== "string" || value === "") throw new UsageError(`${command}: --${name} is required`);
  return value;
}

export function optionalString(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === "string" && value !== "" ? value : undefined;
}

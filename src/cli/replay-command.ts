import { readFile } from "node:fs/promises";
import { parseHistory, replayHistory } from "../application/replay-history.js";
import { loadPolicy } from "../config/policy-source.js";
import { parseInstant } from "../domain/sla/instant.js";
import { optionalString, parseCommandArgs, requireString } from "./args.js";
import { type CliIo, EXIT_OK, UsageError } from "./io.js";

const OPTIONS = {
  policy: { type: "string" },
  plan: { type: "string" },
  at: { type: "string" },
  events: { type: "string" },
} as const;

export async function replayCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs("replay", argv, OPTIONS);
  if (args.positionals.length > 0)
    throw new UsageError(`replay: unexpected argument "${args.positionals[0]}"`);
  const policy = await loadPolicy(requireString("replay", args, "policy"));
  const source = requireString("replay", args, "events");
  const text = source === "-" ? await io.readInput() : await readEventsFile(source);
  const events = parseHistory(parseRecords(text), policy);
  const atText = optionalString(args, "at");
  const at = atText === undefined ? undefined : parseInstant(atText, policy.zone);
  io.out(`${JSON.stringify(replayHistory(policy, optionalString(args, "plan"), events, at))}\n`);
  return EXIT_OK;
}

async function readEventsFile(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new UsageError(
      `replay: cannot read events file ${path} (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
}

/** A JSON array of events, or one JSON event per line. */
function parseRecords(text: string): unknown[] {
  const trimmed = text.trim();
  if (trimmed.startsWith("[")) {
    try {
      return JSON.parse(trimmed) as unknown[];
    } catch {
      throw new UsageError("replay: the events are not a valid JSON array");
    }
  }
  return trimmed
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, index) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        throw new UsageError(`replay: events line ${index + 1} is not valid JSON`);
      }
    });
}

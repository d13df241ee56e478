import { inspect } from "node:util";
import { DeskError, describeError } from "../domain/errors.js";
import type { CommandLineAdapters } from "../ports/command-line.js";
import { classifyCommand } from "./classify-command.js";
import { configCommand } from "./config-command.js";
import { dueCommand } from "./due-command.js";
import { exportCommand } from "./export-command.js";
import {
  type CliIo,
  EXIT_CONFIG,
  EXIT_OK,
  EXIT_UNAVAILABLE,
  EXIT_USAGE,
  processIo,
  UsageError,
} from "./io.js";
import { maintenanceCommand } from "./maintenance-command.js";
import { policyCommand } from "./policy-command.js";
import { replayCommand } from "./replay-command.js";
import { reportCommand } from "./report-command.js";
import { serveCommand } from "./serve-command.js";

const HELP = `sla-desk: support desk SLA clocks on each contract's business calendar

  sla-desk due --policy <id|file> [--plan <plan>] --priority <level> --opened <ISO-8601> [--scheduled <ISO>]
  sla-desk due --batch [--policy <id|file>]       JSON lines in, JSON lines out
  sla-desk replay --policy <id|file> [--plan <plan>] [--at <ISO>] --events <file|->
  sla-desk policy list | show <id|file> [--yaml] | check <file>
  sla-desk classify --policy <id|file> [text]       suggests a priority (text from stdin when not given)
  sla-desk classify --evaluate <labelled.jsonl>     accuracy on labelled messages, confusion matrix, misses
  sla-desk report compliance --policy <id|file> [--plan <plan>] --period <YYYY-Qn|YYYY-MM> --tickets <file|-> [--at <ISO>]
  sla-desk report availability --policy <id|file> --period <YYYY-Qn|YYYY-MM> --incidents <file|->
                                                   both with [--format json|csv] [--chart <file.png>]
  sla-desk maintenance check --policy <id|file> --start <ISO> --duration <amount> --announced <ISO> [--emergency] [--used <minutes>]
  sla-desk export tickets --customer <id> | incidents --customer <id>|--policy <id> --period <YYYY-Qn|YYYY-MM> [--out <file>]
  sla-desk export reclassifications [--out <file>]  every ticket an agent re-levelled, as labelled messages
                                                   the desk's store as the lines report reads
  sla-desk config check [file]                     validates a desk configuration and the environment, starting nothing
  sla-desk serve                                   runs the desk (a terminal chat when no chat credentials are set)
`;

/** The adapters some commands use, loaded (with the composition root) only by those that do. */
type LoadAdapters = () => Promise<CommandLineAdapters>;
type Command = (argv: string[], io: CliIo, loadAdapters: LoadAdapters) => Promise<number>;

const loadCommandLineAdapters: LoadAdapters = async () => (await import("../main.js")).commandLineAdapters;

const COMMANDS: Record<string, Command> = {
  due: dueCommand,
  replay: replayCommand,
  policy: policyCommand,
  classify: classifyCommand,
  config: (argv, io) => configCommand(argv, io),
  report: reportCommand,
  maintenance: maintenanceCommand,
  export: exportCommand,
  serve: serveCommand,
};

/** Runs one command; returns the exit code. User mistakes are one line on stderr, never a stack trace. */
export async function run(
  argv: string[],
  io: CliIo = processIo,
  loadAdapters: LoadAdapters = loadCommandLineAdapters,
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.out(HELP);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = COMMANDS[name];
  try {
    if (command === undefined)
      throw new UsageError(`unknown command "${name}": use ${Object.keys(COMMANDS).join(", ")} or help`);
    return await command(rest, io, loadAdapters);
  } catch (error) {
    // sysexits: a configuration mistake is 78 (EX_CONFIG), a service that cannot be reached 69.
    if (error instanceof DeskError && error.code === "invalid_config") {
      io.err(`sla-desk: ${error.message.replace(/\s*\n\s*/g, "; ")}\n`);
      return EXIT_CONFIG;
    }
    if (error instanceof DeskError && error.code === "unavailable") {
      io.err(`sla-desk: ${error.message}\n`);
      return EXIT_UNAVAILABLE;
    }
    if (error instanceof UsageError || error instanceof DeskError) {
      io.err(`sla-desk: ${error.message.replace(/\s*\n\s*/g, "; ")}\n`);
      return EXIT_USAGE;
    }
    io.err(`sla-desk: internal error: ${describeError(error)}\n`);
    // The stack and any error code, for whoever reports it: with LOG_LEVEL=debug.
    if (process.env.LOG_LEVEL?.toLowerCase() === "debug") io.err(`${inspect(error)}\n`);
    return 70;
  }
}

export async function main(argv: string[]): Promise<void> {
  const code = await run(argv);
  // A command that failed leaves nothing worth waiting for; a library's open handle must not keep it alive.
  if (code !== EXIT_OK) process.exit(code);
  process.exitCode = code;
}

import { existsSync } from "node:fs";
import { ConfigDirectory, InvalidConfigError } from "../config/config-directory.js";
import { readEnvironment } from "../config/environment.js";
import { policyRegistry, readDeskConfig } from "../config/load-desk-config.js";
import { DeskError, InvalidPolicyError } from "../domain/errors.js";
import { parseCommandArgs } from "./args.js";
import { type CliIo, EXIT_CONFIG, EXIT_OK, UsageError } from "./io.js";

const USAGE = "config: use `config check [file]` (the file SLA_DESK_CONFIG names, else ./sla-desk.yaml)";

/** `sla-desk config check [file]`: everything `serve` would refuse, found without starting the desk. */
export async function configCommand(
  argv: string[],
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const args = parseCommandArgs("config", argv, {});
  const [action, target, extra] = args.positionals;
  if (action !== "check" || extra !== undefined) throw new UsageError(USAGE);
  const path = target ?? env.SLA_DESK_CONFIG ?? (existsSync("sla-desk.yaml") ? "sla-desk.yaml" : undefined);
  if (path === undefined)
    throw new UsageError(
      "config check: name the file (no SLA_DESK_CONFIG is set and there is no ./sla-desk.yaml)",
    );
  const problems: string[] = [];
  let summary = "";
  try {
    const config = await readDeskConfig(path);
    const directory = new ConfigDirectory(config, await policyRegistry(config));
    const channels = config.customers.reduce((sum, customer) => sum + customer.channels.length, 0);
    const leads = config.agents.filter((agent) => agent.role === "lead").length;
    summary =
      `${config.customers.length} customer(s) on ${channels} channel(s), ${config.agents.length} agent(s) ` +
      `(${leads} lead(s)), triage in ${directory.triage.platform}:${directory.triage.conversation}` +
      `${directory.rotation === undefined ? "" : ", an on-call rotation"}`;
  } catch (error) {
    if (!(error instanceof DeskError)) throw error;
    problems.push(...problemsOf(error, path));
  }
  try {
    readEnvironment(env);
  } catch (error) {
    if (!(error instanceof DeskError)) throw error;
    problems.push(...problemsOf(error, "environment"));
  }
  if (problems.length > 0) {
    io.err(`sla-desk: ${path} cannot be used as it is:\n${problems.map((p) => `  ${p}\n`).join("")}`);
    return EXIT_CONFIG;
  }
  io.out(`${path} is valid: ${summary}. The environment is valid too.\n`);
  return EXIT_OK;
}

/** Each problem of a refused configuration on its own line, named by where it is. */
function problemsOf(error: DeskError, where: string): string[] {
  const problems =
    error instanceof InvalidConfigError || error instanceof InvalidPolicyError
      ? error.problems
      : [error.message];
  return problems.map((problem) => `${where}: ${problem}`);
}

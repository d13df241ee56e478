import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { reclassificationOf } from "../application/reclassifications.js";
import { impactWindows, ticketsOfCustomer } from "../application/report-data.js";
import { impactLine, ticketLine } from "../application/report-export.js";
import { ConfigDirectory } from "../config/config-directory.js";
import { readEnvironment } from "../config/environment.js";
import { policyRegistry, readDeskConfig } from "../config/load-desk-config.js";
import { parsePeriod } from "../domain/reports/period.js";
import type { Policy } from "../domain/sla/policy.js";
import type { CommandLineAdapters, StoresForReading } from "../ports/command-line.js";
import { optionalString, parseCommandArgs, requireString } from "./args.js";
import { type CliIo, EXIT_OK, UsageError } from "./io.js";

const USAGE =
  "export: use `export tickets --customer <id> --period <YYYY-Qn|YYYY-MM>`, `export incidents --customer <id> | --policy <id> --period <YYYY-Qn|YYYY-MM>` or `export reclassifications`, with [--out <file>]";

const OPTIONS = {
  customer: { type: "string" },
  policy: { type: "string" },
  period: { type: "string" },
  out: { type: "string" },
} as const;

/**
 * `sla-desk export tickets|incidents`: the desk's store as the JSON lines `sla-desk report` reads. It
 * reads the store the desk's environment names (SLA_DESK_STORE, ...) and the configuration's customers,
 * and may run beside the desk: it writes nothing to the store.
 */
export async function exportCommand(
  argv: string[],
  io: CliIo,
  loadAdapters: () => Promise<CommandLineAdapters>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const args = parseCommandArgs("export", argv, OPTIONS);
  const [kind, extra] = args.positionals;
  if (kind === "reclassifications" && extra === undefined)
    return writeLines(args, io, await reading(await loadAdapters(), env, reclassifications));
  if (extra !== undefined || (kind !== "tickets" && kind !== "incidents")) throw new UsageError(USAGE);
  const command = `export ${kind}`;
  const settings = readEnvironment(env);
  const configPath = settings.configPath ?? (existsSync("sla-desk.yaml") ? "sla-desk.yaml" : undefined);
  if (configPath === undefined)
    throw new UsageError(
      `${command}: no configuration (SLA_DESK_CONFIG or ./sla-desk.yaml) names the customers`,
    );
  const config = await readDeskConfig(configPath);
  const registry = await policyRegistry(config);
  const directory = new ConfigDirectory(config, registry);
  const customerId = optionalString(args, "customer");
  const customer = customerId === undefined ? undefined : directory.customerById(customerId);
  if (customerId !== undefined && customer === undefined)
    throw new UsageError(`${command}: no customer "${customerId}" in ${configPath}`);
  const policyId = optionalString(args, "policy");
  if (kind === "tickets" && customer === undefined)
    throw new UsageError(`${command}: --customer is required`);
  if (customer === undefined && policyId === undefined)
    throw new UsageError(`${command}: name --customer or --policy`);
  const policy: Policy = customer?.policy ?? registry(policyId as string);
  const period = parsePeriod(requireString(command, args, "period"), policy.zone);
  const adapters = await loadAdapters();
  const lines = await reading(adapters, env, async ({ store, maintenance }) =>
    kind === "tickets"
      ? (await ticketsOfCustomer(store, (customer as NonNullable<typeof customer>).id, period)).map((t) =>
          ticketLine(t, policy.zone),
        )
      : (
          await impactWindows(
            store,
            await maintenance.read(),
            policy,
            period,
            Math.min(adapters.clock.now(), period.end),
          )
        ).map((w) => impactLine(w, policy.zone)),
  );
  return writeLines(args, io, lines);
}

/**
 * `sla-desk export reclassifications`: every ticket whose level an agent set, as a labelled message
 * (`{ policy, text, priority, suggested, ticket }`) that `sla-desk classify --evaluate` reads.
 */
async function reclassifications({ store }: StoresForReading): Promise<string[]> {
  const lines: string[] = [];
  for (const summary of (await store.list({})).sort((a, b) => a.id - b.id)) {
    const ticket = await store.get(summary.id);
    const labelled = ticket === undefined ? undefined : reclassificationOf(ticket);
    if (labelled !== undefined) lines.push(JSON.stringify(labelled));
  }
  return lines;
}

/** Opens the stores the environment names, reads them, and closes them whatever happens. */
async function reading<T>(
  adapters: CommandLineAdapters,
  env: NodeJS.ProcessEnv,
  read: (stores: StoresForReading) => Promise<T>,
): Promise<T> {
  const stores = await adapters.openStores(env);
  try {
    return await read(stores);
  } finally {
    await stores.close();
  }
}

/** The lines to --out's file, or to standard output. */
async function writeLines(
  args: ReturnType<typeof parseCommandArgs>,
  io: CliIo,
  lines: readonly string[],
): Promise<number> {
  const text = lines.length === 0 ? "" : `${lines.join("\n")}\n`;
  const out = optionalString(args, "out");
  if (out === undefined) io.out(text);
  else await writeFile(out, text);
  return EXIT_OK;
}

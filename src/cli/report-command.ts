import { readFile, writeFile } from "node:fs/promises";
import { availabilityCsv, complianceCsv } from "../application/report-csv.js";
import { parseImpactLines, parseTicketLines } from "../application/report-inputs.js";
import { loadPolicy } from "../config/policy-source.js";
import { availabilityReport } from "../domain/reports/availability.js";
import { complianceDetail } from "../domain/reports/compliance.js";
import { parsePeriod } from "../domain/reports/period.js";
import { parseInstant } from "../domain/sla/instant.js";
import type { CommandLineAdapters } from "../ports/command-line.js";
import { optionalString, type ParsedArgs, parseCommandArgs, requireString } from "./args.js";
import { type CliIo, EXIT_OK, UsageError } from "./io.js";

const USAGE =
  "report: use `report compliance --policy <id|file> [--plan <plan>] --period <YYYY-Qn|YYYY-MM> --tickets <file|-> [--at <ISO>]` or `report availability --policy <id|file> --period <YYYY-Qn|YYYY-MM> --incidents <file|->`, with [--format json|csv] [--chart <file.png>]";

const OPTIONS = {
  policy: { type: "string" },
  plan: { type: "string" },
  period: { type: "string" },
  tickets: { type: "string" },
  incidents: { type: "string" },
  at: { type: "string" },
  format: { type: "string" },
  chart: { type: "string" },
} as const;

/** `sla-desk report compliance|availability`: the contract's money side, from exported files. */
export async function reportCommand(
  argv: string[],
  io: CliIo,
  loadAdapters: () => Promise<CommandLineAdapters>,
): Promise<number> {
  const args = parseCommandArgs("report", argv, OPTIONS);
  const [kind, extra] = args.positionals;
  if (extra !== undefined || (kind !== "compliance" && kind !== "availability")) throw new UsageError(USAGE);
  const command = `report ${kind}`;
  const format = optionalString(args, "format") ?? "json";
  if (format !== "json" && format !== "csv") throw new UsageError(`${command}: --format is json or csv`);
  const policy = await loadPolicy(requireString(command, args, "policy"));
  const period = parsePeriod(requireString(command, args, "period"), policy.zone);
  const chart = optionalString(args, "chart");
  if (kind === "compliance") {
    for (const name of ["incidents"]) refuse(command, args, name);
    const tickets = parseTicketLines(await input(command, args, "tickets", io), policy);
    const atText = optionalString(args, "at");
    const at = atText === undefined ? period.end : parseInstant(atText, policy.zone);
    // Each SLA event's row only for a CSV or a chart.
    const withRows = chart !== undefined || format === "csv";
    const { report, rows } = complianceDetail(
      policy,
      optionalString(args, "plan"),
      period,
      tickets,
      at,
      withRows,
    );
    if (chart !== undefined)
      await writeChart(
        command,
        chart,
        (await loadAdapters()).charts.compliance(rows, period, `${policy.name}: SLA events, ${period.label}`),
      );
    io.out(format === "csv" ? complianceCsv(rows, policy.zone) : `${JSON.stringify(report)}\n`);
    return EXIT_OK;
  }
  for (const name of ["tickets", "plan", "at"]) refuse(command, args, name);
  const windows = parseImpactLines(await input(command, args, "incidents", io), policy);
  const report = availabilityReport(policy, period, windows);
  if (chart !== undefined)
    await writeChart(
      command,
      chart,
      (await loadAdapters()).charts.availability(report, `${policy.name}: availability, ${period.label}`),
    );
  io.out(format === "csv" ? availabilityCsv(report) : `${JSON.stringify(report)}\n`);
  return EXIT_OK;
}

function refuse(command: string, args: ParsedArgs, name: string): void {
  if (args.values[name] !== undefined) throw new UsageError(`${command}: --${name} does not apply here`);
}

/** The input file, or standard input for `-`. */
async function input(command: string, args: ParsedArgs, name: string, io: CliIo): Promise<string> {
  const source = requireString(command, args, name);
  if (source === "-") return io.readInput();
  try {
    return await readFile(source, "utf8");
  } catch (error) {
    throw new UsageError(
      `${command}: cannot read ${source} (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
}

async function writeChart(command: string, path: string, image: Uint8Array): Promise<void> {
  try {
    await writeFile(path, image);
  } catch (error) {
    throw new UsageError(
      `${command}: cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
}

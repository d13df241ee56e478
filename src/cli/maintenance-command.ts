import { loadPolicy } from "../config/policy-source.js";
import { checkMaintenance } from "../domain/reports/maintenance-rules.js";
import { durationToOpenMs, parseDuration } from "../domain/sla/duration.js";
import { parseInstant } from "../domain/sla/instant.js";
import { optionalString, parseCommandArgs, requireString } from "./args.js";
import { type CliIo, EXIT_FAILED, EXIT_OK, UsageError } from "./io.js";

const USAGE =
  "maintenance: use `maintenance check --policy <id|file> --start <ISO> --duration <amount> --announced <ISO> [--emergency] [--used <minutes>]`";

const OPTIONS = {
  policy: { type: "string" },
  start: { type: "string" },
  duration: { type: "string" },
  announced: { type: "string" },
  emergency: { type: "boolean" },
  used: { type: "string" },
} as const;

/**
 * `sla-desk maintenance check`: a maintenance window against the contract's rules. Prints
 * `{"ok", "problems", "warnings", "noticeHours", "requiredNoticeHours"}`; exits 0 when ok, 1 otherwise.
 */
export async function maintenanceCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs("maintenance", argv, OPTIONS);
  const [action, extra] = args.positionals;
  if (action !== "check" || extra !== undefined) throw new UsageError(USAGE);
  const command = "maintenance check";
  const policy = await loadPolicy(requireString(command, args, "policy"));
  const usedText = optionalString(args, "used") ?? "0";
  const usedMinutes = Number(usedText);
  if (!/^\d+(\.\d+)?$/.test(usedText) || !Number.isFinite(usedMinutes))
    throw new UsageError(`${command}: --used is the minutes already scheduled this calendar year, e.g. 60`);
  const check = checkMaintenance(policy, {
    start: parseInstant(requireString(command, args, "start"), policy.zone),
    // Maintenance lasts elapsed time: a day is 24 hours.
    durationMs: durationToOpenMs(parseDuration(requireString(command, args, "duration")), 24),
    announced: parseInstant(requireString(command, args, "announced"), policy.zone),
    emergency: args.values.emergency === true,
    usedMinutes,
  });
  io.out(`${JSON.stringify(check)}\n`);
  return check.ok ? EXIT_OK : EXIT_FAILED;
}

import { DeskError } from "../domain/errors.js";
import { type MaintenanceWindow, minutesInYear, reminderTime } from "../domain/reports/maintenance-plan.js";
import { checkMaintenance } from "../domain/reports/maintenance-rules.js";
import { parsePeriod } from "../domain/reports/period.js";
import { durationToOpenMs, parseDuration } from "../domain/sla/duration.js";
import { formatForPeople, formatInstant, parseInstant } from "../domain/sla/instant.js";
import type { Policy } from "../domain/sla/policy.js";
import type { DeskCommand } from "../domain/ticket/commands.js";
import type { Customer } from "../ports/directory.js";
import { type Invocation, requireAgent } from "./command-context.js";
import type { DeskContext } from "./desk-context.js";
import { productsOf } from "./incident-impacts.js";

type MaintenanceCommand = Extract<DeskCommand, { name: "maintenance" }>;

class MaintenanceCommandError extends DeskError {
  constructor(message: string) {
    super("invalid_command", message);
  }
}

/**
 * Maintenance windows: checked against every affected customer's contract (notice, hours, downtime a
 * year), refused with the reasons or accepted; an accepted window is announced at once in the affected
 * customers' channels and the escalation channel, and again shortly before it starts, and counts as
 * excluded time in availability.
 */
export async function maintenanceCommand(
  ctx: DeskContext,
  invocation: Invocation,
  command: MaintenanceCommand,
): Promise<string> {
  requireAgent(invocation, "schedule maintenance");
  const ledger = ctx.deps.maintenance;
  if (ledger === undefined) throw new MaintenanceCommandError("This desk keeps no maintenance plan.");
  if (command.action === "list") {
    const now = ctx.now();
    const upcoming = (await ledger.read()).windows
      .filter((w) => w.end > now)
      .sort((a, b) => a.start - b.start);
    if (upcoming.length === 0) return "No maintenance scheduled.";
    return [
      "Scheduled maintenance:",
      ...upcoming.map((w) => `• ${describe(w, ctx.deps.directory.defaultPolicy.zone)}`),
    ].join("\n");
  }
  const zone = ctx.deps.directory.defaultPolicy.zone;
  const { start, durationMs, products, text } = parseSchedule(command.text, zone, allProducts(ctx));
  const now = ctx.now();
  const end = start + durationMs;
  if (end <= now) throw new MaintenanceCommandError("That window is over already.");
  const affected = ctx.deps.directory
    .customers()
    .map((listing) => listing)
    .filter(({ customer }) => overlaps(productsOf(customer.policy), products));
  const plan = await ledger.read();
  const problems: string[] = [];
  const warnings: string[] = [];
  for (const policy of distinctPolicies(affected.map((listing) => listing.customer))) {
    const covered = productsOf(policy).filter((p) =>
      products.some((q) => q.toLowerCase() === p.toLowerCase()),
    );
    const year = parsePeriod(`${formatInstant(start, policy.zone).slice(0, 4)}-01`, policy.zone);
    const yearEnd = parsePeriod(
      `${Number(formatInstant(start, policy.zone).slice(0, 4)) + 1}-01`,
      policy.zone,
    ).start;
    const check = checkMaintenance(policy, {
      start,
      durationMs,
      announced: now,
      emergency: command.emergency,
      usedMinutes: minutesInYear(plan.windows, covered, year.start, yearEnd),
    });
    problems.push(...check.problems.map((problem) => `${policy.name}: ${problem}`));
    warnings.push(...check.warnings.map((warning) => `${policy.name}: ${warning}`));
  }
  if (problems.length > 0) throw new MaintenanceCommandError(`Not scheduled: ${problems.join("; ")}.`);
  const window: MaintenanceWindow = {
    id: invocation.eventId,
    start,
    end,
    products,
    text,
    emergency: command.emergency,
    announcedAt: now,
    by: invocation.user,
    customers: affected.map((listing) => listing.customer.id),
    remindAt: reminderTime(start, now),
  };
  await ledger.update((current) =>
    current.windows.some((w) => w.id === window.id)
      ? current
      : { revision: current.revision + 1, windows: [...current.windows, window] },
  );
  announce(ctx, window, affected, "announce");
  const told =
    affected.length === 0
      ? "no customer's contract names these products"
      : `announced to ${affected.map((l) => l.customer.name).join(", ")}`;
  return [
    `Scheduled: ${describe(window, zone)}; ${told}, and again ${formatForPeople(window.remindAt, zone)}.`,
    ...(warnings.length > 0 ? [`Note: ${warnings.join("; ")}.`] : []),
  ].join("\n");
}

/** Posts a window's announcement in the affected customers' channels and the escalation channel, once each. */
export function announce(
  ctx: DeskContext,
  window: MaintenanceWindow,
  affected: readonly {
    readonly customer: Customer;
    readonly conversations: readonly { platform: string; conversation: string }[];
  }[],
  occasion: "announce" | "reminder",
): void {
  const lead = occasion === "announce" ? "Scheduled maintenance" : "Maintenance starts soon";
  for (const listing of affected) {
    const zone = listing.customer.policy.zone;
    for (const conversation of listing.conversations)
      ctx.post(
        conversation as Parameters<DeskContext["post"]>[0],
        { title: lead, text: `${describe(window, zone)}. We will post here if anything changes.` },
        `maintenance:${window.id}:${occasion}:${conversation.platform}:${conversation.conversation}`,
      );
  }
  const escalation = ctx.deps.directory.escalation;
  ctx.post(
    escalation,
    { title: lead, text: describe(window, ctx.deps.directory.defaultPolicy.zone) },
    `maintenance:${window.id}:${occasion}:escalation`,
  );
}

function describe(window: MaintenanceWindow, zone: string): string {
  const hours = (window.end - window.start) / 3_600_000;
  return `${window.products.join(", ")}: ${formatForPeople(window.start, zone)} for ${Math.round(hours * 100) / 100} h${window.emergency ? " (emergency)" : ""}: ${window.text}`;
}

/** `<start> <duration> <products> <what is done>`: the start may be written `2026-06-13T22:00` or `2026-06-13 22:00`. */
function parseSchedule(text: string, zone: string, known: readonly string[]) {
  let words = text.split(/\s+/).filter(Boolean);
  let startText = words[0] ?? "";
  if (/^\d{4}-\d{2}-\d{2}$/.test(startText) && /^\d{1,2}:\d{2}$/.test(words[1] ?? "")) {
    startText = `${startText}T${(words[1] as string).padStart(5, "0")}`;
    words = words.slice(1);
  }
  let start: number;
  try {
    start = parseInstant(startText, zone);
  } catch {
    throw new MaintenanceCommandError(
      `Start with when, e.g. 2026-06-13T22:00 (read in ${zone}), then how long (2h), the products and what is done.`,
    );
  }
  let durationMs: number;
  try {
    durationMs = durationToOpenMs(parseDuration(words[1] ?? ""), 24);
  } catch {
    throw new MaintenanceCommandError(`Say how long after the start, e.g. 2h or 90m.`);
  }
  if (durationMs <= 0) throw new MaintenanceCommandError("A maintenance window lasts some time, e.g. 2h.");
  const [products, rest] = leadingProducts(words.slice(2), known);
  if (products.length === 0)
    throw new MaintenanceCommandError(
      `Name the products after the duration: ${known.join(", ") || "none are known"}, or all.`,
    );
  if (rest.length === 0)
    throw new MaintenanceCommandError("Say what is done in the window, after the products.");
  return { start, durationMs, products, text: rest.join(" ") };
}

/** Product names at the start of `words` (longest names first, commas and "and" between them), or `all`. */
function leadingProducts(words: readonly string[], known: readonly string[]): [string[], string[]] {
  if (words[0]?.toLowerCase() === "all") return [[...known], words.slice(1)];
  const byLength = [...known].sort((a, b) => b.split(" ").length - a.split(" ").length);
  const found: string[] = [];
  let rest = [...words];
  for (let matched = true; matched && rest.length > 0; ) {
    matched = false;
    if (rest[0]?.toLowerCase() === "and") rest = rest.slice(1);
    for (const product of byLength) {
      const size = product.split(" ").length;
      const head = rest.slice(0, size).join(" ").replace(/,$/, "");
      if (head.toLowerCase() === product.toLowerCase()) {
        found.push(product);
        rest = rest.slice(size);
        matched = true;
        break;
      }
    }
  }
  return [[...new Set(found)], rest];
}

/** Every product the desk's contracts name. */
function allProducts(ctx: DeskContext): string[] {
  const policies = distinctPolicies(ctx.deps.directory.customers().map((l) => l.customer));
  return [...new Set([ctx.deps.directory.defaultPolicy, ...policies].flatMap(productsOf))];
}

function distinctPolicies(customers: readonly Customer[]): Policy[] {
  return [...new Map(customers.map((customer) => [customer.policy.id, customer.policy])).values()];
}

function overlaps(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => x.toLowerCase() === y.toLowerCase()));
}

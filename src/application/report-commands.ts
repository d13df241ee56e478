import { NotAllowedError } from "../domain/errors.js";
import { availabilityReport } from "../domain/reports/availability.js";
import { complianceDetail } from "../domain/reports/compliance.js";
import { NO_MAINTENANCE } from "../domain/reports/maintenance-plan.js";
import { parsePeriod, periodAt, type ReportPeriod } from "../domain/reports/period.js";
import { formatForPeople } from "../domain/sla/instant.js";
import type { Policy } from "../domain/sla/policy.js";
import type { DeskCommand } from "../domain/ticket/commands.js";
import type { OutboundMessage } from "../ports/chat-gateway.js";
import { type Customer, isAgentRole } from "../ports/directory.js";
import type { Invocation } from "./command-context.js";
import type { DeskContext } from "./desk-context.js";
import { impactWindows, ticketsOfCustomer } from "./report-data.js";

type ReportCommand = Extract<DeskCommand, { name: "report" }>;

/**
 * `report compliance|availability [customer] [period]` in chat: a readable summary and a chart, posted
 * where it was asked. Agents may ask about any customer; a client only about its own.
 */
export async function reportCommand(
  ctx: DeskContext,
  invocation: Invocation,
  command: ReportCommand,
): Promise<string> {
  const customer = customerOf(ctx, invocation, command.customer);
  const where = invocation.conversation;
  if (command.kind === "compliance") {
    if (customer === undefined)
      throw new NotAllowedError("Name the customer (`customer list` shows them), or ask in its channel.");
    ctx.post(where, await compliance(ctx, customer, command.period));
  } else {
    const policy = customer?.policy ?? ctx.deps.directory.defaultPolicy;
    ctx.post(where, await availability(ctx, policy, customer, command.period));
  }
  return "The report is posted in this conversation.";
}

function customerOf(ctx: DeskContext, invocation: Invocation, id: string | undefined): Customer | undefined {
  if (!isAgentRole(invocation.role)) {
    const own = invocation.customer;
    if (own === undefined || (id !== undefined && id.toLowerCase() !== own.id))
      throw new NotAllowedError("Ask in your own support channel for your own reports.");
    return own;
  }
  if (id === undefined) return invocation.customer;
  const found = ctx.deps.directory.customerById(id.toLowerCase());
  if (found === undefined)
    throw new NotAllowedError(`There is no customer "${id}". \`customer list\` shows them.`);
  return found;
}

function periodFor(
  policy: Policy,
  kind: "month" | "quarter",
  text: string | undefined,
  now: number,
): ReportPeriod {
  return text === undefined ? periodAt(now, kind, policy.zone) : parsePeriod(text, policy.zone);
}

async function compliance(
  ctx: DeskContext,
  customer: Customer,
  periodText: string | undefined,
): Promise<OutboundMessage> {
  const { policy } = customer;
  const rule = policy.document.credits?.responseTime;
  const now = ctx.now();
  const period = periodFor(policy, rule?.period ?? "quarter", periodText, now);
  const tickets = await ticketsOfCustomer(ctx.deps.store, customer.id, period);
  const at = Math.min(now, period.end);
  const { report, rows } = complianceDetail(policy, customer.plan ?? undefined, period, tickets, at);
  const zone = policy.zone;
  const share = `${Math.round(report.violationPercent * 100) / 100} %`;
  const credit =
    report.creditPercent === null
      ? rule === undefined
        ? `${policy.name} sets no response-time credits.`
        : `The ${report.plan} plan is outside the SLA's credits.`
      : `Credit: ${report.creditPercent} % of the ${rule?.of ?? "fee"}.`;
  const lines = [
    `${report.events} SLA event(s): ${report.met} met, ${report.violations} violated (${share}), ${report.pending} pending. ${credit}`,
    ...report.violationList
      .slice(0, 10)
      .map(
        (v) =>
          `• ${v.ticket} ${v.metric.replace("_", " ")}: due ${formatForPeople(Date.parse(v.due), zone)}, ${v.metAt === null ? "not met" : "met"} ${Math.round(v.lateMinutes)} min late`,
      ),
    ...(report.violationList.length > 10 ? [`…and ${report.violationList.length - 10} more.`] : []),
    ...(report.excluded.length > 0
      ? [
          `Not counted: ${report.excluded.length} ticket(s) (${report.excluded[0]?.reason}${report.excluded.length > 1 ? ", …" : ""}).`,
        ]
      : []),
    ...periodNote(period, at),
  ];
  const title = `${customer.name}: SLA compliance, ${period.label}`;
  return {
    title,
    text: lines.join("\n"),
    ...image(ctx, title, () => ctx.deps.charts?.compliance(rows, period, title)),
  };
}

async function availability(
  ctx: DeskContext,
  policy: Policy,
  customer: Customer | undefined,
  periodText: string | undefined,
): Promise<OutboundMessage> {
  if (policy.document.availability === undefined)
    throw new NotAllowedError(`${policy.name} makes no availability commitment.`);
  const now = ctx.now();
  const period = periodFor(policy, policy.document.availability.period, periodText, now);
  const at = Math.min(now, period.end);
  const plan = (await ctx.deps.maintenance?.read()) ?? NO_MAINTENANCE;
  const report = availabilityReport(
    policy,
    period,
    await impactWindows(ctx.deps.store, plan, policy, period, at),
  );
  const lines = report.products.map(
    (p) =>
      `• ${p.product}: ${Math.round(p.availabilityPercent * 1000) / 1000} % (commitment ${p.commitmentPercent} %, ${p.met ? "met" : "missed"}); ${Math.round(p.unavailableMinutes)} min unavailable, ${Math.round(p.excludedMinutes)} min excluded, ${Math.round(p.minutesLeft * 10) / 10} min left`,
  );
  const credit =
    report.creditPercent === null
      ? []
      : [`Credit: ${report.creditPercent} % of the ${policy.document.availability.of ?? "fee"}.`];
  const title = `${customer?.name ?? policy.name}: availability, ${period.label}`;
  return {
    title,
    text: [...lines, ...credit, ...periodNote(period, at)].join("\n"),
    ...image(ctx, title, () => ctx.deps.charts?.availability(report, title)),
  };
}

/** A period still running is reported so far. */
function periodNote(period: ReportPeriod, at: number): string[] {
  return at < period.end
    ? [`So far: the period runs until ${formatForPeople(period.end, period.zone)}.`]
    : [];
}

function image(ctx: DeskContext, title: string, draw: () => Uint8Array | undefined) {
  const png = ctx.deps.charts === undefined ? undefined : draw();
  if (png === undefined) return {};
  const name = `${title
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase()}.png`;
  return { image: { name, png: Buffer.from(png).toString("base64"), alt: title } };
}

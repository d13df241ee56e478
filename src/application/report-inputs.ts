import { z } from "zod";
import { DeskError } from "../domain/errors.js";
import { EXCLUSIONS, type ImpactWindow } from "../domain/reports/availability.js";
import type { ReportedTicket } from "../domain/reports/compliance.js";
import { parseInstant } from "../domain/sla/instant.js";
import type { Policy } from "../domain/sla/policy.js";
import { parseHistory } from "./replay-history.js";

/** A line of a report's input that is not what the report reads; nothing is reported. */
export class InvalidReportInputError extends DeskError {
  constructor(line: number, problem: string) {
    super("invalid_event", `line ${line}: ${problem}`);
  }
}

const ticketLine = z.strictObject({
  ticket: z.string().min(1),
  plan: z.string().min(1).optional(),
  events: z.array(z.unknown()).min(1, "a ticket needs its events, the first one `opened`"),
});

const impactLine = z.strictObject({
  id: z.string().min(1),
  start: z.string(),
  end: z.string(),
  products: z.array(z.string().min(1)).min(1).optional(),
  impact: z.enum(["unavailable", "degraded"]),
  excluded: z.enum(EXCLUSIONS).optional(),
});

/** JSON lines of tickets, `{"ticket", "plan"?, "events": [...]}`, events as `sla-desk replay` takes them. */
export function parseTicketLines(text: string, policy: Policy): ReportedTicket[] {
  // Each line is read and converted at once: the raw JSON is garbage before the next line is parsed.
  return mapJsonLines(text, (line, record) => {
    const parsed = ticketLine.safeParse(record);
    if (!parsed.success) throw new InvalidReportInputError(line, issueOf(parsed.error));
    try {
      const events = parseHistory(parsed.data.events, policy);
      if (parsed.data.plan !== undefined) policy.resolvePlan(parsed.data.plan);
      return { ticket: parsed.data.ticket, plan: parsed.data.plan, events };
    } catch (error) {
      if (error instanceof DeskError)
        throw new InvalidReportInputError(line, `${parsed.data.ticket}: ${error.message}`);
      throw error;
    }
  });
}

/** JSON lines of incidents and maintenance windows: `{"id", "start", "end", "products"?, "impact", "excluded"?}`. */
export function parseImpactLines(text: string, policy: Policy): ImpactWindow[] {
  return jsonLines(text).map(([line, record]) => {
    const parsed = impactLine.safeParse(record);
    if (!parsed.success) throw new InvalidReportInputError(line, issueOf(parsed.error));
    const { id, products, impact, excluded } = parsed.data;
    try {
      const start = parseInstant(parsed.data.start, policy.zone);
      const end = parseInstant(parsed.data.end, policy.zone);
      if (end < start) throw new InvalidReportInputError(line, `${id} ends before it starts`);
      return { id, start, end, products, impact, excluded };
    } catch (error) {
      if (error instanceof DeskError && !(error instanceof InvalidReportInputError))
        throw new InvalidReportInputError(line, `${id}: ${error.message}`);
      throw error;
    }
  });
}

/** Each non-empty line's JSON value, converted as it is read. */
function mapJsonLines<T>(text: string, convert: (line: number, record: unknown) => T): T[] {
  const results: T[] = [];
  let from = 0;
  for (let line = 1; from <= text.length; line++) {
    const end = text.indexOf("\n", from);
    const raw = text.slice(from, end === -1 ? text.length : end);
    from = end === -1 ? text.length + 1 : end + 1;
    if (raw.trim() === "") continue;
    let record: unknown;
    try {
      record = JSON.parse(raw);
    } catch {
      throw new InvalidReportInputError(line, "not valid JSON");
    }
    results.push(convert(line, record));
  }
  return results;
}

/** Non-empty lines, each one JSON value, with their line numbers. */
function jsonLines(text: string): [number, unknown][] {
  const records: [number, unknown][] = [];
  text.split("\n").forEach((raw, index) => {
    if (raw.trim() === "") return;
    try {
      records.push([index + 1, JSON.parse(raw)]);
    } catch {
      throw new InvalidReportInputError(index + 1, "not valid JSON");
    }
  });
  return records;
}

function issueOf(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue?.path.join(".") || "the line"}: ${issue?.message ?? "not what the report reads"}`;
}

import type { AvailabilityReport } from "../domain/reports/availability.js";
import type { SlaEventRow } from "../domain/reports/compliance.js";
import { formatInstant } from "../domain/sla/instant.js";

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
function field(value: string | number | boolean | null): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function table(header: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[]) {
  return [header, ...rows]
    .map((row) => row.map(field).join(","))
    .join("\r\n")
    .concat("\r\n");
}

/** Every SLA event a compliance report counted or holds pending, a row each. */
export function complianceCsv(rows: readonly SlaEventRow[], zone: string): string {
  const at = (ms: number | null) => (ms === null ? null : formatInstant(ms, zone));
  return table(
    ["ticket", "metric", "start", "due", "metAt", "state", "lateMinutes"],
    rows.map((row) => [
      row.ticket,
      row.metric,
      at(row.start),
      at(row.due),
      at(row.metAt),
      row.state,
      row.lateMinutes,
    ]),
  );
}

/** A row per product of an availability report. */
export function availabilityCsv(report: AvailabilityReport): string {
  return table(
    [
      "product",
      "commitmentPercent",
      "unavailableMinutes",
      "excludedMinutes",
      "availabilityPercent",
      "met",
      "minutesLeft",
    ],
    report.products.map((p) => [
      p.product,
      p.commitmentPercent,
      p.unavailableMinutes,
      p.excludedMinutes,
      p.availabilityPercent,
      p.met,
      p.minutesLeft,
    ]),
  );
}

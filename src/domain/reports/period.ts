import { InvalidPeriodError } from "../errors.js";
import { formatInstant, localToInstant } from "../sla/instant.js";

/** A calendar month or quarter in a contract's zone: its real length, DST changes included. */
export interface ReportPeriod {
  readonly label: string;
  readonly kind: "month" | "quarter";
  /** The first instant of the period. */
  readonly start: number;
  /** The next period's first instant (the period ends just before it). */
  readonly end: number;
  readonly zone: string;
}

const QUARTER = /^(\d{4})-Q([1-4])$/i;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** `2026-Q1` or `2026-03`, in `zone`. */
export function parsePeriod(text: string, zone: string): ReportPeriod {
  const quarter = QUARTER.exec(text.trim());
  if (quarter !== null) {
    const year = Number(quarter[1]);
    const first = (Number(quarter[2]) - 1) * 3 + 1;
    return span(`${year}-Q${quarter[2]}`, "quarter", zone, year, first, 3);
  }
  const month = MONTH.exec(text.trim());
  if (month !== null) return span(text.trim(), "month", zone, Number(month[1]), Number(month[2]), 1);
  throw new InvalidPeriodError(text);
}

/** The month or quarter, in `zone`, that holds the instant `at`. */
export function periodAt(at: number, kind: "month" | "quarter", zone: string): ReportPeriod {
  const [year, month] = formatInstant(at, zone).split("-").map(Number) as [number, number];
  if (kind === "month") return parsePeriod(`${year}-${String(month).padStart(2, "0")}`, zone);
  return parsePeriod(`${year}-Q${Math.floor((month - 1) / 3) + 1}`, zone);
}

function span(
  label: string,
  kind: ReportPeriod["kind"],
  zone: string,
  year: number,
  month: number,
  months: number,
) {
  const nextMonth = month + months;
  const end =
    nextMonth > 12
      ? localToInstant(zone, year + 1, nextMonth - 12, 1, 0)
      : localToInstant(zone, year, nextMonth, 1, 0);
  return { label, kind, zone, start: localToInstant(zone, year, month, 1, 0), end };
}

/** The period's bounds as the reports print them: ISO-8601 with the zone's offset. */
export function periodBounds(period: ReportPeriod): { start: string; end: string } {
  return { start: formatInstant(period.start, period.zone), end: formatInstant(period.end, period.zone) };
}

import { DateTime, IANAZone } from "luxon";
import { InvalidInstantError } from "../errors.js";

/**
 * Converts a local wall-clock time in `zone` to an instant. A time that occurs twice (DST ends) is its
 * first occurrence; a time skipped when DST starts moves forward by the gap (02:30 becomes 03:30).
 */
export function localToInstant(
  zone: string,
  year: number,
  month: number,
  day: number,
  minute: number,
): number {
  const wall = Date.UTC(year, month - 1, day, 0, minute);
  const before = zoneOffsetMinutes(zone, wall - DAY_MS);
  const after = zoneOffsetMinutes(zone, wall + DAY_MS);
  const early = wall - before * MINUTE_MS;
  const late = wall - after * MINUTE_MS;
  const earlyFits = zoneOffsetMinutes(zone, early) === before;
  const lateFits = zoneOffsetMinutes(zone, late) === after;
  if (earlyFits && lateFits) return Math.min(early, late);
  if (earlyFits) return early;
  if (lateFits) return late;
  return wall - Math.min(before, after) * MINUTE_MS;
}

const WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)$/i;

/**
 * Parses an ISO-8601 date-time. With an offset (or Z) it names one instant; without one it is a
 * wall-clock time in `defaultZone` (the policy's own zone).
 */
export function parseInstant(text: string, defaultZone: string): number {
  const match = WITH_OFFSET.exec(text);
  if (match) {
    const ms = Date.UTC(
      Number(match[1]),
      Number(match[2]) - 1,
      Number(match[3]),
      Number(match[4]),
      Number(match[5]),
      Number(match[6] ?? 0),
      Math.floor(Number(match[7] ?? 0) * 1000),
    );
    const check = new Date(ms);
    if (check.getUTCDate() !== Number(match[3]) || Number(match[4]) > 23 || Number.isNaN(ms)) {
      throw new InvalidInstantError(text);
    }
    return ms - offsetMinutesOf(match[8] as string) * 60_000;
  }
  const parsed = DateTime.fromISO(text, { zone: defaultZone, setZone: true });
  if (!parsed.isValid) throw new InvalidInstantError(text);
  return parsed.toMillis();
}

function offsetMinutesOf(designator: string): number {
  if (designator === "Z" || designator === "z") return 0;
  const sign = designator.startsWith("-") ? -1 : 1;
  const digits = designator.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

/** A zone's offsets through one UTC year: the offset at its start and each change after. */
interface YearOffsets {
  readonly atStart: number;
  readonly changesAt: number[];
  readonly offsets: number[];
}

const offsetTables = new Map<string, Map<number, YearOffsets>>();

/**
 * The zone's UTC offset in minutes at an instant. Asking the platform's time-zone data is slow, so
 * each zone-year is sampled weekly and every change is located to the minute once, then looked up.
 */
export function zoneOffsetMinutes(zone: string, ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  let years = offsetTables.get(zone);
  if (years === undefined) {
    years = new Map();
    offsetTables.set(zone, years);
  }
  let table = years.get(year);
  if (table === undefined) {
    table = yearOffsets(IANAZone.create(zone), year);
    years.set(year, table);
  }
  let offset = table.atStart;
  for (let i = 0; i < table.changesAt.length && (table.changesAt[i] as number) <= ms; i++) {
    offset = table.offsets[i] as number;
  }
  return offset;
}

function yearOffsets(zone: IANAZone, year: number): YearOffsets {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const changesAt: number[] = [];
  const offsets: number[] = [];
  const atStart = zone.offset(start);
  let previous = atStart;
  let lastSample = start;
  for (let from = start; from < end; from += WEEK_MS) {
    const to = Math.min(from + WEEK_MS, end) - MINUTE_MS;
    const offset = zone.offset(to);
    let low = lastSample;
    lastSample = to;
    if (offset === previous) continue;
    let high = to;
    while (high - low > MINUTE_MS) {
      const mid = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
      if (zone.offset(mid) === previous) low = mid;
      else high = mid;
    }
    changesAt.push(high);
    offsets.push(offset);
    previous = offset;
  }
  return { atStart, changesAt, offsets };
}

/** ISO-8601 with the zone's offset at that instant, e.g. `2025-03-31T10:30:00+02:00` (milliseconds only when set). */
export function formatInstant(ms: number, zone: string): string {
  const offset = zoneOffsetMinutes(zone, ms);
  const local = new Date(ms + offset * 60_000);
  const millis = local.getUTCMilliseconds();
  const abs = Math.abs(offset);
  return (
    `${pad4(local.getUTCFullYear())}-${pad2(local.getUTCMonth() + 1)}-${pad2(local.getUTCDate())}` +
    `T${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())}:${pad2(local.getUTCSeconds())}` +
    (millis === 0 ? "" : `.${String(millis).padStart(3, "0")}`) +
    `${offset < 0 ? "-" : "+"}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`
  );
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function pad4(n: number): string {
  return String(n).padStart(4, "0");
}

export function isValidZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

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
  readonly start: number;
  readonly end: number;
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
  const table = offsetTableFor(zone, ms);
  let offset = table.atStart;
  for (let i = 0; i < table.changesAt.length && (table.changesAt[i] as number) <= ms; i++) {
    offset = table.offsets[i] as number;
  }
  return offset;
}

const lastTables = new Map<string, YearOffsets>();

function offsetTableFor(zone: string, ms: number): YearOffsets {
  const last = lastTables.get(zone);
  if (last !== undefined && ms >= last.start && ms < last.end) return last;
  const year = civilFromDays(Math.floor(ms / DAY_MS)).year;
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
  lastTables.set(zone, table);
  return table;
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
  return { start, end, atStart, changesAt, offsets };
}

/** ISO-8601 with the zone's offset at that instant, e.g. `2025-03-31T10:30:00+02:00` (milliseconds only when set). */
export function formatInstant(ms: number, zone: string): string {
  const offset = zoneOffsetMinutes(zone, ms);
  const local = ms + offset * MINUTE_MS;
  const days = Math.floor(local / DAY_MS);
  const { year, month, day } = civilFromDays(days);
  const msOfDay = local - days * DAY_MS;
  const seconds = Math.floor(msOfDay / 1000);
  const millis = msOfDay - seconds * 1000;
  const abs = Math.abs(offset);
  return (
    `${pad4(year)}-${pad2(month)}-${pad2(day)}` +
    `T${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}` +
    (millis === 0 ? "" : `.${String(millis).padStart(3, "0")}`) +
    `${offset < 0 ? "-" : "+"}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`
  );
}

const WEEKDAYS = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"] as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/**
 * "Tue 3 Mar 10:00 CET": an instant as people read it in chat, in the zone its calendar uses, with the
 * zone's name as people write it that day (CEST in summer, EDT, AEDT, IST), or its offset from GMT
 * where the zone has no such name (GMT+9 in Tokyo).
 */
export function formatForPeople(ms: number, zone: string): string {
  const offset = zoneOffsetMinutes(zone, ms);
  const local = ms + offset * MINUTE_MS;
  const days = Math.floor(local / DAY_MS);
  const { month, day } = civilFromDays(days);
  const minutes = Math.floor((local - days * DAY_MS) / MINUTE_MS);
  const weekday = WEEKDAYS[((days % 7) + 7) % 7];
  const name = zoneName(zone, ms, offset);
  return `${weekday} ${day} ${MONTHS[month - 1]} ${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)} ${name}`;
}

/** English locales whose short zone names cover the zones people name: CET, EST, AEDT, IST, NZDT, SAST. */
const NAMING_LOCALES = ["en-US", "en-GB", "en-AU", "en-IN", "en-NZ", "en-ZA", "en-SG", "en-IE", "en-CA"];
const zoneNames = new Map<string, string>();

/** The zone's short name at an instant with this offset; looked up once per zone and offset. */
function zoneName(zone: string, ms: number, offset: number): string {
  const key = `${zone}|${offset}`;
  let name = zoneNames.get(key);
  if (name === undefined) {
    name = namedZone(zone, ms) ?? gmtOffset(offset);
    zoneNames.set(key, name);
  }
  return name;
}

function namedZone(zone: string, ms: number): string | undefined {
  for (const locale of NAMING_LOCALES) {
    const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: "short" }).formatToParts(
      ms,
    );
    const name = parts.find((part) => part.type === "timeZoneName")?.value;
    if (name !== undefined && /^[A-Z]{2,5}$/.test(name)) return name;
  }
  return undefined;
}

function gmtOffset(offset: number): string {
  const abs = Math.abs(offset);
  if (offset === 0) return "GMT";
  return `GMT${offset < 0 ? "-" : "+"}${Math.floor(abs / 60)}${abs % 60 === 0 ? "" : `:${pad2(abs % 60)}`}`;
}

/** The proleptic Gregorian date of a day count since 1970-01-01 (H. Hinnant's civil_from_days). */
function civilFromDays(daysSinceEpoch: number): { year: number; month: number; day: number } {
  const z = daysSinceEpoch + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
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

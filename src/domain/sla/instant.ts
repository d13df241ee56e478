import { DateTime, IANAZone } from "luxon";
import { InvalidInstantError } from "../errors.js";

/** Converts a local wall-clock time in `zone` to an instant; a time skipped by DST moves forward. */
export function localToInstant(
  zone: string,
  year: number,
  month: number,
  day: number,
  minute: number,
): number {
  return DateTime.fromObject(
    { year, month, day, hour: Math.floor(minute / 60), minute: minute % 60 },
    { zone },
  ).toMillis();
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

const OFFSET_BUCKET_MS = 15 * 60_000;
const offsetCaches = new Map<string, Map<number, number>>();

/** The zone's UTC offset in minutes at an instant. Zones change offset only on quarter hours. */
export function zoneOffsetMinutes(zone: string, ms: number): number {
  let cache = offsetCaches.get(zone);
  if (cache === undefined) {
    cache = new Map();
    offsetCaches.set(zone, cache);
  }
  const bucket = Math.floor(ms / OFFSET_BUCKET_MS);
  let offset = cache.get(bucket);
  if (offset === undefined) {
    offset = IANAZone.create(zone).offset(bucket * OFFSET_BUCKET_MS);
    cache.set(bucket, offset);
  }
  return offset;
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

import { InvalidHoursError } from "../errors.js";

/** ISO weekday numbers, as luxon uses them: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * One weekly opening: it starts on `startDay` at `startMinute` (local wall time) and stays open for
 * `lengthMinutes` of wall-clock time, which may cross midnight or span several days.
 */
export interface WeeklyWindow {
  readonly startDay: Weekday;
  readonly startMinute: number;
  readonly lengthMinutes: number;
}

const MINUTES_PER_DAY = 1440;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
const DAY_NAMES: Record<string, Weekday> = {
  mon: 1,
  monday: 1,
  tue: 2,
  tuesday: 2,
  wed: 3,
  wednesday: 3,
  thu: 4,
  thursday: 4,
  fri: 5,
  friday: 5,
  sat: 6,
  saturday: 6,
  sun: 7,
  sunday: 7,
};
const DAY_LABELS = ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

const PER_DAY = /^([a-z,\s-]+?)\s+(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})$/i;
const SPAN = /^([a-z]+)\s+(\d{1,2}:\d{2})\s*-\s*([a-z]+)\s+(\d{1,2}:\d{2})$/i;

/**
 * Parses the weekly hours of a calendar. Two forms:
 * - `mon-fri 08:30-17:00` (also `daily`, `mon,wed`, `sat`): the same window on each listed day; an end at
 *   or before the start crosses midnight (`fri 22:00-02:00`), `24:00` is the end of the day;
 * - `sun 16:00 - fri 17:00`: one continuous window from a day and time to a later day and time.
 */
export function parseWeeklyWindows(text: string): WeeklyWindow[] {
  const trimmed = text.trim();
  const span = SPAN.exec(trimmed);
  if (span && dayOf(span[1]) !== undefined && dayOf(span[3]) !== undefined) {
    return [spanWindow(trimmed, span)];
  }
  const perDay = PER_DAY.exec(trimmed);
  if (!perDay) {
    throw new InvalidHoursError(text, 'write "mon-fri 08:30-17:00" or "sun 16:00 - fri 17:00"');
  }
  const days = parseDays(text, perDay[1] ?? "");
  const start = parseTime(text, perDay[2] ?? "", false);
  const end = parseTime(text, perDay[3] ?? "", true);
  if (start === end) throw new InvalidHoursError(text, "the window opens and closes at the same time");
  const length = end > start ? end - start : end + MINUTES_PER_DAY - start;
  return days.map((startDay) => ({ startDay, startMinute: start, lengthMinutes: length }));
}

function spanWindow(text: string, match: RegExpExecArray): WeeklyWindow {
  const startDay = dayOf(match[1]) as Weekday;
  const endDay = dayOf(match[3]) as Weekday;
  const startMinute = parseTime(text, match[2] ?? "", false);
  const endMinute = parseTime(text, match[4] ?? "", true);
  const startOfWeek = (startDay - 1) * MINUTES_PER_DAY + startMinute;
  const endOfWeek = (endDay - 1) * MINUTES_PER_DAY + endMinute;
  let length = endOfWeek - startOfWeek;
  if (length <= 0) length += MINUTES_PER_WEEK;
  return { startDay, startMinute, lengthMinutes: length };
}

function parseDays(text: string, spec: string): Weekday[] {
  const lower = spec.toLowerCase().trim();
  if (lower === "daily" || lower === "every day") return [1, 2, 3, 4, 5, 6, 7];
  const days: Weekday[] = [];
  for (const part of lower.split(",").map((p) => p.trim())) {
    const [from, to, extra] = part.split("-").map((p) => p.trim());
    const first = dayOf(from);
    const last = to === undefined ? first : dayOf(to);
    if (first === undefined || last === undefined || extra !== undefined) {
      throw new InvalidHoursError(text, `"${part}" is not a day or a range of days such as mon-fri`);
    }
    for (let day = first; ; day = ((day % 7) + 1) as Weekday) {
      if (!days.includes(day)) days.push(day);
      if (day === last) break;
    }
  }
  return days;
}

function parseTime(text: string, time: string, allowEndOfDay: boolean): number {
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  const isEndOfDay = hours === 24 && minutes === 0;
  if (hours > 23 && !(allowEndOfDay && isEndOfDay))
    throw new InvalidHoursError(text, `${time} is not a time of day`);
  if (minutes > 59) throw new InvalidHoursError(text, `${time} is not a time of day`);
  return hours * 60 + minutes;
}

function dayOf(name: string | undefined): Weekday | undefined {
  return name === undefined ? undefined : DAY_NAMES[name.toLowerCase()];
}

export function describeWindow(window: WeeklyWindow): string {
  const hhmm = (minute: number) =>
    `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
  const endAbsolute = window.startMinute + window.lengthMinutes;
  const endDay = (((window.startDay - 1 + Math.floor(endAbsolute / MINUTES_PER_DAY)) % 7) + 1) as Weekday;
  const end = hhmm(endAbsolute % MINUTES_PER_DAY);
  if (endAbsolute <= MINUTES_PER_DAY)
    return `${DAY_LABELS[window.startDay]} ${hhmm(window.startMinute)}-${end === "00:00" ? "24:00" : end}`;
  return `${DAY_LABELS[window.startDay]} ${hhmm(window.startMinute)} - ${DAY_LABELS[endDay]} ${end}`;
}

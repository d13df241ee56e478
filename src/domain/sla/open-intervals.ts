import type { HolidaySource } from "./holidays.js";
import { localToInstant } from "./instant.js";
import type { WeeklyWindow } from "./weekly-hours.js";

const DAY_MS = 86_400_000;
const MINUTES_PER_DAY = 1440;
/** Windows last at most a week, so starting a week early catches those that reach into the range. */
const LEAD_DAYS = 8;

export interface OpenIntervals {
  readonly rangeStart: number;
  readonly rangeEnd: number;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
}

/**
 * The open intervals of the local years `firstYear..lastYear`: weekly windows laid on each local date,
 * merged, with whole local holiday dates cut out, clipped to the years' bounds.
 */
export function buildOpenIntervals(
  zone: string,
  windows: readonly WeeklyWindow[],
  holidays: HolidaySource,
  firstYear: number,
  lastYear: number,
): OpenIntervals {
  const rangeStart = localToInstant(zone, firstYear, 1, 1, 0);
  const rangeEnd = localToInstant(zone, lastYear + 1, 1, 1, 0);
  const open = mergeIntervals(weeklyIntervals(zone, windows, firstYear, lastYear));
  const closed = mergeIntervals(holidayIntervals(zone, holidays, firstYear - 1, lastYear + 1));
  const kept = clip(subtract(open, closed), rangeStart, rangeEnd);
  return {
    rangeStart,
    rangeEnd,
    starts: Float64Array.from(kept, ([start]) => start),
    ends: Float64Array.from(kept, ([, end]) => end),
  };
}

type Interval = [number, number];

function weeklyIntervals(
  zone: string,
  windows: readonly WeeklyWindow[],
  firstYear: number,
  lastYear: number,
) {
  const intervals: Interval[] = [];
  const lastDate = Date.UTC(lastYear + 1, 0, 1);
  for (let date = Date.UTC(firstYear, 0, 1) - LEAD_DAYS * DAY_MS; date < lastDate; date += DAY_MS) {
    const weekday = ((new Date(date).getUTCDay() + 6) % 7) + 1;
    for (const window of windows) {
      if (window.startDay !== weekday) continue;
      const endMinute = window.startMinute + window.lengthMinutes;
      const endDate = new Date(date + Math.floor(endMinute / MINUTES_PER_DAY) * DAY_MS);
      intervals.push([
        instantOf(zone, new Date(date), window.startMinute),
        instantOf(zone, endDate, endMinute % MINUTES_PER_DAY),
      ]);
    }
  }
  return intervals;
}

function holidayIntervals(zone: string, holidays: HolidaySource, firstYear: number, lastYear: number) {
  const intervals: Interval[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    for (const iso of holidays.datesIn(year)) {
      const date = new Date(`${iso}T00:00:00Z`);
      intervals.push([instantOf(zone, date, 0), instantOf(zone, new Date(date.getTime() + DAY_MS), 0)]);
    }
  }
  return intervals;
}

function instantOf(zone: string, utcDate: Date, minute: number): number {
  return localToInstant(
    zone,
    utcDate.getUTCFullYear(),
    utcDate.getUTCMonth() + 1,
    utcDate.getUTCDate(),
    minute,
  );
}

function mergeIntervals(intervals: Interval[]): Interval[] {
  const sorted = intervals.filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0]);
  const merged: Interval[] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function subtract(open: Interval[], closed: Interval[]): Interval[] {
  const result: Interval[] = [];
  let c = 0;
  for (const [openStart, openEnd] of open) {
    let start = openStart;
    while (c < closed.length && (closed[c] as Interval)[1] <= start) c++;
    for (let k = c; k < closed.length && (closed[k] as Interval)[0] < openEnd; k++) {
      const [closedStart, closedEnd] = closed[k] as Interval;
      if (closedStart > start) result.push([start, closedStart]);
      start = Math.max(start, closedEnd);
    }
    if (start < openEnd) result.push([start, openEnd]);
  }
  return result;
}

function clip(intervals: Interval[], from: number, to: number): Interval[] {
  return intervals
    .map(([start, end]): Interval => [Math.max(start, from), Math.min(end, to)])
    .filter(([start, end]) => end > start);
}

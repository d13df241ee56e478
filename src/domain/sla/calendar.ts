import { CalendarNeverOpenError } from "../errors.js";
import type { HolidaySource } from "./holidays.js";
import { buildOpenIntervals } from "./open-intervals.js";
import { describeWindow, type WeeklyWindow } from "./weekly-hours.js";

const MAX_YEARS_SEARCHED = 20;

/**
 * A business-hours calendar. Open time is counted on half-open intervals `[start, end)` of real
 * instants, computed from local wall-clock windows in the calendar's zone, so DST is handled by
 * construction. The intervals are indexed with prefix sums: a due time is one binary search.
 */
export class BusinessCalendar {
  private firstYear = 0;
  private lastYear = -1;
  private rangeStart = 0;
  private rangeEnd = 0;
  private starts: Float64Array = new Float64Array(0);
  private ends: Float64Array = new Float64Array(0);
  private openBeforeStart: Float64Array = new Float64Array(0);
  private openBeforeEnd: Float64Array = new Float64Array(0);

  constructor(
    readonly id: string,
    readonly zone: string,
    readonly hoursPerDay: number,
    private readonly windows: readonly WeeklyWindow[] | "always",
    private readonly holidays: HolidaySource,
  ) {}

  get isAlwaysOpen(): boolean {
    return this.windows === "always";
  }

  /** The earliest instant at which `amountMs` of open time has elapsed since `startMs`. */
  addOpenTime(startMs: number, amountMs: number): number {
    if (amountMs <= 0) return startMs;
    if (this.windows === "always") return startMs + amountMs;
    this.cover(startMs);
    for (let extended = 0; extended <= MAX_YEARS_SEARCHED; extended++) {
      const target = this.openBefore(startMs) + amountMs;
      const j = firstAtLeast(this.openBeforeEnd, target);
      if (j < this.openBeforeEnd.length) {
        return (this.ends[j] as number) - ((this.openBeforeEnd[j] as number) - target);
      }
      this.build(this.firstYear, this.lastYear + 1);
    }
    throw new CalendarNeverOpenError(this.id);
  }

  /** Open time, in milliseconds, within `[fromMs, toMs)`. */
  openTimeBetween(fromMs: number, toMs: number): number {
    if (toMs <= fromMs) return 0;
    if (this.windows === "always") return toMs - fromMs;
    this.cover(fromMs);
    this.cover(toMs);
    return this.openBefore(toMs) - this.openBefore(fromMs);
  }

  isOpen(ms: number): boolean {
    if (this.windows === "always") return true;
    this.cover(ms);
    const i = firstAbove(this.ends, ms);
    return i < this.ends.length && (this.starts[i] as number) <= ms;
  }

  /** `ms` itself when the calendar is open then, otherwise the next opening. */
  nextOpening(ms: number): number {
    if (this.windows === "always") return ms;
    this.cover(ms);
    for (let extended = 0; extended <= MAX_YEARS_SEARCHED; extended++) {
      const i = firstAbove(this.ends, ms);
      if (i < this.ends.length) return Math.max(ms, this.starts[i] as number);
      this.build(this.firstYear, this.lastYear + 1);
    }
    throw new CalendarNeverOpenError(this.id);
  }

  describe(): string {
    const hours = this.windows === "always" ? "24x7" : this.windows.map(describeWindow).join(", ");
    return `${hours} ${this.zone}, ${this.holidays.describe()}, ${this.hoursPerDay} h per day`;
  }

  private openBefore(ms: number): number {
    const i = firstAbove(this.ends, ms);
    if (i === this.ends.length) return i === 0 ? 0 : (this.openBeforeEnd[i - 1] as number);
    return (this.openBeforeStart[i] as number) + Math.max(0, ms - (this.starts[i] as number));
  }

  private cover(ms: number): void {
    if (ms >= this.rangeStart && ms < this.rangeEnd) return;
    const year = new Date(ms).getUTCFullYear();
    if (this.lastYear < this.firstYear) this.build(year - 1, year + 1);
    else this.build(Math.min(this.firstYear, year - 1), Math.max(this.lastYear, year + 1));
  }

  private build(firstYear: number, lastYear: number): void {
    if (this.windows === "always") return;
    const built = buildOpenIntervals(this.zone, this.windows, this.holidays, firstYear, lastYear);
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.rangeStart = built.rangeStart;
    this.rangeEnd = built.rangeEnd;
    this.starts = built.starts;
    this.ends = built.ends;
    this.openBeforeStart = new Float64Array(built.starts.length);
    this.openBeforeEnd = new Float64Array(built.starts.length);
    let open = 0;
    for (let i = 0; i < built.starts.length; i++) {
      this.openBeforeStart[i] = open;
      open += (built.ends[i] as number) - (built.starts[i] as number);
      this.openBeforeEnd[i] = open;
    }
  }
}

/** Index of the first element >= value (the length when none is). */
function firstAtLeast(sorted: Float64Array, value: number): number {
  return searchSorted(sorted, value, false);
}

/** Index of the first element > value (the length when none is). */
function firstAbove(sorted: Float64Array, value: number): number {
  return searchSorted(sorted, value, true);
}

function searchSorted(sorted: Float64Array, value: number, strictlyAbove: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const element = sorted[mid] as number;
    if (element < value || (strictlyAbove && element === value)) low = mid + 1;
    else high = mid;
  }
  return low;
}

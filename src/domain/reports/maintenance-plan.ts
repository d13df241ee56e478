import type { UserRef } from "../refs.js";

/** A maintenance window the desk accepted and announced. */
export interface MaintenanceWindow {
  /** The event that scheduled it: scheduling again from the same event changes nothing. */
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly products: readonly string[];
  readonly text: string;
  readonly emergency: boolean;
  readonly announcedAt: number;
  readonly by: UserRef;
  /** The customers told, by id. */
  readonly customers: readonly string[];
  /** When it is announced again, shortly before it starts; and when that was done. */
  readonly remindAt: number;
  readonly remindedAt?: number | undefined;
}

/** Every accepted maintenance window, as every desk process reads it. */
export interface MaintenancePlan {
  readonly revision: number;
  readonly windows: readonly MaintenanceWindow[];
}

export const NO_MAINTENANCE: MaintenancePlan = { revision: 0, windows: [] };

/** When an accepted window is announced a second time: a day before it starts, or halfway there if sooner. */
export function reminderTime(start: number, announcedAt: number): number {
  const day = 24 * 3_600_000;
  return start - Math.min(day, Math.max(0, (start - announcedAt) / 2));
}

/** Minutes of scheduled downtime the windows hold in the calendar year [yearStart, yearEnd), for products. */
export function minutesInYear(
  windows: readonly MaintenanceWindow[],
  products: readonly string[],
  yearStart: number,
  yearEnd: number,
): number {
  return (
    windows
      .filter((w) => !w.emergency && w.products.some((p) => products.includes(p)))
      .reduce((sum, w) => sum + Math.max(0, Math.min(w.end, yearEnd) - Math.max(w.start, yearStart)), 0) /
    60_000
  );
}

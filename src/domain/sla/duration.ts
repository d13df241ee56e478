import { InvalidDurationError } from "../errors.js";

/** Units of a target amount; a day is `hoursPerDay` open hours of its calendar, a week five such days. */
export type DurationUnit = "m" | "h" | "d" | "w";

export interface TargetDuration {
  readonly value: number;
  readonly unit: DurationUnit;
}

const DURATION = /^(\d+(?:\.\d+)?)\s*(m|min|mins|minutes?|h|hrs?|hours?|d|days?|w|weeks?)?$/i;
const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
export const DAYS_PER_WEEK_OF_TARGET = 5;

export function parseDuration(text: string): TargetDuration {
  const match = DURATION.exec(text.trim());
  if (!match) throw new InvalidDurationError(text);
  const value = Number(match[1]);
  const unitWord = (match[2] ?? "").toLowerCase();
  if (unitWord === "") {
    if (value !== 0) throw new InvalidDurationError(text);
    return { value: 0, unit: "m" };
  }
  return { value, unit: unitWord[0] as DurationUnit };
}

/** The open time, in milliseconds, that a target amount stands for on a calendar with `hoursPerDay`. */
export function durationToOpenMs(duration: TargetDuration, hoursPerDay: number): number {
  switch (duration.unit) {
    case "m":
      return duration.value * MINUTE_MS;
    case "h":
      return duration.value * HOUR_MS;
    case "d":
      return duration.value * hoursPerDay * HOUR_MS;
    case "w":
      return duration.value * DAYS_PER_WEEK_OF_TARGET * hoursPerDay * HOUR_MS;
  }
}

export function formatDuration(duration: TargetDuration): string {
  return duration.value === 0 ? "0" : `${duration.value}${duration.unit}`;
}

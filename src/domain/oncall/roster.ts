import { DateTime } from "luxon";
import type { UserRef } from "../refs.js";

/** A weekly rotation: each person in turn holds the pager for one week, handing over at a fixed time. */
export interface Rotation {
  readonly zone: string;
  /** ISO weekday of the handover, 1 = Monday. */
  readonly weekday: number;
  /** Local time of the handover, minutes after midnight. */
  readonly minuteOfDay: number;
  /** A date (YYYY-MM-DD) in the first person's first week. */
  readonly since: string;
  /** In order; the next person in line is the secondary (the backup) for the week. */
  readonly people: readonly UserRef[];
}

/** Someone taking the pager from `from` until `until` (open-ended when null), set with `oncall set`. */
export interface OnCallOverride {
  readonly user: UserRef;
  readonly from: number;
  readonly until: number | null;
  readonly by: string;
}

export interface OnCall {
  readonly primary: UserRef | null;
  readonly secondary: UserRef | null;
  readonly source: "override" | "rotation" | "none";
  /** When this arrangement ends (the next handover or the override's end); null when open-ended. */
  readonly until: number | null;
}

const WEEK = { weeks: 1 };

/**
 * Who holds the pager at an instant: the latest override that covers it, else the rotation's person of
 * the week. The rotation's person stays the backup while an override holds the pager.
 */
export function onCallAt(
  rotation: Rotation | undefined,
  overrides: readonly OnCallOverride[],
  at: number,
): OnCall {
  const scheduled = rotation === undefined ? undefined : rotationAt(rotation, at);
  const override = [...overrides].reverse().find((o) => o.from <= at && (o.until === null || at < o.until));
  if (override !== undefined) {
    const backup = [scheduled?.primary, scheduled?.secondary].find(
      (user) => user != null && !(user.platform === override.user.platform && user.id === override.user.id),
    );
    return { primary: override.user, secondary: backup ?? null, source: "override", until: override.until };
  }
  if (scheduled === undefined) return { primary: null, secondary: null, source: "none", until: null };
  return { ...scheduled, source: "rotation" };
}

/** The end of the rotation week that contains `at`: the default end of an override set then. */
export function nextHandover(rotation: Rotation, at: number): number {
  return handoverBefore(rotation, at).plus(WEEK).toMillis();
}

function rotationAt(rotation: Rotation, at: number): Omit<OnCall, "source"> {
  const people = rotation.people;
  if (people.length === 0) return { primary: null, secondary: null, until: null };
  const first = handoverBefore(
    rotation,
    DateTime.fromISO(rotation.since, { zone: rotation.zone }).endOf("day").toMillis(),
  );
  const current = handoverBefore(rotation, at);
  // Whole local weeks between handovers; rounding absorbs the hour a DST change adds or takes.
  const weeks = Math.round(current.diff(first, "weeks").weeks);
  const index = ((weeks % people.length) + people.length) % people.length;
  return {
    primary: people[index] ?? null,
    secondary: people.length > 1 ? (people[(index + 1) % people.length] ?? null) : null,
    until: current.plus(WEEK).toMillis(),
  };
}

/** The latest handover at or before `at`, in the rotation's zone. */
function handoverBefore(rotation: Rotation, at: number): DateTime {
  const local = DateTime.fromMillis(at, { zone: rotation.zone });
  let handover = local
    .startOf("day")
    .set({ hour: Math.floor(rotation.minuteOfDay / 60), minute: rotation.minuteOfDay % 60 })
    .minus({ days: (local.weekday - rotation.weekday + 7) % 7 });
  if (handover.toMillis() > at) handover = handover.minus(WEEK);
  return handover;
}

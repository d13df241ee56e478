import { formatInstant } from "../sla/instant.js";
import type { Policy } from "../sla/policy.js";

/** A maintenance window as announced: when it starts, how long it lasts, and when it was announced. */
export interface MaintenanceRequest {
  readonly start: number;
  readonly durationMs: number;
  readonly announced: number;
  readonly emergency: boolean;
  /** Minutes of scheduled downtime already planned in the window's calendar year. */
  readonly usedMinutes: number;
}

export interface MaintenanceCheck {
  readonly ok: boolean;
  /** One per rule the window breaks: the contract does not allow it. */
  readonly problems: readonly string[];
  /** What the contract asks for as a reasonable effort only. */
  readonly warnings: readonly string[];
  readonly noticeHours: number;
  /** Null when the contract sets no notice. */
  readonly requiredNoticeHours: number | null;
}

const HOUR_MS = 3_600_000;

/**
 * A maintenance window checked against the contract's rules: the notice (emergency notice for emergency
 * work), the hours it must (or should) stay outside, and the downtime allowed per calendar year.
 */
export function checkMaintenance(policy: Policy, request: MaintenanceRequest): MaintenanceCheck {
  const rules = policy.document.maintenance;
  const noticeHours = (request.start - request.announced) / HOUR_MS;
  const problems: string[] = [];
  const warnings: string[] = [];
  if (request.durationMs <= 0) problems.push("the window has no duration");
  if (rules === undefined)
    return {
      ok: problems.length === 0,
      problems,
      warnings: [`${policy.name} sets no maintenance rules`],
      noticeHours,
      requiredNoticeHours: null,
    };
  const required =
    request.emergency && rules.emergencyNoticeHours !== undefined
      ? rules.emergencyNoticeHours
      : rules.noticeHours;
  const kind =
    request.emergency && rules.emergencyNoticeHours !== undefined ? "emergency maintenance" : "maintenance";
  if (noticeHours < required)
    problems.push(
      `${formatHours(noticeHours)} of notice is less than the ${formatHours(required)} ${policy.name} requires before ${kind}`,
    );
  const end = request.start + request.durationMs;
  if (rules.outsideHours !== undefined && request.durationMs > 0) {
    const hours = policy.calendar(rules.outsideHours.calendar);
    if (hours.openTimeBetween(request.start, end) > 0) {
      const text = `the window overlaps the hours maintenance belongs outside (${policy.describeHours(rules.outsideHours.calendar)})`;
      if (rules.outsideHours.binding === "required") problems.push(text);
      else warnings.push(`${text}: higher-risk work should be done outside them`);
    }
  }
  if (rules.maxMinutesPerYear !== undefined) {
    const minutes = request.usedMinutes + request.durationMs / 60_000;
    const year = formatInstant(request.start, policy.zone).slice(0, 4);
    if (minutes > rules.maxMinutesPerYear)
      problems.push(
        `${minutes} minutes of scheduled downtime in ${year} is more than the ${rules.maxMinutesPerYear} a calendar year allows`,
      );
  }
  return { ok: problems.length === 0, problems, warnings, noticeHours, requiredNoticeHours: required };
}

function formatHours(hours: number): string {
  const rounded = Math.round(hours * 100) / 100;
  return `${rounded} hour${rounded === 1 ? "" : "s"}`;
}

import { z } from "zod";
import { classification } from "./classification-schema.js";
import { parseDuration } from "./duration.js";
import { isKnownHolidayCountry } from "./holidays.js";
import { isValidZone } from "./instant.js";
import { METRICS, STATUSES } from "./metrics.js";
import { id } from "./policy-id.js";
import { parseWeeklyWindows } from "./weekly-hours.js";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "write dates as YYYY-MM-DD");
const metric = z.enum(METRICS);
const status = z.enum(STATUSES);

const duration = z.string().superRefine((text, ctx) => {
  if (text === "scheduled") return;
  try {
    parseDuration(text);
  } catch (error) {
    ctx.addIssue({ code: "custom", message: (error as Error).message });
  }
});

const weeklyHours = z.string().superRefine((text, ctx) => {
  try {
    parseWeeklyWindows(text);
  } catch (error) {
    ctx.addIssue({ code: "custom", message: (error as Error).message });
  }
});

const calendar = z.strictObject({
  zone: z.string().refine(isValidZone, "not an IANA time zone (e.g. Europe/Amsterdam)"),
  hours: z.union([z.literal("24x7"), z.array(weeklyHours).min(1, "list at least one opening window")]),
  hoursPerDay: z.number().positive().max(24),
  holidays: z
    .strictObject({
      dates: z.array(isoDate).optional(),
      country: z.string().optional(),
      region: z.string().optional(),
      types: z.array(z.enum(["public", "bank", "school", "optional", "observance"])).optional(),
    })
    .optional(),
  note: z.string().optional(),
});

const level = z.union([
  id,
  z.strictObject({
    id,
    name: z.string().optional(),
    description: z.string().optional(),
    examples: z.array(z.string()).optional(),
  }),
]);

const target = z.strictObject({
  metric,
  priorities: z.array(id).min(1).optional(),
  plans: z.array(id).min(1).optional(),
  amount: duration,
  calendar: id,
  raised: z.union([z.strictObject({ within: id }), z.strictObject({ outside: id })]).optional(),
  note: z.string().optional(),
});

const escalation = z.strictObject({
  priorities: z.array(id).min(1),
  timing: z.enum(["immediately", "next_business_hours", "none"]),
  calendar: id.optional(),
});

const creditBand = z
  .strictObject({
    atLeastPercent: z.number().min(0).optional(),
    abovePercent: z.number().min(0).optional(),
    creditPercent: z.number().min(0).max(100),
  })
  .refine((band) => (band.atLeastPercent === undefined) !== (band.abovePercent === undefined), {
    message: "give exactly one of atLeastPercent or abovePercent",
  });

const responseCredits = z.strictObject({
  period: z.enum(["month", "quarter"]),
  plans: z.array(id).optional(),
  priorities: z.array(id).optional(),
  metrics: z.array(metric).min(1),
  /** Only tickets raised while this calendar is open are covered (Kongo's guarantee window). */
  raisedWithin: id.optional(),
  bands: z.array(creditBand).min(1),
  of: z.string(),
  note: z.string().optional(),
});

const availability = z.strictObject({
  period: z.enum(["month", "quarter"]),
  targets: z.array(z.strictObject({ component: z.string(), percent: z.number().gt(0).max(100) })).min(1),
  creditPercentOnMiss: z.number().min(0).max(100).optional(),
  /**
   * What excluded time (maintenance, third parties, ...) does to the measure: `removed` from the total
   * (CM: (total - excluded - unavailable) / (total - excluded)), or `available` (Kongo: it is simply
   * not downtime: (total - downtime) / total).
   */
  excludedTime: z.enum(["removed", "available"]).default("removed"),
  of: z.string().optional(),
  note: z.string().optional(),
});

/** The contract's rules for announcing maintenance. */
const maintenance = z.strictObject({
  /** Notice before scheduled maintenance, in hours. */
  noticeHours: z.number().min(0),
  /** Notice before emergency maintenance; the scheduled notice applies when not set. */
  emergencyNoticeHours: z.number().min(0).optional(),
  /** Maintenance belongs outside these hours: `required` refuses a window that touches them, `preferred` warns. */
  outsideHours: z.strictObject({ calendar: id, binding: z.enum(["required", "preferred"]) }).optional(),
  /** Scheduled downtime allowed per calendar year, in minutes. */
  maxMinutesPerYear: z.number().min(0).optional(),
  note: z.string().optional(),
});

export const policyDocumentSchema = z
  .strictObject({
    id,
    name: z.string().min(1),
    source: z.string().optional(),
    notes: z.array(z.string()).optional(),
    calendars: z.record(id, calendar),
    priorities: z.array(level).min(1, "list at least one priority level, most urgent first"),
    plans: z.array(z.strictObject({ id, name: z.string().optional() })).optional(),
    defaultPlan: id.optional(),
    statuses: z
      .array(z.strictObject({ id: status, label: z.string(), description: z.string().optional() }))
      .optional(),
    targets: z.array(target),
    pauses: z
      .array(z.strictObject({ statuses: z.array(status).min(1), metrics: z.array(metric).min(1) }))
      .optional(),
    escalation: z.array(escalation).optional(),
    credits: z.strictObject({ responseTime: responseCredits.optional() }).optional(),
    availability: availability.optional(),
    maintenance: maintenance.optional(),
    classification: classification.optional(),
  })
  .superRefine(checkReferences);

export type PolicyDocument = z.input<typeof policyDocumentSchema>;
export type ParsedPolicyDocument = z.output<typeof policyDocumentSchema>;

type Ctx = z.RefinementCtx;

function checkReferences(policy: ParsedPolicyDocument, ctx: Ctx): void {
  const calendars = new Set(Object.keys(policy.calendars));
  const priorities = policy.priorities.map((p) => (typeof p === "string" ? p : p.id));
  const plans = (policy.plans ?? []).map((p) => p.id);
  const report = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: "custom", path, message });
  const checkIn = (path: (string | number)[], value: string, known: string[], what: string) => {
    if (!known.includes(value))
      report(path, `unknown ${what} "${value}" (known: ${known.join(", ") || "none"})`);
  };
  duplicates(priorities).forEach((p) => {
    report(["priorities"], `priority "${p}" is listed twice`);
  });
  duplicates(plans).forEach((p) => {
    report(["plans"], `plan "${p}" is listed twice`);
  });
  if (policy.defaultPlan !== undefined) checkIn(["defaultPlan"], policy.defaultPlan, plans, "plan");
  for (const [name, cal] of Object.entries(policy.calendars))
    checkHolidays(cal.holidays, ["calendars", name, "holidays"], report);
  policy.targets.forEach((t, i) => {
    checkIn(["targets", i, "calendar"], t.calendar, [...calendars], "calendar");
    t.priorities?.forEach((p, k) => {
      checkIn(["targets", i, "priorities", k], p, priorities, "priority");
    });
    t.plans?.forEach((p, k) => {
      checkIn(["targets", i, "plans", k], p, plans, "plan");
    });
    const raisedIn = t.raised && ("within" in t.raised ? t.raised.within : t.raised.outside);
    if (raisedIn !== undefined) checkIn(["targets", i, "raised"], raisedIn, [...calendars], "calendar");
  });
  policy.escalation?.forEach((e, i) => {
    e.priorities.forEach((p, k) => {
      checkIn(["escalation", i, "priorities", k], p, priorities, "priority");
    });
    if (e.calendar !== undefined)
      checkIn(["escalation", i, "calendar"], e.calendar, [...calendars], "calendar");
    if (e.timing === "next_business_hours" && e.calendar === undefined) {
      report(
        ["escalation", i, "calendar"],
        "next_business_hours needs the calendar whose hours it waits for",
      );
    }
  });
  for (const [severity, level] of Object.entries(policy.classification?.severityLevels ?? {})) {
    if (level !== undefined)
      checkIn(["classification", "severityLevels", severity], level, priorities, "priority");
  }
  const nonProduction = policy.classification?.nonProductionLevel;
  if (nonProduction !== undefined)
    checkIn(["classification", "nonProductionLevel"], nonProduction, priorities, "priority");
  const credits = policy.credits?.responseTime;
  credits?.plans?.forEach((p, k) => {
    checkIn(["credits", "responseTime", "plans", k], p, plans, "plan");
  });
  credits?.priorities?.forEach((p, k) => {
    checkIn(["credits", "responseTime", "priorities", k], p, priorities, "priority");
  });
  if (credits?.raisedWithin !== undefined)
    checkIn(["credits", "responseTime", "raisedWithin"], credits.raisedWithin, [...calendars], "calendar");
  const outside = policy.maintenance?.outsideHours?.calendar;
  if (outside !== undefined)
    checkIn(["maintenance", "outsideHours", "calendar"], outside, [...calendars], "calendar");
}

function checkHolidays(
  holidays: { country?: string | undefined; region?: string | undefined } | undefined,
  path: string[],
  report: (path: string[], message: string) => void,
): void {
  if (holidays?.country === undefined) return;
  if (!isKnownHolidayCountry(holidays.country, holidays.region)) {
    const name = `${holidays.country}${holidays.region ? `-${holidays.region}` : ""}`;
    report(
      [...path, "country"],
      `date-holidays knows no country/region "${name}" (use an ISO code such as NL or US)`,
    );
  }
}

function duplicates(values: string[]): string[] {
  return [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
}

/** One line per problem: `calendars.business.zone: not an IANA time zone`. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join(".");
    return `${path === "" ? "(top level)" : path}: ${issue.message}`;
  });
}

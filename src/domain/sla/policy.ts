import { DeskError, InvalidPolicyError, UnknownPlanError, UnknownPriorityError } from "../errors.js";
import { SEVERITIES, type Severity } from "../priority/severity.js";
import { BusinessCalendar } from "./calendar.js";
import { durationToOpenMs, parseDuration } from "./duration.js";
import { holidaySource } from "./holidays.js";
import { METRICS, type Metric, type TicketStatus } from "./metrics.js";
import { describeIssues, type ParsedPolicyDocument, policyDocumentSchema } from "./policy-schema.js";
import { type ReadingRules, readingRulesOf } from "./reading-rules.js";
import { parseWeeklyWindows } from "./weekly-hours.js";

export interface PriorityLevel {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly examples: readonly string[];
}

/** A target amount of open time on a calendar, or "when the requester scheduled it". */
export interface ResolvedTarget {
  readonly amount: string;
  readonly amountMs: number | "scheduled";
  readonly calendar: BusinessCalendar;
}

export type EscalationTiming =
  | { readonly timing: "immediately" }
  | { readonly timing: "next_business_hours"; readonly calendar: BusinessCalendar }
  | { readonly timing: "none" };

export interface ProductAliases {
  readonly name: string;
  /** Any of its aliases, as one pattern: where it first matches is where the product is first named. */
  readonly named: RegExp;
}

interface CompiledRule {
  readonly target: ResolvedTarget;
  readonly raised?: { readonly calendar: BusinessCalendar; readonly inside: boolean };
}

const NO_PLAN = "";

/** A validated support contract, ready to answer "when is this due?" quickly. */
export class Policy {
  readonly id: string;
  readonly name: string;
  readonly priorities: readonly PriorityLevel[];
  readonly plans: readonly string[];
  readonly defaultPlan: string | undefined;
  readonly calendars: ReadonlyMap<string, BusinessCalendar>;
  /** The zone of the policy's first calendar: times written without an offset are read in it. */
  readonly zone: string;
  /** Per "plan|priority": the candidate rules of each metric, in METRICS order. */
  private readonly rules = new Map<string, readonly (readonly CompiledRule[])[]>();
  private readonly pauses: ReadonlyMap<TicketStatus, ReadonlySet<Metric>>;
  private readonly escalation = new Map<string, EscalationTiming>();
  private readonly priorityByLowerId = new Map<string, string>();
  /** Product names a client may mention; two or more in one outage report point at a wider incident. */
  readonly products: readonly ProductAliases[];
  /** The contract's rules for reading a client's message, defaults filled in. */
  readonly reading: ReadingRules;
  /** Parts every product runs through ("portal"): down beside a product, they count as another product. */
  readonly sharedParts: readonly ProductAliases[];
  /** The services a customer's business runs on, if the contract lists them (see classification-schema.ts). */
  readonly coreServices: readonly RegExp[] | undefined;

  private constructor(readonly document: ParsedPolicyDocument) {
    this.id = document.id;
    this.name = document.name;
    this.priorities = document.priorities.map(toLevel);
    this.plans = (document.plans ?? []).map((plan) => plan.id);
    this.defaultPlan = document.defaultPlan;
    this.calendars = compileCalendars(document);
    this.zone = [...this.calendars.values()][0]?.zone ?? "UTC";
    for (const level of this.priorities) this.priorityByLowerId.set(level.id.toLowerCase(), level.id);
    this.compileRules();
    this.pauses = compilePauses(document);
    this.reading = readingRulesOf(document);
    this.products = (document.classification?.products ?? []).map(({ name, aliases }) => ({
      name,
      named: wordPattern(aliases),
    }));
    this.sharedParts = (document.classification?.sharedParts ?? []).map((part) => ({
      name: `the ${part}`,
      named: wordPattern([part]),
    }));
    this.coreServices = document.classification?.coreServices?.map((service) => wordPattern([service]));
    for (const rule of document.escalation ?? []) {
      const timing: EscalationTiming =
        rule.timing === "next_business_hours"
          ? { timing: rule.timing, calendar: this.calendar(rule.calendar as string) }
          : { timing: rule.timing };
      for (const priority of rule.priorities) this.escalation.set(priority, timing);
    }
  }

  /** Validates a policy document; an invalid one throws InvalidPolicyError naming each path and problem. */
  static fromDocument(input: unknown, source?: string): Policy {
    const parsed = policyDocumentSchema.safeParse(input);
    if (!parsed.success) throw new InvalidPolicyError(describeIssues(parsed.error), source);
    try {
      return new Policy(parsed.data);
    } catch (error) {
      if (error instanceof DeskError && !(error instanceof InvalidPolicyError)) {
        throw new InvalidPolicyError([error.message], source);
      }
      throw error;
    }
  }

  /** The plan a ticket runs on: the one asked for, else the policy's default; null for plan-less policies. */
  resolvePlan(requested?: string): string | null {
    if (requested === undefined || requested === "") {
      if (this.plans.length === 0) return null;
      if (this.defaultPlan !== undefined) return this.defaultPlan;
      throw new UnknownPlanError(this.id, "(none given)", this.plans);
    }
    if (!this.plans.includes(requested)) throw new UnknownPlanError(this.id, requested, this.plans);
    return requested;
  }

  /** The policy's own spelling of a priority level; matching ignores case ("p1" is P1). */
  resolvePriority(requested: string): string {
    const id = this.priorityByLowerId.get(requested.toLowerCase());
    if (id === undefined)
      throw new UnknownPriorityError(
        this.id,
        requested,
        this.priorities.map((p) => p.id),
      );
    return id;
  }

  /** The target of a metric for a ticket of this plan and priority raised at `raisedAtMs`; null when none. */
  target(metric: Metric, plan: string | null, priority: string, raisedAtMs: number): ResolvedTarget | null {
    return this.targets(plan, priority, raisedAtMs)[METRIC_INDEX[metric]] ?? null;
  }

  /** The targets of every metric (in METRICS order) for one ticket; one lookup for all five. */
  targets(plan: string | null, priority: string, raisedAtMs: number): (ResolvedTarget | null)[] {
    const byMetric = this.rules.get(ruleKey(plan, priority));
    if (byMetric === undefined) return NO_TARGETS;
    return byMetric.map((candidates) => pickRule(candidates, raisedAtMs));
  }

  /** When a clock of `metric` started at `startMs` falls due; null when the policy sets no target. */
  dueAt(
    metric: Metric,
    plan: string | null,
    priority: string,
    startMs: number,
    raisedAtMs = startMs,
    scheduledMs?: number,
  ): number | null {
    return dueOf(this.target(metric, plan, priority, raisedAtMs), startMs, scheduledMs);
  }

  /** Whether a clock of `metric` stands still while a ticket is in `status`. */
  isPaused(status: TicketStatus, metric: Metric): boolean {
    return this.pauses.get(status)?.has(metric) ?? false;
  }

  /**
   * The policy's level for a severity: as the policy maps it, else spread evenly over its levels
   * (the most urgent level for a widespread outage, the least for a planned task).
   */
  levelForSeverity(severity: Severity): string {
    const mapped = this.document.classification?.severityLevels?.[severity];
    if (mapped !== undefined) return mapped;
    const index = Math.round(
      (SEVERITIES.indexOf(severity) * (this.priorities.length - 1)) / (SEVERITIES.length - 1),
    );
    return (this.priorities[index] ?? this.priorities[0])?.id as string;
  }

  escalationFor(priority: string): EscalationTiming {
    return this.escalation.get(priority) ?? { timing: "none" };
  }

  /** A calendar's hours as the policy writes them, with its zone: "mon-fri 08:00-18:00 Australia/Sydney". */
  describeHours(id: string): string {
    const spec = this.document.calendars[id];
    if (spec === undefined) throw new InvalidPolicyError([`unknown calendar "${id}"`], this.id);
    return `${spec.hours === "24x7" ? "24x7" : spec.hours.join(", ")} ${spec.zone}`;
  }

  calendar(id: string): BusinessCalendar {
    const calendar = this.calendars.get(id);
    if (calendar === undefined) throw new InvalidPolicyError([`unknown calendar "${id}"`], this.id);
    return calendar;
  }

  private compileRules(): void {
    const plans = this.plans.length === 0 ? [null] : this.plans;
    for (const plan of plans) {
      for (const { id: priority } of this.priorities) {
        const byMetric = METRICS.map((metric) =>
          this.document.targets
            .filter((t) => t.metric === metric)
            .filter((t) => t.priorities === undefined || t.priorities.includes(priority))
            .filter((t) => t.plans === undefined || (plan !== null && t.plans.includes(plan)))
            .sort((a, b) => specificity(b) - specificity(a))
            .map((t) => this.compileRule(t)),
        );
        this.rules.set(ruleKey(plan, priority), byMetric);
      }
    }
  }

  private compileRule(rule: ParsedPolicyDocument["targets"][number]): CompiledRule {
    const calendar = this.calendar(rule.calendar);
    const amountMs =
      rule.amount === "scheduled"
        ? "scheduled"
        : durationToOpenMs(parseDuration(rule.amount), calendar.hoursPerDay);
    const target: ResolvedTarget = { amount: rule.amount, amountMs, calendar };
    if (rule.raised === undefined) return { target };
    const inside = "within" in rule.raised;
    const raisedCalendar = this.calendar("within" in rule.raised ? rule.raised.within : rule.raised.outside);
    return { target, raised: { calendar: raisedCalendar, inside } };
  }
}

/** A rule naming a plan, priorities or a raise window beats a broader one; ties keep the file's order. */
function specificity(rule: ParsedPolicyDocument["targets"][number]): number {
  return (rule.plans ? 4 : 0) + (rule.priorities ? 2 : 0) + (rule.raised ? 1 : 0);
}

/**
 * Any of the words as a whole, in any case, or their plural: "portal" in "the CM portal" and in "our portals",
 * not in "portals2"; "email" in "emails". A hyphen between letters may be left out ("in-app chat" is also
 * "inapp chat"), as a message is read with its hyphenated words joined.
 */
function wordPattern(words: readonly string[]): RegExp {
  const escaped = words.map((word) =>
    word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/(?<=\p{L})-(?=\p{L})/gu, "-?"),
  );
  return new RegExp(`\\b(?:${escaped.join("|")})(s|es)?\\b`, "i");
}

function ruleKey(plan: string | null, priority: string): string {
  return `${plan ?? NO_PLAN}|${priority}`;
}

const NO_TARGETS: (ResolvedTarget | null)[] = METRICS.map(() => null);
const METRIC_INDEX = Object.fromEntries(METRICS.map((metric, index) => [metric, index])) as Record<
  Metric,
  number
>;

function pickRule(candidates: readonly CompiledRule[], raisedAtMs: number): ResolvedTarget | null {
  for (const rule of candidates) {
    if (rule.raised === undefined || rule.raised.calendar.isOpen(raisedAtMs) === rule.raised.inside) {
      return rule.target;
    }
  }
  return null;
}

/** When a clock with this target, started at `startMs`, falls due. */
export function dueOf(target: ResolvedTarget | null, startMs: number, scheduledMs?: number): number | null {
  if (target === null) return null;
  if (target.amountMs === "scheduled") return scheduledMs ?? null;
  return target.calendar.addOpenTime(startMs, target.amountMs);
}

function toLevel(level: ParsedPolicyDocument["priorities"][number]): PriorityLevel {
  if (typeof level === "string") return { id: level, name: level, description: "", examples: [] };
  return {
    id: level.id,
    name: level.name ?? level.id,
    description: level.description ?? "",
    examples: level.examples ?? [],
  };
}

function compileCalendars(document: ParsedPolicyDocument): Map<string, BusinessCalendar> {
  const calendars = new Map<string, BusinessCalendar>();
  for (const [id, spec] of Object.entries(document.calendars)) {
    const windows = spec.hours === "24x7" ? "always" : spec.hours.flatMap(parseWeeklyWindows);
    calendars.set(
      id,
      new BusinessCalendar(id, spec.zone, spec.hoursPerDay, windows, holidaySource(spec.holidays)),
    );
  }
  return calendars;
}

function compilePauses(document: ParsedPolicyDocument): Map<TicketStatus, Set<Metric>> {
  const pauses = new Map<TicketStatus, Set<Metric>>();
  for (const pause of document.pauses ?? []) {
    for (const status of pause.statuses) {
      const metrics = pauses.get(status) ?? new Set<Metric>();
      for (const metric of pause.metrics) metrics.add(metric);
      pauses.set(status, metrics);
    }
  }
  return pauses;
}

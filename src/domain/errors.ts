/**
 * Coded errors: every failure a user can cause has a stable code and a message that says what to do.
 * Adapters and the command line turn these into a friendly reply; anything else is a bug.
 */
export type ErrorCode =
  | "invalid_duration"
  | "invalid_hours"
  | "invalid_policy"
  | "unknown_policy"
  | "unknown_plan"
  | "unknown_priority"
  | "invalid_instant"
  | "invalid_event"
  | "calendar_never_open"
  | "illegal_transition"
  | "invalid_command"
  | "not_allowed"
  | "ticket_not_found"
  | "ticket_busy"
  | "invalid_period"
  | "invalid_config"
  | "unavailable";

export class DeskError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class InvalidDurationError extends DeskError {
  constructor(text: string) {
    super(
      "invalid_duration",
      `"${text}" is not a duration: use a number and a unit, e.g. 0, 30m, 4h, 3d or 1w`,
    );
  }
}

export class InvalidHoursError extends DeskError {
  constructor(text: string, problem: string) {
    super("invalid_hours", `"${text}" is not a weekly opening window: ${problem}`);
  }
}

export class InvalidPolicyError extends DeskError {
  constructor(
    readonly problems: readonly string[],
    source = "policy",
  ) {
    super("invalid_policy", `${source} is invalid: ${problems.join("; ")}`);
  }
}

export class UnknownPolicyError extends DeskError {
  constructor(id: string, known: readonly string[]) {
    super("unknown_policy", `no policy "${id}": use one of ${known.join(", ")} or the path of a policy file`);
  }
}

export class UnknownPlanError extends DeskError {
  constructor(policy: string, plan: string, known: readonly string[]) {
    super(
      "unknown_plan",
      known.length === 0
        ? `policy ${policy} has no plans, so --plan ${plan} does not apply`
        : `policy ${policy} has no plan "${plan}": use one of ${known.join(", ")}`,
    );
  }
}

export class UnknownPriorityError extends DeskError {
  constructor(policy: string, priority: string, known: readonly string[]) {
    super(
      "unknown_priority",
      `policy ${policy} has no priority "${priority}": use one of ${known.join(", ")}`,
    );
  }
}

export class InvalidInstantError extends DeskError {
  constructor(text: string) {
    super("invalid_instant", `"${text}" is not an ISO-8601 date-time: write e.g. 2025-03-31T09:15:00+02:00`);
  }
}

export class InvalidEventError extends DeskError {
  constructor(index: number, problem: string) {
    super("invalid_event", `event ${index + 1}: ${problem}`);
  }
}

export class CalendarNeverOpenError extends DeskError {
  constructor(calendar: string) {
    super(
      "calendar_never_open",
      `calendar ${calendar} has no open hours within 20 years; check its hours and holidays`,
    );
  }
}

export class NotAllowedError extends DeskError {
  constructor(message: string) {
    super("not_allowed", message);
  }
}

/**
 * The same words whether the ticket does not exist or belongs to another customer: a client must not
 * learn which numbers exist.
 */
export class TicketNotFoundError extends DeskError {
  constructor(number: string) {
    super("ticket_not_found", `There is no ticket ${number}. Try \`list\` to see open tickets.`);
  }
}

export class BusyTicketError extends DeskError {
  constructor(number: string) {
    super("ticket_busy", `${number} is being changed by many people at once; please try again in a moment.`);
  }
}

/** Something the desk depends on (a chat platform, the store) cannot be reached; it is no one's input mistake. */
export class UnavailableError extends DeskError {
  constructor(message: string) {
    super("unavailable", message);
  }
}

/** A report period that is not a calendar month or quarter. */
export class InvalidPeriodError extends DeskError {
  constructor(text: string) {
    super("invalid_period", `"${text}" is not a period: write a quarter as 2026-Q1 or a month as 2026-03`);
  }
}

/**
 * An error in one line for what is kept or shown beside it (an inbox or outbox record, a status, the
 * command line): its message with the library's or platform's code, e.g. `connect ECONNREFUSED (ECONNREFUSED)`.
 * Logs take the error object itself, with its stack.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  const message = error.message === "" ? error.name : error.message;
  return typeof code === "string" || typeof code === "number" ? `${message} (${code})` : message;
}

import { DeskError } from "../errors.js";
import { USAGE } from "./command-usage.js";

/** A ticket's human number (`T-1042`), or undefined when the command is given inside the ticket's thread. */
export type TicketRef = string | undefined;

export type ListFilter = "open" | "mine" | "unassigned" | "breaching" | { readonly customer: string };

/** The agent and client commands, the same on every platform. */
export type DeskCommand =
  | { readonly name: "help" }
  | { readonly name: "new"; readonly text: string }
  | { readonly name: "claim" | "unclaim" | "status" | "close" | "reopen"; readonly ticket: TicketRef }
  | { readonly name: "assign"; readonly ticket: TicketRef; readonly user: string }
  | { readonly name: "priority"; readonly ticket: TicketRef; readonly level: string; readonly reason: string }
  | { readonly name: "list"; readonly filter: ListFilter }
  | { readonly name: "reply" | "note" | "update"; readonly ticket: TicketRef; readonly text: string }
  | { readonly name: "resolve"; readonly ticket: TicketRef; readonly note: string }
  | { readonly name: "link"; readonly ticket: string; readonly other: string }
  | { readonly name: "oncall"; readonly action: "show" | "clear" }
  | { readonly name: "oncall"; readonly action: "set"; readonly user: string; readonly hours?: number }
  | { readonly name: "customer"; readonly action: "list" }
  /** `words`: the name, then perhaps a policy and a plan; which is which depends on the policies loaded. */
  | {
      readonly name: "customer";
      readonly action: "add";
      readonly id: string;
      readonly words: readonly string[];
    }
  | { readonly name: "channel"; readonly action: "link"; readonly customer: string }
  | { readonly name: "channel"; readonly action: "unlink" }
  | { readonly name: "agent"; readonly action: "add"; readonly user: string; readonly role: "agent" | "lead" }
  | { readonly name: "agent"; readonly action: "remove"; readonly user: string }
  | { readonly name: "incident"; readonly action: "declare"; readonly level: string; readonly text: string }
  | { readonly name: "incident"; readonly action: "from"; readonly ticket: string }
  | {
      readonly name: "incident";
      readonly action: "update" | "resolve";
      readonly ticket: TicketRef;
      readonly text: string;
    }
  /** `words`: a product (or `all`), a state, then perhaps `at <time>` and `excluded <reason>`. */
  | {
      readonly name: "incident";
      readonly action: "impact";
      readonly ticket: TicketRef;
      readonly words: readonly string[];
    }
  | { readonly name: "incident"; readonly action: "list" }
  /** `text`: start, duration, products and what is done, read against the contract's products. */
  | {
      readonly name: "maintenance";
      readonly action: "schedule";
      readonly text: string;
      readonly emergency: boolean;
    }
  | { readonly name: "maintenance"; readonly action: "list" }
  | {
      readonly name: "report";
      readonly kind: "compliance" | "availability";
      readonly customer?: string | undefined;
      readonly period?: string | undefined;
    };

export class InvalidCommandError extends DeskError {
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super("invalid_command", `${message}. Usage: ${usage}`);
  }
}

const TICKET = /^(?:T-|#)(\d{1,9})$/i;
/**
 * A person named in a command: `@` and their platform id (adapters turn their platform's mentions,
 * Slack's `<@U123>` or Teams' `<at>` entities, into `@id`) or a team member's name.
 */
const USER = /^@([\w.:@-]+)$/;

/**
 * Parses a command line (after the `/ticket` or bot mention); unknown or malformed input names its usage.
 * `offered`: the commands to list when the first word is none (a client's, or every one).
 */
export function parseCommand(
  input: string,
  offered: Partial<Record<DeskCommand["name"], string>> = USAGE,
): DeskCommand {
  const tokens = [...input.matchAll(/\S+/g)].map((m) => ({ word: m[0], end: (m.index ?? 0) + m[0].length }));
  const [first, ...rest] = tokens.map((t) => t.word);
  const name = (first ?? "help").toLowerCase();
  if (!(name in USAGE)) {
    throw new InvalidCommandError(`"${first}" is not a command`, Object.values(offered).join(" | "));
  }
  // Free text (an update, a reply) is kept as written, line breaks included, after the words before it.
  const textAfter = (words: number) => input.slice(tokens[words]?.end ?? input.length).trim();
  return parseNamed(name as DeskCommand["name"], rest, textAfter);
}

function parseNamed(
  name: DeskCommand["name"],
  words: string[],
  textAfter: (words: number) => string,
): DeskCommand {
  const usage = USAGE[name];
  const fail = (problem: string): never => {
    throw new InvalidCommandError(problem, usage);
  };
  switch (name) {
    case "help":
      return { name };
    case "new": {
      const text = textAfter(0);
      return text === "" ? fail("say what happened") : { name, text };
    }
    case "claim":
    case "unclaim":
    case "status":
    case "close":
    case "reopen": {
      const [ticket, extra] = takeTicket(words);
      return extra.length > 0 ? fail(`unexpected "${extra.join(" ")}"`) : { name, ticket };
    }
    case "assign": {
      const [ticket, rest] = takeTicket(words);
      const user = rest.length === 1 ? userOf(rest[0] as string) : undefined;
      return user === undefined ? fail("name one user to assign, e.g. @alex") : { name, ticket, user };
    }
    case "priority": {
      const [ticket, rest] = takeTicket(words);
      const [level] = rest;
      const taken = words.length - rest.length + 1;
      return level === undefined
        ? fail("name the new level")
        : { name, ticket, level, reason: textAfter(taken) };
    }
    case "list":
      return { name, filter: listFilter(words.join(" ")) };
    case "reply":
    case "note":
    case "update": {
      const [ticket, rest] = takeTicket(words);
      const text = textAfter(words.length - rest.length);
      return text === "" ? fail("write the text") : { name, ticket, text };
    }
    case "resolve": {
      const [ticket, rest] = takeTicket(words);
      return { name, ticket, note: textAfter(words.length - rest.length) };
    }
    case "link": {
      const [ticket, other, ...extra] = words.map(ticketOf);
      if (ticket === undefined || other === undefined || extra.length > 0) return fail("name two tickets");
      return ticket === other ? fail("a ticket cannot be linked to itself") : { name, ticket, other };
    }
    case "oncall":
      return parseOncall(words, fail);
    case "customer":
      return parseCustomer(words, fail);
    case "channel": {
      const [action, customer, ...extra] = words;
      const verb = action?.toLowerCase();
      if (verb === "unlink")
        return customer === undefined ? { name, action: verb } : fail(`unexpected "${customer}"`);
      if (verb !== "link") return fail(`say link or unlink`);
      if (customer === undefined || extra.length > 0) return fail("name one customer by its id");
      return { name, action: verb, customer };
    }
    case "incident":
      return parseIncident(words, textAfter, fail);
    case "maintenance": {
      const [action] = words;
      const verb = action?.toLowerCase() ?? "list";
      if (verb === "list")
        return words.length <= 1 ? { name, action: verb } : fail(`unexpected "${words[1]}"`);
      if (verb !== "schedule") return fail(`"${action}" is not schedule or list`);
      const text = textAfter(1);
      const emergency = /\s+emergency\s*$/i.test(text);
      const rest = text.replace(/\s+emergency\s*$/i, "");
      return rest === ""
        ? fail("say when, for how long, which products and what is done")
        : { name, action: verb, text: rest, emergency };
    }
    case "report": {
      const [kind, ...rest] = words;
      const which = kind?.toLowerCase();
      if (which !== "compliance" && which !== "availability") return fail("say compliance or availability");
      const period = rest.find((word) => /^\d{4}-(Q[1-4]|\d{2})$/i.test(word));
      const others = rest.filter((word) => word !== period);
      if (others.length > 1) return fail(`unexpected "${others.slice(1).join(" ")}"`);
      return { name, kind: which, customer: others[0], period: period?.toUpperCase() };
    }
    case "agent": {
      const [action, target, role, ...extra] = words;
      const verb = action?.toLowerCase();
      if (verb !== "add" && verb !== "remove") return fail("say add or remove");
      const user = target === undefined ? undefined : userOf(target);
      if (user === undefined) return fail("name one person, e.g. @sam");
      if (verb === "remove")
        return role === undefined ? { name, action: verb, user } : fail(`unexpected "${role}"`);
      if (extra.length > 0 || (role !== undefined && role.toLowerCase() !== "lead"))
        return fail(`unexpected "${[role, ...extra].join(" ")}"`);
      return { name, action: verb, user, role: role === undefined ? "agent" : "lead" };
    }
  }
}

function parseIncident(
  words: string[],
  textAfter: (words: number) => string,
  fail: (problem: string) => never,
): DeskCommand {
  const [action, ...rest] = words;
  const verb = action?.toLowerCase() ?? "list";
  switch (verb) {
    case "list":
      return rest.length === 0 ? { name: "incident", action: verb } : fail(`unexpected "${rest[0]}"`);
    case "declare": {
      const [level] = rest;
      const text = textAfter(2);
      if (level === undefined || text === "")
        return fail("give the level and a title, e.g. incident declare P1 Checkout is down");
      return { name: "incident", action: verb, level, text };
    }
    case "from": {
      const ticket = rest.length === 1 ? ticketOf(rest[0] as string) : undefined;
      return ticket === undefined
        ? fail("name the ticket, e.g. incident from T-12")
        : { name: "incident", action: verb, ticket };
    }
    case "update":
    case "resolve": {
      const [ticket, after] = takeTicket(rest);
      const text = textAfter(1 + rest.length - after.length);
      if (verb === "update" && text === "") return fail("write the update");
      return { name: "incident", action: verb, ticket, text };
    }
    case "impact": {
      const [ticket, after] = takeTicket(rest);
      return after.length < 2
        ? fail("name the product (or all) and its state: unavailable, degraded or recovered")
        : { name: "incident", action: verb, ticket, words: after };
    }
    default:
      return fail(`"${action}" is not declare, from, update, impact, resolve or list`);
  }
}

const CUSTOMER_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/i;

function parseCustomer(words: string[], fail: (problem: string) => never): DeskCommand {
  const [action, id, ...rest] = words;
  const verb = action?.toLowerCase() ?? "list";
  if (verb === "list")
    return id === undefined ? { name: "customer", action: verb } : fail(`unexpected "${id}"`);
  if (verb !== "add") return fail(`"${action}" is not list or add`);
  if (id === undefined || !CUSTOMER_ID.test(id))
    return fail("give the customer an id of letters, digits, dot, dash or underscore, e.g. acme");
  if (rest.length === 0) return fail("give the customer's name after its id");
  return { name: "customer", action: verb, id: id.toLowerCase(), words: rest };
}

const FOR_HOURS = /^(\d{1,3}(?:\.\d+)?)h$/i;

function parseOncall(words: string[], fail: (problem: string) => never): DeskCommand {
  const [action, target, ...extra] = words;
  const verb = action?.toLowerCase() ?? "show";
  if (verb === "show" || verb === "clear") {
    return target === undefined ? { name: "oncall", action: verb } : fail(`unexpected "${target}"`);
  }
  if (verb !== "set") return fail(`"${action}" is not show, set or clear`);
  const user = target === undefined ? undefined : userOf(target);
  if (user === undefined) return fail("name one user, e.g. oncall set @sam");
  if (extra.length === 0) return { name: "oncall", action: "set", user };
  const hours =
    extra.length === 2 && extra[0]?.toLowerCase() === "for" ? FOR_HOURS.exec(extra[1] ?? "") : null;
  if (hours === null || Number(hours[1]) <= 0 || Number(hours[1]) > 336) {
    return fail('say how long as "for 8h" (up to 336h)');
  }
  return { name: "oncall", action: "set", user, hours: Number(hours[1]) };
}

/** A leading ticket number, if there is one, and the words after it. */
function takeTicket(words: string[]): [TicketRef, string[]] {
  const ticket = words[0] === undefined ? undefined : ticketOf(words[0]);
  return ticket === undefined ? [undefined, words] : [ticket, words.slice(1)];
}

function ticketOf(word: string): string | undefined {
  const match = TICKET.exec(word);
  return match ? `T-${Number(match[1])}` : undefined;
}

function userOf(word: string): string | undefined {
  const match = USER.exec(word);
  return match?.[1];
}

function listFilter(text: string): ListFilter {
  const lower = text.toLowerCase();
  if (lower === "" || lower === "open") return "open";
  if (lower === "mine" || lower === "unassigned" || lower === "breaching") return lower;
  return { customer: text };
}

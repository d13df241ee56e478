import type { DeskCommand } from "./commands.js";

/** How each command is written, as agents and leads read it in `help` and in a wrong command's answer. */
export const USAGE: Record<DeskCommand["name"], string> = {
  help: "help",
  new: "new <what happened>",
  claim: "claim [T-n]",
  unclaim: "unclaim [T-n]",
  assign: "assign [T-n] @user",
  priority: "priority [T-n] <level> [reason]",
  status: "status [T-n]",
  list: "list [open|mine|unassigned|breaching|<customer>]",
  reply: "reply [T-n] <text>",
  note: "note [T-n] <text>",
  update: "update [T-n] <text>",
  resolve: "resolve [T-n] [note]",
  close: "close [T-n]",
  reopen: "reopen [T-n]",
  link: "link <T-n> <T-m>",
  oncall: "oncall [show | set @user [for <hours>h] | clear]",
  customer: "customer list | customer add <id> <name> [policy] [plan]",
  channel: "channel link <customer> | channel unlink (run in the channel)",
  agent: "agent add @user [lead] | agent remove @user",
  incident:
    "incident declare <level> <title> [products] | incident from <T-n> | incident update [T-n] <text> | incident impact [T-n] <product|all> unavailable|degraded|recovered [at <time>] [excluded <reason>] | incident resolve [T-n] [note] | incident list",
  maintenance:
    "maintenance schedule <start> <duration> <products> <what is done> [emergency] | maintenance list",
  report: "report compliance|availability [customer] [period, e.g. 2026-Q1 or 2026-03]",
};

/** Commands that change who the customers and the team are: for team leads. */
export const LEAD_COMMANDS: ReadonlySet<DeskCommand["name"]> = new Set(["customer", "channel", "agent"]);

/** What a client may run, as a client reads it: no agents' filters, priorities only upwards. */
export const CLIENT_USAGE: Partial<Record<DeskCommand["name"], string>> = {
  help: "help",
  new: "new <what happened>",
  status: "status [T-n]",
  list: "list (your open tickets)",
  priority: "priority [T-n] <a more urgent level> [why]",
  reopen: "reopen [T-n]",
  report: "report compliance|availability [period, e.g. 2026-Q1] (your contract's figures)",
};

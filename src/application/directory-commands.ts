import {
  applyDirectoryEdit,
  type DirectoryEdit,
  directoryKey,
  type StoredCustomer,
} from "../domain/directory/directory-changes.js";
import { DeskError, NotAllowedError } from "../domain/errors.js";
import type { ConversationRef } from "../domain/refs.js";
import type { Policy } from "../domain/sla/policy.js";
import type { DeskCommand } from "../domain/ticket/commands.js";
import { presetIds } from "../policies/presets.js";
import { isAgentRole } from "../ports/directory.js";
import { type Invocation, personNamed, requireAgent } from "./command-context.js";
import type { DeskContext } from "./desk-context.js";
import { customerList, isTeamChannel, listedOwner } from "./directory-views.js";

const CUSTOMER_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;

type DirectoryCommand = Extract<DeskCommand, { name: "customer" | "channel" | "agent" }>;

/** A change to the directory the desk cannot make as asked; nothing was changed. */
class DirectoryCommandError extends DeskError {
  constructor(message: string) {
    super("invalid_command", message);
  }
}

/**
 * Who the customers and the team are, changed from chat by team leads: customers added, channels
 * linked to a customer, agents added and removed. Every change is stored with who made it and when,
 * and takes effect on every desk process before its next event.
 */
export async function directoryCommand(
  ctx: DeskContext,
  invocation: Invocation,
  command: DirectoryCommand,
): Promise<string> {
  if (command.name === "customer" && command.action === "list") {
    requireAgent(invocation, "list the customers");
    return customerList(ctx, invocation);
  }
  requireLead(ctx, invocation);
  switch (command.name) {
    case "customer": {
      const added = await addCustomerFromWords(ctx, invocation, command.id, command.words);
      return `${added} Connect its channel: run \`channel link ${command.id}\` there (the desk must be a member to see its messages), or pick it on the card the desk posts when it is added to a channel.`;
    }
    case "channel":
      return command.action === "link"
        ? linkChannel(ctx, invocation, invocation.conversation, command.customer)
        : unlinkChannel(ctx, invocation);
    case "agent":
      return command.action === "add"
        ? addAgent(ctx, invocation, command.user, command.role)
        : removeAgent(ctx, invocation, command.user);
  }
}

export function requireLead(ctx: DeskContext, invocation: Invocation): void {
  requireAgent(invocation, "change the customers or the team");
  if (invocation.role === "lead") return;
  const leads = ctx.deps.directory.leads().map((lead) => `@${lead.name ?? lead.id}`);
  throw new NotAllowedError(
    `Only a team lead can change the customers, their channels or the team${leads.length > 0 ? `; ask ${leads.join(" or ")}` : ""}.`,
  );
}

/** Stores one change (made once, however often its event is retried) and brings this process up to date. */
async function change(ctx: DeskContext, invocation: Invocation, edit: DirectoryEdit, summary: string) {
  const { ledger, directory } = ctx.deps;
  if (ledger === undefined)
    throw new DirectoryCommandError("This desk keeps its directory in its configuration file only.");
  await ledger.update((current) =>
    applyDirectoryEdit(current, edit, {
      at: ctx.now(),
      by: directoryKey(invocation.user.platform, invocation.user.id),
      ...(invocation.user.name !== undefined && { byName: invocation.user.name }),
      eventId: invocation.eventId,
      summary,
    }),
  );
  await directory.refresh?.(true);
}

/** `customer add <id> <name> [policy] [plan]`: the policy and plan are read off the end when they name ones loaded. */
async function addCustomerFromWords(
  ctx: DeskContext,
  invocation: Invocation,
  id: string,
  words: readonly string[],
): Promise<string> {
  let nameWords = words;
  let policyId: string | undefined;
  let plan: string | undefined;
  const last = words[words.length - 1] as string;
  const beforeLast = words[words.length - 2];
  const twoFromEnd = words.length >= 3 && beforeLast !== undefined ? policyNamed(ctx, beforeLast) : undefined;
  if (twoFromEnd !== undefined) {
    // "celigo premium": a policy then a word that is not one of its plans is a mistake, not a name.
    twoFromEnd.resolvePlan(last);
    [policyId, plan, nameWords] = [beforeLast, last, words.slice(0, -2)];
  } else if (words.length >= 2 && policyNamed(ctx, last) !== undefined) {
    [policyId, nameWords] = [last, words.slice(0, -1)];
  }
  const name = nameWords
    .join(" ")
    .replace(/^["'“]|["'”]$/g, "")
    .trim();
  return addCustomer(ctx, invocation, { id, name, policyId, plan });
}

export interface NewCustomer {
  readonly id: string;
  readonly name: string;
  readonly policyId?: string | undefined;
  readonly plan?: string | undefined;
}

/** Adds a customer on its contract (the default one when none is named) and its plan. */
export async function addCustomer(
  ctx: DeskContext,
  invocation: Invocation,
  wanted: NewCustomer,
): Promise<string> {
  const { id, name, policyId } = wanted;
  const plan = wanted.plan === "" ? undefined : wanted.plan;
  if (!CUSTOMER_ID.test(id))
    throw new DirectoryCommandError(
      `"${id}" cannot be a customer id: use letters, digits, dot, dash or underscore.`,
    );
  if (name === "")
    throw new DirectoryCommandError("Give the customer's name, e.g. customer add acme Acme Corp");
  const existing = ctx.deps.directory.customerById(id);
  if (existing !== undefined)
    throw new DirectoryCommandError(
      `${id} is a customer already (${existing.name}). \`customer list\` shows them all.`,
    );
  const policy = policyId === undefined ? ctx.deps.directory.defaultPolicy : policyNamed(ctx, policyId);
  if (policy === undefined)
    throw new DirectoryCommandError(
      `There is no policy "${policyId}". Known: ${knownPolicies(ctx)
        .map((known) => known.id)
        .join(", ")}.`,
    );
  // Names the plans when the contract has several and none was given (or one it does not have).
  const resolvedPlan = policy.resolvePlan(plan);
  const customer: StoredCustomer = {
    name,
    ...(policyId !== undefined && { policy: policy.id }),
    ...(plan !== undefined && { plan }),
  };
  await change(ctx, invocation, { kind: "customer", id, customer }, `added customer ${id} (${name})`);
  return `Added ${name} (${id}) on ${policy.name}${resolvedPlan === null ? "" : `, plan ${resolvedPlan}`}.`;
}

/** The contracts a new customer can be put on: the default, those customers have, and the presets. */
export function knownPolicies(ctx: DeskContext): Policy[] {
  const { directory } = ctx.deps;
  const candidates = [
    directory.defaultPolicy,
    ...directory.customers().map((listing) => listing.customer.policy),
    ...presetIds().flatMap((id) => policyNamed(ctx, id) ?? []),
  ];
  return [...new Map(candidates.map((policy) => [policy.id, policy])).values()];
}

function policyNamed(ctx: DeskContext, id: string): Policy | undefined {
  try {
    return ctx.deps.policy(id);
  } catch {
    return undefined;
  }
}

/** Links a conversation to a customer: its top-level messages open that customer's tickets from now on. */
export async function linkChannel(
  ctx: DeskContext,
  invocation: Invocation,
  where: ConversationRef,
  customerId: string,
  label = "this channel",
): Promise<string> {
  const { directory } = ctx.deps;
  const conversation = { platform: where.platform, conversation: where.conversation };
  if (isTeamChannel(ctx, conversation))
    throw new DirectoryCommandError(
      "This is the team's own channel; run `channel link` in the customer's channel.",
    );
  const customer = directory.customerById(customerId.toLowerCase());
  if (customer === undefined)
    throw new DirectoryCommandError(
      `There is no customer "${customerId}". \`customer list\` shows them; \`customer add\` adds one.`,
    );
  const before = listedOwner(ctx, conversation);
  if (before?.id === customer.id) return `${capitalized(label)} is ${customer.name}'s already.`;
  await change(
    ctx,
    invocation,
    {
      kind: "channel",
      conversation: directoryKey(conversation.platform, conversation.conversation),
      customer: customer.id,
    },
    `linked ${conversation.platform} ${conversation.conversation} to ${customer.id}${before === undefined ? "" : ` (was ${before.id})`}`,
  );
  // The clients in the channel learn how the desk works there.
  ctx.post(conversation, {
    text: `This channel is connected to ${customer.name}'s support desk: post a message here and the team gets a ticket, with its number and deadlines in the thread.`,
  });
  return `Linked ${label} to ${customer.name}${before === undefined ? "" : ` (it was ${before.name}'s)`}: a client's message there now opens a ticket on ${customer.policy.name}.`;
}

async function unlinkChannel(ctx: DeskContext, invocation: Invocation): Promise<string> {
  const { platform, conversation } = invocation.conversation;
  const before = listedOwner(ctx, { platform, conversation });
  if (before === undefined) return "This channel is not linked to a customer.";
  await change(
    ctx,
    invocation,
    { kind: "channel", conversation: directoryKey(platform, conversation), customer: null },
    `unlinked ${platform} ${conversation} from ${before.id}`,
  );
  return `Unlinked this channel from ${before.name}: messages here open no tickets now. Its open tickets stay as they are.`;
}

async function addAgent(ctx: DeskContext, invocation: Invocation, id: string, role: "agent" | "lead") {
  const user = personNamed(invocation, id);
  const current = ctx.deps.directory.roleOf(user);
  if (current === role) return `@${id} is ${role === "lead" ? "a lead" : "an agent"} already.`;
  await change(
    ctx,
    invocation,
    { kind: "agent", user: directoryKey(user.platform, id), role },
    `made ${user.platform} ${id} ${role === "lead" ? "a lead" : "an agent"}`,
  );
  return `@${id} is ${role === "lead" ? "a team lead" : "an agent"} now: they can ${role === "lead" ? "claim and resolve tickets and change the customers and the team" : "claim, update and resolve tickets"}.`;
}

async function removeAgent(ctx: DeskContext, invocation: Invocation, id: string) {
  const { directory } = ctx.deps;
  const user = personNamed(invocation, id);
  const role = directory.roleOf(user);
  if (!isAgentRole(role)) return `@${id} is not on the team.`;
  if (directory.rotation?.people.some((person) => person.platform === user.platform && person.id === id))
    throw new DirectoryCommandError(
      `@${id} is in the on-call rotation of the configuration file; take them out of oncall.people there first.`,
    );
  if (role === "lead" && directory.leads().length === 1)
    throw new DirectoryCommandError(
      `@${id} is the desk's only lead; make someone else a lead first (agent add @name lead).`,
    );
  await change(
    ctx,
    invocation,
    { kind: "agent", user: directoryKey(user.platform, id), role: null },
    `removed ${user.platform} ${id} from the team`,
  );
  return `@${id} is no longer on the team. Tickets they hold stay assigned to them until someone reassigns them.`;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// The read side of the directory: the customer list, and what a conversation is (a team channel, a
// customer's).
import type { ConversationRef } from "../domain/refs.js";
import { formatForPeople } from "../domain/sla/instant.js";
import type { CustomerListing } from "../ports/directory.js";
import type { Invocation } from "./command-context.js";
import type { DeskContext } from "./desk-context.js";

/** `customer list`: every customer, its contract, plan and channels, and the latest changes made in chat. */
export async function customerList(ctx: DeskContext, invocation: Invocation): Promise<string> {
  const { directory, ledger } = ctx.deps;
  const zone = directory.zoneOf(invocation.user) ?? "UTC";
  const listings = [...directory.customers()].sort((a, b) => a.customer.id.localeCompare(b.customer.id));
  if (listings.length === 0) return "No customers yet. `customer add <id> <name>` adds one.";
  const lines = listings.map((listing) => `• ${describe(listing)}`);
  const history = (await ledger?.read())?.history.slice(-5) ?? [];
  const recent = history.map(
    (record) => `• ${formatForPeople(record.at, zone)}: ${record.byName ?? record.by} ${record.summary}`,
  );
  return [
    `Customers (${listings.length}):`,
    ...lines,
    ...(recent.length === 0 ? [] : ["Latest changes made in chat:", ...recent]),
  ].join("\n");
}

function describe({ customer, conversations }: CustomerListing): string {
  const plan = customer.plan === null ? "" : `, plan ${customer.plan}`;
  const channels =
    conversations.length === 0
      ? "no channel linked"
      : conversations.map((c) => `${c.platform} ${c.conversation}`).join(", ");
  return `${customer.id}: ${customer.name}, ${customer.policy.name}${plan}; ${channels}`;
}

export function isTeamChannel(ctx: DeskContext, conversation: ConversationRef): boolean {
  const { triage, escalation } = ctx.deps.directory;
  return [triage, escalation].some(
    (team) => team.platform === conversation.platform && team.conversation === conversation.conversation,
  );
}

/** The customer a conversation is linked to (not one made up for an unlisted channel). */
export function listedOwner(ctx: DeskContext, conversation: ConversationRef) {
  const owner = ctx.deps.directory.customerAt(conversation);
  return owner !== undefined && ctx.deps.directory.customerById(owner.id) !== undefined ? owner : undefined;
}

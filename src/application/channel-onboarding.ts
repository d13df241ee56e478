import { z } from "zod";
import { DeskError } from "../domain/errors.js";
import type { OutboundAction } from "../ports/chat-gateway.js";
import type { Invocation } from "./command-context.js";
import type { Outcome } from "./desk.js";
import type { DeskContext } from "./desk-context.js";
import { addCustomer, knownPolicies, linkChannel, requireLead } from "./directory-commands.js";
import { isTeamChannel, listedOwner } from "./directory-views.js";
import type { InboundEvent } from "./inbound-events.js";

type Joined = Extract<InboundEvent, { type: "conversation.joined" }>;
type Clicked = Extract<InboundEvent, { type: "action.clicked" }>;

export const LINK_CHANNEL_ACTION = "channel.link";
export const NEW_CUSTOMER_ACTION = "channel.new-customer";

/** The conversation a card is about, carried in its buttons' data. */
const target = z.strictObject({
  platform: z.enum(["slack", "teams", "local"]),
  conversation: z.string().min(1).max(200),
  name: z.string().max(200).optional(),
});
type Target = z.infer<typeof target>;

/**
 * The desk was added to a conversation no customer has: the triage channel gets a card asking which
 * customer it is for, with a pick of the customers and a form for a new one. Until a lead answers, the
 * conversation's messages open no tickets.
 */
export async function onConversationJoined(ctx: DeskContext, event: Joined): Promise<Outcome> {
  const { directory } = ctx.deps;
  const conversation = {
    platform: event.conversation.platform,
    conversation: event.conversation.conversation,
  };
  if (isTeamChannel(ctx, conversation) || listedOwner(ctx, conversation) !== undefined)
    return { outcome: "ignored" };
  const label = labelOf({ ...conversation, ...(event.name !== undefined && { name: event.name }) });
  const data = { ...conversation, ...(event.name !== undefined && { name: event.name }) };
  const customers = [...directory.customers()]
    .map((listing) => listing.customer)
    .sort((a, b) => a.name.localeCompare(b.name));
  const actions: OutboundAction[] = [
    ...(customers.length === 0
      ? []
      : [
          {
            id: LINK_CHANNEL_ACTION,
            label: "Customer",
            data,
            menu: { options: customers.map((c) => ({ label: `${c.name} (${c.id})`, value: c.id })) },
          },
        ]),
    {
      id: NEW_CUSTOMER_ACTION,
      label: "New customer…",
      data,
      form: {
        title: "New customer",
        label: "Customer name",
        submit: "Add and link",
        fields: [
          { id: "name", label: "Customer name" },
          {
            id: "id",
            label: "Short id (letters, digits, dashes; from the name when left empty)",
            optional: true,
          },
          {
            id: "policy",
            label: "Support contract",
            options: knownPolicies(ctx).map((policy) => ({ label: policy.name, value: policy.id })),
            optional: true,
          },
          { id: "plan", label: "Plan, if the contract has plans", optional: true },
        ],
      },
    },
  ];
  const by = event.user.name ?? event.user.id;
  ctx.post(directory.triage, {
    title: `SLA Desk was added to ${label}: which customer is this?`,
    text: `${by === "" ? "Someone" : by} added the desk to ${label}. Until a lead links it to a customer, messages there open no tickets. Pick the customer, or add a new one.`,
    actions,
  });
  return { outcome: "handled" };
}

/** A lead's answer on that card: an existing customer picked, or a new customer's form. */
export async function onOnboardingAction(
  ctx: DeskContext,
  event: Clicked,
  invocation: Invocation,
): Promise<string> {
  requireLead(ctx, invocation);
  const parsed = target.safeParse(event.data);
  if (!parsed.success)
    throw new OnboardingError("This card names no channel; add the desk to the channel again.");
  const where = parsed.data;
  const label = labelOf(where);
  const link = (customerId: string) => linkChannel(ctx, invocation, where, customerId, label);
  if (event.action === LINK_CHANNEL_ACTION) {
    if (event.choice === undefined) throw new OnboardingError("Pick the customer this channel is for.");
    const answer = await link(event.choice);
    announce(
      ctx,
      invocation,
      `linked ${label} to ${ctx.deps.directory.customerById(event.choice)?.name ?? event.choice}`,
    );
    return answer;
  }
  const fields = event.fields ?? {};
  const name = (fields.name ?? event.text ?? "").trim();
  const id = (fields.id ?? "").trim().toLowerCase() || slugOf(name);
  const added = await addCustomer(ctx, invocation, {
    id,
    name,
    policyId: (fields.policy ?? "").trim() || undefined,
    plan: (fields.plan ?? "").trim() || undefined,
  });
  const linked = await link(id);
  announce(ctx, invocation, `added customer ${name} (${id}) and linked ${label} to it`);
  return `${added} ${linked}`;
}

/** Tells the team in triage what a lead changed, so the card's question reads as answered. */
function announce(ctx: DeskContext, invocation: Invocation, what: string): void {
  ctx.post(ctx.deps.directory.triage, { text: `${invocation.user.name ?? invocation.user.id} ${what}.` });
}

class OnboardingError extends DeskError {
  constructor(message: string) {
    super("invalid_command", message);
  }
}

function labelOf(where: Pick<Target, "conversation" | "name">): string {
  return where.name === undefined ? `channel ${where.conversation}` : `#${where.name}`;
}

function slugOf(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 64);
}

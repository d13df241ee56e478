import type { Rotation } from "../domain/oncall/roster.js";
import type { ConversationRef, UserRef } from "../domain/refs.js";
import type { Policy } from "../domain/sla/policy.js";

export type Role = "lead" | "agent" | "client";

/** A customer organisation: its contract and plan. */
export interface Customer {
  readonly id: string;
  readonly name: string;
  readonly policy: Policy;
  readonly plan: string | null;
}

/** A customer with the conversations its tickets come from. */
export interface CustomerListing {
  readonly customer: Customer;
  readonly conversations: readonly ConversationRef[];
}

/** Who is who: agents and team leads, which conversations belong to which customer, where triage happens. */
export interface Directory {
  /** `lead` and `agent` for the support team; everyone else is a `client`. */
  roleOf(user: UserRef): Role;
  /** The customer whose intake conversation this is (threads included), or undefined. */
  customerAt(conversation: ConversationRef): Customer | undefined;
  customerById(id: string): Customer | undefined;
  /** The agents' triage channel, where each ticket gets a card and a thread. */
  readonly triage: ConversationRef;
  /** Resolves an `@name` or platform id from a command to a team member, or undefined. */
  findAgent(nameOrId: string, platform: UserRef["platform"]): UserRef | undefined;
  /** Whether a plain message in a ticket's triage thread goes to the client (`reply`) or stays internal. */
  readonly triageThreadMessages: "reply" | "note";
  /** Where pages, breaches and ignored nudges are posted. */
  readonly escalation: ConversationRef;
  /** The weekly on-call rotation, if one is configured. */
  readonly rotation: Rotation | undefined;
  /** The team leads, who hear of breaches and ignored nudges. */
  leads(): UserRef[];
  /** The person's own time zone, when known, to show times in it. */
  zoneOf(user: UserRef): string | undefined;
  /** The contract of customers and channels that name none. */
  readonly defaultPolicy: Policy;
  /** Every customer, with its conversations. */
  customers(): readonly CustomerListing[];
  /**
   * Brings the directory up to date with changes leads made from chat (on any desk process); `force`
   * reads them even where this process made the last one. Called before each event and tick.
   */
  refresh?(force?: boolean): Promise<void>;
}

export function isAgentRole(role: Role): boolean {
  return role === "agent" || role === "lead";
}

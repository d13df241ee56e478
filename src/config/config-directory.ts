import { DeskError } from "../domain/errors.js";
import type { Rotation } from "../domain/oncall/roster.js";
import type { ConversationRef, Platform, UserRef } from "../domain/refs.js";
import type { Policy } from "../domain/sla/policy.js";
import type { Customer, CustomerListing, Directory, Role } from "../ports/directory.js";
import { type DeskConfig, weekdayNumber } from "./desk-config.js";

/** A mistake the operator fixes in the configuration file, the environment or the chat app's settings. */
export class InvalidConfigError extends DeskError {
  constructor(
    readonly problems: readonly string[],
    what = "the desk configuration is invalid",
  ) {
    super("invalid_config", `${what}: ${problems.join("; ")}`);
  }
}

type Agent = DeskConfig["agents"][number];
const key = (platform: string, id: string) => `${platform}:${id}`;

/** The Directory a configuration file describes. Policies are resolved once, at start. */
export class ConfigDirectory implements Directory {
  readonly triage: ConversationRef;
  readonly triageThreadMessages: DeskConfig["triageThreadMessages"];
  readonly escalation: ConversationRef;
  readonly rotation: Rotation | undefined;
  private readonly agents = new Map<string, Agent>();
  private readonly customerIndex = new Map<string, Customer>();
  private readonly byConversation = new Map<string, Customer>();
  readonly defaultPolicy: Policy;

  constructor(
    private readonly config: DeskConfig,
    policy: (idOrPath: string) => Policy,
  ) {
    this.triage = config.triage;
    this.triageThreadMessages = config.triageThreadMessages;
    this.defaultPolicy = policy(config.defaultPolicy);
    this.escalation = config.escalationChannel ?? config.triage;
    for (const agent of config.agents) this.agents.set(key(agent.platform, agent.id), agent);
    this.rotation = config.oncall === undefined ? undefined : this.rotationOf(config.oncall);
    for (const entry of config.customers) {
      const contract = entry.policy === undefined ? this.defaultPolicy : policy(entry.policy);
      const customer: Customer = {
        id: entry.id,
        name: entry.name ?? entry.id,
        policy: contract,
        plan: contract.resolvePlan(entry.plan),
      };
      this.customerIndex.set(entry.id, customer);
      for (const channel of entry.channels)
        this.byConversation.set(key(channel.platform, channel.conversation), customer);
    }
  }

  roleOf(user: UserRef): Role {
    return this.agents.get(key(user.platform, user.id))?.role ?? "client";
  }

  customerAt(conversation: ConversationRef): Customer | undefined {
    const listed = this.byConversation.get(key(conversation.platform, conversation.conversation));
    if (listed !== undefined) return listed;
    const isTriage =
      conversation.platform === this.triage.platform &&
      conversation.conversation === this.triage.conversation;
    if (!this.config.openTicketsFromUnlistedChannels || isTriage) return undefined;
    const id = `${conversation.platform}-${conversation.conversation}`.toLowerCase();
    return {
      id,
      name: conversation.conversation,
      policy: this.defaultPolicy,
      plan: this.defaultPolicy.resolvePlan(),
    };
  }

  leads(): UserRef[] {
    return [...this.agents.values()].filter((agent) => agent.role === "lead").map(toUser);
  }

  zoneOf(user: UserRef): string | undefined {
    return this.agents.get(key(user.platform, user.id))?.zone;
  }

  customerById(id: string): Customer | undefined {
    return this.customerIndex.get(id);
  }

  customers(): readonly CustomerListing[] {
    return [...this.customerIndex.values()].map((customer) => ({
      customer,
      conversations: [...this.byConversation.entries()]
        .filter(([, owner]) => owner.id === customer.id)
        .map(([conversation]) => refOf(conversation)),
    }));
  }

  /** The team member with this id or name: on `platform` first, then on any (a desk may span several). */
  findAgent(nameOrId: string, platform: Platform): UserRef | undefined {
    const wanted = nameOrId.replace(/^@/, "").toLowerCase();
    const matches = [...this.agents.values()].filter(
      (agent) => agent.id.toLowerCase() === wanted || agent.name?.toLowerCase() === wanted,
    );
    const found = matches.find((agent) => agent.platform === platform) ?? matches[0];
    return found === undefined ? undefined : toUser(found);
  }

  private rotationOf(oncall: NonNullable<DeskConfig["oncall"]>): Rotation {
    const people = oncall.people.map((person) => {
      const agent = this.agents.get(key(person.platform, person.id));
      if (agent === undefined) {
        throw new InvalidConfigError([
          `oncall.people: ${person.platform}:${person.id} is not listed under agents; only agents can be on call`,
        ]);
      }
      return toUser(agent);
    });
    const [hour, minute] = oncall.handover.slice(4).split(":").map(Number);
    return {
      zone: oncall.zone,
      weekday: weekdayNumber(oncall.handover),
      minuteOfDay: (hour ?? 0) * 60 + (minute ?? 0),
      since: oncall.since,
      people,
    };
  }
}

function toUser(agent: Agent): UserRef {
  return { platform: agent.platform, id: agent.id, ...(agent.name !== undefined && { name: agent.name }) };
}

function refOf(conversationKey: string): ConversationRef {
  const split = conversationKey.indexOf(":");
  return {
    platform: conversationKey.slice(0, split) as Platform,
    conversation: conversationKey.slice(split + 1),
  };
}

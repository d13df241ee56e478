import { DeskError } from "../domain/errors.js";
import type { Policy } from "../domain/sla/policy.js";
import type { ConversationRef, Platform, UserRef } from "../ports/chat-gateway.js";
import type { Customer, Directory, Role } from "../ports/directory.js";
import type { DeskConfig } from "./desk-config.js";

export class InvalidConfigError extends DeskError {
  constructor(problems: readonly string[]) {
    super("invalid_config", `the desk configuration is invalid: ${problems.join("; ")}`);
  }
}

type Agent = DeskConfig["agents"][number];
const key = (platform: string, id: string) => `${platform}:${id}`;

/** The Directory a configuration file describes. Policies are resolved once, at start. */
export class ConfigDirectory implements Directory {
  readonly triage: ConversationRef;
  readonly triageThreadMessages: DeskConfig["triageThreadMessages"];
  private readonly agents = new Map<string, Agent>();
  private readonly customers = new Map<string, Customer>();
  private readonly byConversation = new Map<string, Customer>();
  private readonly defaultPolicy: Policy;

  constructor(
    private readonly config: DeskConfig,
    policy: (idOrPath: string) => Policy,
  ) {
    this.triage = config.triage;
    this.triageThreadMessages = config.triageThreadMessages;
    this.defaultPolicy = policy(config.defaultPolicy);
    for (const agent of config.agents) this.agents.set(key(agent.platform, agent.id), agent);
    for (const entry of config.customers) {
      const contract = entry.policy === undefined ? this.defaultPolicy : policy(entry.policy);
      const customer: Customer = {
        id: entry.id,
        name: entry.name ?? entry.id,
        policy: contract,
        plan: contract.resolvePlan(entry.plan),
      };
      this.customers.set(entry.id, customer);
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

  customerById(id: string): Customer | undefined {
    return this.customers.get(id);
  }

  findAgent(nameOrId: string, platform: Platform): UserRef | undefined {
    const wanted = nameOrId.replace(/^@/, "").toLowerCase();
    for (const agent of this.agents.values()) {
      if (agent.platform !== platform) continue;
      if (agent.id.toLowerCase() === wanted || agent.name?.toLowerCase() === wanted) {
        return {
          platform: agent.platform,
          id: agent.id,
          ...(agent.name !== undefined && { name: agent.name }),
        };
      }
    }
    return undefined;
  }
}

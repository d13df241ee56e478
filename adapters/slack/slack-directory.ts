import type { ConversationRef, Platform, UserRef } from "../../src/domain/refs.js";
import type { Customer, Directory, Role } from "../../src/ports/directory.js";
import type { SlackProfiles } from "./slack-web.js";

/** The configured Directory, with each Slack user's own time zone from their profile where the config names none. */
export class SlackZonesDirectory implements Directory {
  constructor(
    private readonly inner: Directory,
    private readonly profiles: SlackProfiles,
  ) {}

  get triage(): ConversationRef {
    return this.inner.triage;
  }

  get triageThreadMessages(): "reply" | "note" {
    return this.inner.triageThreadMessages;
  }

  get escalation(): ConversationRef {
    return this.inner.escalation;
  }

  get rotation(): Directory["rotation"] {
    return this.inner.rotation;
  }

  get defaultPolicy(): Directory["defaultPolicy"] {
    return this.inner.defaultPolicy;
  }

  roleOf(user: UserRef): Role {
    return this.inner.roleOf(user);
  }

  customerAt(conversation: ConversationRef): Customer | undefined {
    return this.inner.customerAt(conversation);
  }

  customerById(id: string): Customer | undefined {
    return this.inner.customerById(id);
  }

  findAgent(nameOrId: string, platform: Platform): UserRef | undefined {
    return this.inner.findAgent(nameOrId, platform);
  }

  leads(): UserRef[] {
    return this.inner.leads();
  }

  customers(): ReturnType<Directory["customers"]> {
    return this.inner.customers();
  }

  async refresh(force?: boolean): Promise<void> {
    await this.inner.refresh?.(force);
  }

  zoneOf(user: UserRef): string | undefined {
    return this.inner.zoneOf(user) ?? (user.platform === "slack" ? this.profiles.zoneOf(user.id) : undefined);
  }
}

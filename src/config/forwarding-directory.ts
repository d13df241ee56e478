import type { ConversationRef, Platform, UserRef } from "../domain/refs.js";
import type { Policy } from "../domain/sla/policy.js";
import type { Customer, CustomerListing, Directory, Role } from "../ports/directory.js";

/** A Directory that answers from another one: a wrapper overrides only what it changes. */
export abstract class ForwardingDirectory implements Directory {
  protected abstract get inner(): Directory;

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

  get defaultPolicy(): Policy {
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

  zoneOf(user: UserRef): string | undefined {
    return this.inner.zoneOf(user);
  }

  customers(): readonly CustomerListing[] {
    return this.inner.customers();
  }

  async refresh(force?: boolean): Promise<void> {
    await this.inner.refresh?.(force);
  }
}

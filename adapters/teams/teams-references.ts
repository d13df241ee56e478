import type { TicketStore } from "../../src/ports/ticket-store.js";
import {
  type ConversationReference,
  conversationOf,
  type PersonReference,
  personOf,
  type TeamsActivity,
} from "./teams-activity.js";

export interface ServiceReference {
  readonly serviceUrl: string;
  readonly botId: string;
  readonly tenantId?: string | undefined;
}

/**
 * Where the desk can write in Teams: the reference of each conversation and person it has heard from
 * (service URL, tenant, bot), kept in the store so that every desk process, and the next start, can
 * send there. Written only when something changed.
 */
export class TeamsReferences {
  private readonly conversations = new Map<string, ConversationReference>();
  private readonly people = new Map<string, PersonReference>();
  private service: ServiceReference | undefined;

  constructor(private readonly store: Pick<TicketStore, "getSetting" | "setSetting">) {}

  /** Remembers the conversation and the sender of an activity (and, in a personal chat, that chat). */
  async remember(activity: TeamsActivity): Promise<void> {
    const where = conversationOf(activity);
    const conversation: ConversationReference = {
      serviceUrl: activity.serviceUrl,
      conversation: where.conversation,
      kind: activity.conversation.conversationType ?? "personal",
      tenantId: activity.conversation.tenantId ?? activity.channelData?.tenant?.id,
      botId: activity.recipient.id,
      botName: activity.recipient.name,
    };
    await this.save("conversation", where.conversation, conversation, this.conversations);
    await this.rememberService({
      serviceUrl: conversation.serviceUrl,
      botId: conversation.botId,
      tenantId: conversation.tenantId,
    });
    if (activity.from.id === activity.recipient.id) return;
    const person = personOf(activity.from);
    const known = await this.person(person.id);
    await this.save(
      "person",
      person.id,
      {
        id: person.id,
        teamsId: activity.from.id,
        name: person.name ?? known?.name,
        serviceUrl: activity.serviceUrl,
        tenantId: conversation.tenantId ?? known?.tenantId,
        botId: activity.recipient.id,
        personalChat: conversation.kind === "personal" ? where.conversation : known?.personalChat,
      },
      this.people,
    );
  }

  /**
   * The service URL, bot and tenant the desk last heard from Teams through: Teams serves a tenant's
   * conversations from one service URL, so a configured channel the desk has not heard from yet is
   * written to there.
   */
  async lastService(): Promise<ServiceReference | undefined> {
    this.service ??= await this.store.getSetting<ServiceReference>("teams:service");
    return this.service;
  }

  private async rememberService(service: ServiceReference): Promise<void> {
    const known = await this.lastService();
    if (known !== undefined && JSON.stringify(known) === JSON.stringify(service)) return;
    await this.store.setSetting("teams:service", service);
    this.service = service;
  }

  async conversation(id: string): Promise<ConversationReference | undefined> {
    return this.load("conversation", id, this.conversations);
  }

  async person(id: string): Promise<PersonReference | undefined> {
    return this.load("person", id, this.people);
  }

  async rememberPersonalChat(person: PersonReference, chat: string): Promise<void> {
    await this.save("person", person.id, { ...person, personalChat: chat }, this.people);
    await this.save(
      "conversation",
      chat,
      {
        serviceUrl: person.serviceUrl,
        conversation: chat,
        kind: "personal",
        tenantId: person.tenantId,
        botId: person.botId,
      },
      this.conversations,
    );
  }

  private async load<T>(kind: string, id: string, cache: Map<string, T>): Promise<T | undefined> {
    const cached = cache.get(id);
    if (cached !== undefined) return cached;
    const stored = await this.store.getSetting<T>(`teams:${kind}:${id}`);
    if (stored !== undefined) cache.set(id, stored);
    return stored;
  }

  private async save<T>(kind: string, id: string, value: T, cache: Map<string, T>): Promise<void> {
    const known = await this.load(kind, id, cache);
    if (known !== undefined && JSON.stringify(known) === JSON.stringify(value)) return;
    await this.store.setSetting(`teams:${kind}:${id}`, value);
    cache.set(id, value);
  }
}

import { Activity } from "@microsoft/agents-activity";
import type { ConnectorClient } from "@microsoft/agents-hosting";
import { describeError } from "../../src/domain/errors.js";
import type { ConversationRef, MessageRef, UserRef } from "../../src/domain/refs.js";
import {
  type ChatGateway,
  type OutboundMessage,
  type Pacing,
  type PrivateAnswer,
  SendFailure,
} from "../../src/ports/chat-gateway.js";
import type { Logger } from "../../src/ports/logger.js";
import type { ConversationReference, PersonReference } from "./teams-activity.js";
import { fittedCard, inert } from "./teams-cards.js";
import type { ServiceReference, TeamsReferences } from "./teams-references.js";

/** Statuses worth trying again (throttled, precondition raced, gateway trouble); the others are for good. */
const RETRYABLE = new Set([412, 429, 500, 502, 503, 504]);

/** Teams' documented limits per bot per thread: 7 a second, 8 in 2 seconds, 60 in 30 seconds. */
const TEAMS_WINDOWS = [
  { limit: 7, windowMs: 1000 },
  { limit: 8, windowMs: 2000 },
  { limit: 60, windowMs: 30_000 },
] as const;

const PACE_MARGIN_MS = 100;

/** Answers a Teams card action waits for, keyed by its activity id: delivered in the invoke's response. */
export interface InvokeAnswers {
  /** True when the invoke is still open and took the answer. */
  deliver(invoke: string, text: string): boolean;
}

export interface TeamsGatewayOptions {
  readonly references: TeamsReferences;
  /** A connector client for a service URL (with a fresh token when the desk has credentials). */
  readonly clientFor: (serviceUrl: string) => Promise<ConnectorClient>;
  readonly logger: Logger;
  /** Where a person the desk cannot message directly is mentioned instead (a Teams channel). */
  readonly fallback: () => ConversationRef | undefined;
  readonly invokes?: InvokeAnswers;
  /** Pace scale: 1 is Teams' own; a test connector without limits may take less (0: none). */
  readonly paceScale?: number;
  /**
   * Where to write to a configured conversation the desk has not heard from yet (a triage channel right
   * after install): the region's service URL and the bot's id, as Teams' proactive messaging allows.
   */
  readonly defaults?: { readonly serviceUrl: string; readonly botId: string; readonly tenantId?: string };
}

/**
 * The desk's sends to Teams through the Bot Connector: a thread reply in channels, a plain post in chats
 * (they have no threads), cards updated in place, direct messages in the person's personal chat (created
 * when needed), and a mention in a channel for someone the desk cannot reach directly.
 */
export class TeamsGateway implements ChatGateway {
  constructor(private readonly options: TeamsGatewayOptions) {}

  async post(to: ConversationRef, message: OutboundMessage): Promise<MessageRef> {
    const reference = await this.reference(to.conversation);
    // Only channels have threads; a conversation known only by its id is taken at its word.
    const threaded =
      to.thread !== undefined && (reference.kind === "channel" || reference.kind === "unknown");
    const target = threaded ? `${to.conversation};messageid=${to.thread}` : to.conversation;
    const sent = await this.send(reference, (client) =>
      client.sendToConversation(target, Activity.fromObject(this.activity(reference, message))),
    );
    return { ...to, message: sent };
  }

  async update(ref: MessageRef, message: OutboundMessage): Promise<void> {
    const reference = await this.reference(ref.conversation);
    await this.send(reference, (client) =>
      client.updateActivity(
        ref.conversation,
        ref.message,
        Activity.fromObject({ ...this.activity(reference, message), id: ref.message }),
      ),
    );
  }

  async notifyUser(user: UserRef, message: OutboundMessage): Promise<MessageRef> {
    const person = await this.options.references.person(user.id);
    try {
      if (person === undefined)
        throw new SendFailure(
          `${user.name ?? user.id} has not installed the desk in Teams`,
          false,
          undefined,
          "NotInstalled",
        );
      const chat = await this.personalChat(person);
      return await this.post({ platform: "teams", conversation: chat }, message);
    } catch (error) {
      if (!(error instanceof SendFailure) || error.retryable) throw error;
      return this.mentionInstead(user, message, error.code ?? "unreachable");
    }
  }

  async answer(to: PrivateAnswer, message: OutboundMessage): Promise<void> {
    // A card action: its response carries the answer, if it is still waiting.
    if (to.replyTo?.startsWith("invoke:") && this.options.invokes?.deliver(to.replyTo.slice(7), message.text))
      return;
    const person = await this.options.references.person(to.user.id);
    if (person?.personalChat !== undefined && to.in.conversation !== person.personalChat) {
      await this.post({ platform: "teams", conversation: person.personalChat }, message);
      return;
    }
    if (person?.personalChat === to.in.conversation) {
      await this.post(to.in, message);
      return;
    }
    // No personal chat: a reply where they asked, naming only them.
    await this.post(to.in, this.withMention(to.user, message));
  }

  /** Teams counts a card's updates with the posts of its thread. */
  pacing(to: ConversationRef | UserRef): Pacing | undefined {
    const scale = this.options.paceScale ?? 1;
    if (scale === 0) return undefined;
    const key = "conversation" in to ? `teams:${to.conversation}:${to.thread ?? ""}` : `teams:user:${to.id}`;
    // Teams counts arrivals: a margin keeps sends that travel at different speeds within its windows.
    return {
      key,
      windows: TEAMS_WINDOWS.map((w) => ({
        limit: w.limit,
        windowMs: (w.windowMs + PACE_MARGIN_MS) * scale,
      })),
    };
  }

  private activity(reference: ConversationReference, message: OutboundMessage): Record<string, unknown> {
    const { card } = fittedCard(message);
    return {
      type: "message",
      from: { id: reference.botId, ...(reference.botName !== undefined && { name: reference.botName }) },
      // What a notification shows; the card is the message.
      summary: (message.title ?? message.text).slice(0, 200),
      attachments: [
        { contentType: "application/vnd.microsoft.card.adaptive", content: card },
        ...(message.image === undefined
          ? []
          : [
              {
                contentType: "image/png",
                contentUrl: `data:image/png;base64,${message.image.png}`,
                name: message.image.name,
              },
            ]),
      ],
      ...(mentionsOf(message) ?? {}),
    };
  }

  /** The personal chat with a person: the known one, or one the desk opens (they must have installed the app). */
  private async personalChat(person: PersonReference): Promise<string> {
    if (person.personalChat !== undefined) return person.personalChat;
    const reference: ConversationReference = {
      serviceUrl: person.serviceUrl,
      conversation: "",
      kind: "personal",
      tenantId: person.tenantId,
      botId: person.botId,
    };
    const created = await this.send(reference, async (client) => {
      const answer = await client.createConversation({
        isGroup: false,
        bot: { id: person.botId },
        members: [{ id: person.teamsId }],
        tenantId: person.tenantId,
        channelData: { tenant: { id: person.tenantId } },
      } as never);
      return { id: answer.id };
    });
    await this.options.references.rememberPersonalChat(person, created);
    return created;
  }

  /** Someone the desk cannot write to directly is mentioned in the fallback channel instead; the log says so. */
  private async mentionInstead(user: UserRef, message: OutboundMessage, reason: string): Promise<MessageRef> {
    const fallback = this.options.fallback();
    this.options.logger.warn(
      { user: user.id, reason, fallback: fallback?.conversation ?? null },
      "a Teams user cannot be messaged directly; mentioning them in a channel instead",
    );
    if (fallback === undefined)
      throw new SendFailure(
        `${user.name ?? user.id} cannot be reached in Teams, and no Teams channel takes a mention`,
        false,
        undefined,
        reason,
      );
    return this.post(fallback, this.withMention(user, message));
  }

  private withMention(user: UserRef, message: OutboundMessage): OutboundMessage & { mention: UserRef } {
    return { ...message, mention: user };
  }

  private async reference(conversation: string): Promise<ConversationReference> {
    const reference =
      (await this.options.references.conversation(conversation)) ??
      this.assumed(conversation, this.options.defaults ?? (await this.options.references.lastService()));
    if (reference === undefined)
      throw new SendFailure(
        `the desk has not heard from Teams conversation ${conversation} yet`,
        false,
        undefined,
        "UnknownConversation",
      );
    return reference;
  }

  /**
   * A conversation's reference from its id's form and the defaults (else the service the desk last heard
   * from): `@thread.tacv2` is a channel.
   */
  private assumed(
    conversation: string,
    defaults: ServiceReference | undefined,
  ): ConversationReference | undefined {
    if (defaults === undefined) return undefined;
    const kind = /@thread\.(tacv2|skype)$/.test(conversation)
      ? "channel"
      : /@thread\.v2$/.test(conversation)
        ? "groupChat"
        : /^(a|8):/.test(conversation)
          ? "personal"
          : "unknown";
    return {
      serviceUrl: defaults.serviceUrl,
      conversation,
      kind,
      tenantId: defaults.tenantId,
      botId: defaults.botId,
    };
  }

  private async send(
    reference: Pick<ConversationReference, "serviceUrl">,
    call: (client: ConnectorClient) => Promise<{ id?: string } | undefined>,
  ): Promise<string> {
    try {
      const client = await this.options.clientFor(reference.serviceUrl);
      const answer = await call(client);
      return answer?.id ?? "";
    } catch (error) {
      throw failureOf(error);
    }
  }
}

/** An outbound message that names one person: a Teams mention, with its entity. */
function mentionsOf(message: OutboundMessage): Record<string, unknown> | undefined {
  const user = (message as { mention?: UserRef }).mention;
  if (user === undefined) return undefined;
  const name = inert(user.name ?? user.id);
  return {
    text: `<at>${name}</at>`,
    textFormat: "xml",
    entities: [{ type: "mention", text: `<at>${name}</at>`, mentioned: { id: user.id, name } }],
  };
}

/** A Bot Connector failure, told apart: retry later (with the wait it asks for), or never. */
export function failureOf(error: unknown): SendFailure {
  if (error instanceof SendFailure) return error;
  const failure = error as {
    status?: number;
    response?: { headers?: Headers; data?: { error?: { code?: string; message?: string } } };
  };
  const status = failure.status;
  if (status === undefined)
    return new SendFailure(`the Bot Connector cannot be reached: ${describeError(error)}`, true);
  const code = failure.response?.data?.error?.code ?? `HTTP${status}`;
  const retryAfter = Number(failure.response?.headers?.get?.("retry-after"));
  return new SendFailure(
    `the Bot Connector answered ${status} (${code})`,
    RETRYABLE.has(status),
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined,
    code,
  );
}

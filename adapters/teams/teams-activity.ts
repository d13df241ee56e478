import { z } from "zod";
import type { ConversationRef, UserRef } from "../../src/domain/refs.js";

const id = z.string().min(1).max(1000);
const account = z.looseObject({
  id,
  name: z.string().max(500).optional(),
  aadObjectId: z.string().max(200).optional(),
  role: z.string().max(50).optional(),
});

/** The parts of a Bot Framework activity the desk reads, shape-checked before anything else sees it. */
export const activitySchema = z.looseObject({
  type: z.string().min(1).max(100),
  id: id.optional(),
  timestamp: z.string().max(100).optional(),
  serviceUrl: z.url().max(1000),
  channelId: z.string().max(100),
  from: account,
  recipient: account,
  conversation: z.looseObject({
    id,
    conversationType: z.string().max(50).optional(),
    tenantId: z.string().max(200).optional(),
    isGroup: z.boolean().optional(),
    name: z.string().max(500).optional(),
  }),
  text: z.string().max(100_000).optional(),
  replyToId: z.string().max(1000).optional(),
  name: z.string().max(200).optional(),
  value: z.unknown().optional(),
  action: z.string().max(50).optional(),
  entities: z
    .array(
      z.looseObject({
        type: z.string().max(100),
        text: z.string().max(1000).optional(),
        mentioned: account.optional(),
      }),
    )
    .max(100)
    .optional(),
  membersAdded: z.array(account).max(1000).optional(),
  channelData: z
    .looseObject({
      tenant: z.looseObject({ id: z.string().max(200) }).optional(),
      team: z.looseObject({ id: z.string().max(500), name: z.string().max(500).optional() }).optional(),
      channel: z.looseObject({ id: z.string().max(500), name: z.string().max(500).optional() }).optional(),
    })
    .optional(),
});

export type TeamsActivity = z.infer<typeof activitySchema>;

/** What the desk keeps of a conversation to write to it later (a proactive message, a card update). */
export interface ConversationReference {
  readonly serviceUrl: string;
  readonly conversation: string;
  /** `personal`, `groupChat` or `channel`. */
  readonly kind: string;
  readonly tenantId?: string | undefined;
  readonly botId: string;
  readonly botName?: string | undefined;
}

/** What the desk keeps of a person: where to reach them, and their personal chat with the desk once it exists. */
export interface PersonReference {
  readonly id: string;
  readonly teamsId: string;
  readonly name?: string | undefined;
  readonly serviceUrl: string;
  readonly tenantId?: string | undefined;
  readonly botId: string;
  /** Their one-to-one chat with the desk, once created or seen. */
  readonly personalChat?: string | undefined;
}

/**
 * A conversation as the core knows it. A channel post's conversation id carries its thread after
 * `;messageid=`: the core sees the channel and the thread apart. Chats have no threads.
 */
export function conversationOf(
  activity: TeamsActivity,
): ConversationRef & { kind: "thread" | "flat" | "personal" } {
  const [conversation, marker] = activity.conversation.id.split(";messageid=");
  const kind = kindOf(activity);
  return {
    platform: "teams",
    conversation: conversation as string,
    kind,
    ...(kind === "thread" && marker !== undefined && marker !== "" && { thread: marker }),
  };
}

function kindOf(activity: TeamsActivity): "thread" | "flat" | "personal" {
  const type = activity.conversation.conversationType;
  if (type === "personal") return "personal";
  if (type === "channel") return "thread";
  return "flat";
}

/** A person as the core knows them: their Entra object id when Teams gives it (stable across bots). */
export function personOf(account: TeamsActivity["from"]): UserRef {
  // Bots' ids start with 28: (people's with 29:); another bot's messages never open tickets.
  const bot = account.id.startsWith("28:") || account.role === "bot";
  return {
    platform: "teams",
    id: account.aadObjectId ?? account.id,
    ...(account.name !== undefined && account.name !== "" && { name: account.name }),
    ...(bot && { isBot: true }),
  };
}

/**
 * The message text as the core reads it: the desk's own mention removed, other people's `<at>Name</at>`
 * mentions turned into `@id` (a command names people by id), and the people mentioned; and the text as
 * written, with each person's mention as `@Name` (what a relay shows on the other side). Teams sends
 * text with HTML entities escaped.
 */
export function textOf(activity: TeamsActivity): {
  text: string;
  written: string;
  mentions: UserRef[];
  addressed: boolean;
} {
  let text = activity.text ?? "";
  let written = text;
  const mentions: UserRef[] = [];
  let addressed = false;
  for (const entity of activity.entities ?? []) {
    if (entity.type !== "mention" || entity.mentioned === undefined || entity.text === undefined) continue;
    if (entity.mentioned.id === activity.recipient.id) {
      addressed = true;
      text = text.replace(entity.text, "");
      written = written.replace(entity.text, "");
      continue;
    }
    const person = personOf(entity.mentioned);
    mentions.push(person);
    text = text.replace(entity.text, `@${person.id}`);
    written = written.replace(entity.text, `@${person.name ?? stripTags(entity.text)}`);
  }
  const plain = (value: string) => decodeEntities(stripTags(value)).trim();
  return { text: plain(text), written: plain(written), mentions, addressed };
}

/**
 * Teams' formatting as plain text: a paragraph, a line break, a list item, a quote or a code block ends
 * a line ("- " opens an item); a link keeps its words and, where they differ, its address; every other
 * tag (bold, italics, code, an image) goes. Left in, "<strong>URGENT</strong>" would reach the agents as
 * markup and the reading of the report as words it does not have.
 */
function stripTags(html: string): string {
  return html
    .replace(/<a\b[^>]*\bhref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_whole, href: string, label: string) => {
      const words = label.replace(/<[^>]*>/g, "");
      return words === "" || href.endsWith(words) ? words || href : `${words} (${href})`;
    })
    .replace(/<li\b[^>]*>/gi, "\n- ")
    .replace(/<br\s*\/?>|<\/(?:p|div|ul|ol|blockquote|pre|h[1-6]|tr)>/gi, "\n")
    .replace(/<\/?[a-z][\w-]*(?:\s[^>]*)?\/?>/gi, "")
    .replace(/\n{3,}/g, "\n\n");
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&");
}

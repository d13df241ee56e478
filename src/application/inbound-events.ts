import { z } from "zod";

const platform = z.enum(["slack", "teams", "local"]);
const user = z.strictObject({
  platform,
  id: z.string().min(1),
  name: z.string().optional(),
  /** Set by adapters for bots (ours included): their messages never open tickets. */
  isBot: z.boolean().optional(),
});
const conversation = z.strictObject({
  platform,
  conversation: z.string().min(1),
  thread: z.string().min(1).optional(),
});
const base = {
  eventId: z.string().min(1),
  user,
  /** The adapter's own handle for answering the invoker privately (Slack: the `response_url`). */
  replyTo: z.string().min(1).max(2000).optional(),
};
/** The people a message or command mentions, as the adapter resolved its platform's mentions (`@id` in the text). */
const mentions = z.array(user).max(50).optional();
const impact = z.enum(["one", "team", "all"]);
const workaround = z.enum(["yes", "no"]);

/**
 * Everything an adapter can tell the core, already mapped from the platform's payload. `eventId` is the
 * platform's own id, so a redelivered event is recognised.
 */
export const inboundEventSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("message.posted"),
    ...base,
    conversation,
    message: z.string().min(1),
    text: z.string(),
    mentions,
    /**
     * How the conversation works: `thread` (each top-level message starts a thread: Slack, Teams
     * channels), `flat` (a group chat without threads: its open ticket takes the messages), or
     * `personal` (a one-to-one chat with the desk: an agent's message there is a command).
     */
    kind: z.enum(["thread", "flat", "personal"]).optional(),
  }),
  z.strictObject({
    type: z.literal("message.edited"),
    ...base,
    conversation,
    message: z.string().min(1),
    text: z.string(),
  }),
  z.strictObject({ type: z.literal("message.deleted"), ...base, conversation, message: z.string().min(1) }),
  z.strictObject({ type: z.literal("command.invoked"), ...base, conversation, text: z.string(), mentions }),
  z.strictObject({
    type: z.literal("action.clicked"),
    ...base,
    conversation,
    action: z.string().min(1),
    /** What the button carries (its ticket, the choice it stands for), as the desk made it. */
    data: z.record(z.string().max(40), z.string().max(1000)),
    /** What the user typed into the button's form, when it has one. */
    text: z.string().max(40_000).optional(),
    /** The option or person picked, when the action is a menu. */
    choice: z.string().min(1).max(200).optional(),
    /** What the user filled in, by field id, when the button's form has several fields. */
    fields: z.record(z.string().max(40), z.string().max(2000)).optional(),
  }),
  /** Someone asked for the new-ticket form where the platform has no modal dialogs: it is posted as a card. */
  z.strictObject({ type: z.literal("ticket.form.requested"), ...base, conversation }),
  /** A person asked for their home view (their queue, who is on call) where the platform has no home tab. */
  z.strictObject({ type: z.literal("home.requested"), ...base, conversation }),
  /** The desk was added to a conversation (by `user`, when the platform says who). */
  z.strictObject({
    type: z.literal("conversation.joined"),
    ...base,
    conversation,
    /** The conversation's name as people see it, e.g. `acme-support`. */
    name: z.string().min(1).max(200).optional(),
  }),
  z.strictObject({
    type: z.literal("ticket.requested"),
    ...base,
    conversation,
    title: z.string().min(1).max(300),
    description: z.string().max(40_000),
    impact: impact.optional(),
    workaround: workaround.optional(),
  }),
]);

export type InboundEvent = z.infer<typeof inboundEventSchema>;

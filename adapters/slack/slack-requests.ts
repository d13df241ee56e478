import { z } from "zod";
import { formOfButton } from "./blocks.js";
import { fromMessageEvent, type SlackMessageEvent } from "./slack-inbound.js";

/** The `:ticket:` reaction that makes a ticket of any message. */
export const TICKET_REACTION = "ticket";

/**
 * What to do with a request from Slack before acknowledging it: `record` the desk's inputs in the inbox
 * (keyed by an id that is the same when Slack delivers the request again), leave what only opens a
 * view to Bolt (`bolt`), acknowledge and drop what is not the desk's (`ignore`: other bots,
 * housekeeping), or refuse what is not a request Slack sends (`reject`, with the reason).
 */
export type SlackIntakeRoute =
  | { readonly route: "record"; readonly id: string; readonly partition: string }
  | { readonly route: "bolt" }
  | { readonly route: "ignore" }
  | { readonly route: "reject"; readonly reason: string };

const id = z.string().min(1).max(255);
const text = z.string().max(200_000);
const author = z.looseObject({
  user: id.optional(),
  text: text.optional(),
  ts: id,
  thread_ts: id.optional(),
});

/** The fields of Slack's payloads the desk reads, with their types; anything else passes through. */
const messageEvent = z.looseObject({
  type: z.literal("message"),
  channel: id,
  ts: id.optional(),
  user: id.optional(),
  text: text.optional(),
  thread_ts: id.optional(),
  subtype: z.string().max(100).optional(),
  bot_id: id.optional(),
  message: author.extend({ bot_id: id.optional() }).optional(),
  previous_message: author.optional(),
  user_profile: z
    .looseObject({
      display_name: z.string().max(500).optional(),
      real_name: z.string().max(500).optional(),
      name: z.string().max(500).optional(),
    })
    .optional(),
});
const reactionEvent = z.looseObject({
  type: z.literal("reaction_added"),
  user: id,
  reaction: z.string().max(100),
  item: z.looseObject({ type: z.string(), channel: id.optional(), ts: id.optional() }),
});
const memberJoined = z.looseObject({
  type: z.literal("member_joined_channel"),
  user: id,
  channel: id,
  inviter: id.optional(),
});
const eventCallback = z.looseObject({
  type: z.literal("event_callback"),
  event_id: id,
  event: z.looseObject({ type: z.string() }),
});
const command = z.looseObject({
  command: z.string().max(100),
  text: z.string().max(10_000),
  user_id: id,
  channel_id: id,
  trigger_id: id,
  response_url: z.string().max(2000).optional(),
});
const action = z.looseObject({
  type: z.string().max(100),
  action_id: id,
  value: z.string().max(10_000).optional(),
  selected_option: z.looseObject({ value: z.string().max(200) }).optional(),
  selected_user: id.optional(),
});
const blockActions = z.looseObject({
  type: z.literal("block_actions"),
  user: z.looseObject({ id }),
  trigger_id: id,
  actions: z.array(action).min(1).max(25),
  channel: z.looseObject({ id }).optional(),
  container: z
    .looseObject({ channel_id: id.optional(), thread_ts: id.optional(), message_ts: id.optional() })
    .optional(),
  response_url: z.string().max(2000).optional(),
});
const viewSubmission = z.looseObject({
  type: z.literal("view_submission"),
  user: z.looseObject({ id }),
  trigger_id: id.optional(),
  view: z.looseObject({
    id,
    callback_id: z.string().max(255),
    private_metadata: z.string().max(3000).optional(),
    state: z.looseObject({
      values: z.record(
        z.string(),
        z.record(z.string(), z.looseObject({ value: z.string().max(40_000).nullish() })),
      ),
    }),
  }),
});
const messageAction = z.looseObject({
  type: z.literal("message_action"),
  trigger_id: id,
  user: z.looseObject({ id }),
  channel: z.looseObject({ id }),
  message: author,
});

/** The interactive elements `renderBlocks` draws. */
const CLICKABLE = new Set(["button", "static_select", "users_select"]);

/** Where a request goes; never throws, whatever the body. */
export function routeOf(body: unknown): SlackIntakeRoute {
  try {
    return route(body);
  } catch (error) {
    return { route: "reject", reason: `unreadable request: ${(error as Error).message}` };
  }
}

function route(body: unknown): SlackIntakeRoute {
  if (typeof body !== "object" || body === null || Array.isArray(body))
    return { route: "reject", reason: "the body is not a Slack payload" };
  const payload = body as Record<string, unknown>;
  if ("command" in payload) {
    const parsed = command.safeParse(payload);
    if (!parsed.success) return rejected(parsed.error);
    // A bare `/ticket` opens the new-ticket form at once, with its trigger id.
    if (parsed.data.text.trim() === "") return { route: "bolt" };
    return record(`command:${parsed.data.trigger_id}`, parsed.data.channel_id);
  }
  switch (payload.type) {
    case "event_callback":
      return routeOfEvent(payload);
    case "block_actions": {
      const parsed = blockActions.safeParse(payload);
      if (!parsed.success) return rejected(parsed.error);
      const [first] = parsed.data.actions;
      if (first === undefined || !CLICKABLE.has(first.type)) return { route: "ignore" };
      if (first.type === "button" && formOfButton(first.value ?? "") !== undefined) return { route: "bolt" };
      const channel = parsed.data.channel?.id ?? parsed.data.container?.channel_id;
      if (channel === undefined) return { route: "reject", reason: "a click without its channel" };
      return record(`action:${parsed.data.trigger_id}`, channel);
    }
    case "view_submission": {
      const parsed = viewSubmission.safeParse(payload);
      if (!parsed.success) return rejected(parsed.error);
      const origin = safeJson(parsed.data.view.private_metadata) as { channel?: unknown } | undefined;
      if (typeof origin?.channel !== "string") return { route: "ignore" };
      return record(`view:${parsed.data.view.id}:${parsed.data.trigger_id ?? ""}`, origin.channel);
    }
    case "message_action": {
      const parsed = messageAction.safeParse(payload);
      if (!parsed.success) return rejected(parsed.error);
      return record(`shortcut:${parsed.data.trigger_id}`, parsed.data.channel.id);
    }
    default:
      return { route: "ignore" };
  }
}

function routeOfEvent(payload: Record<string, unknown>): SlackIntakeRoute {
  const parsed = eventCallback.safeParse(payload);
  if (!parsed.success) return rejected(parsed.error);
  const { event, event_id } = parsed.data;
  if (event.type === "message") {
    const message = messageEvent.safeParse(event);
    if (!message.success) return rejected(message.error);
    // Other bots' messages and housekeeping (joins, topic changes) are never the desk's.
    const mapped = fromMessageEvent(message.data as unknown as SlackMessageEvent, "", undefined);
    return mapped === undefined ? { route: "ignore" } : record(event_id, message.data.channel);
  }
  if (event.type === "reaction_added") {
    const reaction = reactionEvent.safeParse(event);
    if (!reaction.success) return rejected(reaction.error);
    const { item } = reaction.data;
    if (reaction.data.reaction !== TICKET_REACTION || item.type !== "message" || !item.channel || !item.ts)
      return { route: "ignore" };
    return record(event_id, item.channel);
  }
  if (event.type === "app_home_opened") return { route: "bolt" };
  if (event.type === "member_joined_channel") {
    const joined = memberJoined.safeParse(event);
    if (!joined.success) return rejected(joined.error);
    // Whether the member is the desk itself is told when it is handled (the bot's id is known then).
    return record(event_id, joined.data.channel);
  }
  return { route: "ignore" };
}

function record(requestId: string, channel: string): SlackIntakeRoute {
  return { route: "record", id: `slack:${requestId}`, partition: `slack:${channel}` };
}

function rejected(error: z.ZodError): SlackIntakeRoute {
  const issue = error.issues[0];
  return { route: "reject", reason: `${issue?.path.join(".") || "body"}: ${issue?.message ?? "malformed"}` };
}

function safeJson(value: string | undefined): unknown {
  try {
    return JSON.parse(value ?? "");
  } catch {
    return undefined;
  }
}

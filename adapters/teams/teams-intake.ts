import type { Desk } from "../../src/application/desk.js";
import type { InboundEvent } from "../../src/application/inbound-events.js";
import type { InboundHandler } from "../../src/application/intake.js";
import type { ConversationRef, UserRef } from "../../src/domain/refs.js";
import { USAGE } from "../../src/domain/ticket/command-usage.js";
import { actionDataOf } from "../../src/ports/chat-gateway.js";
import type { InboxEntry } from "../../src/ports/inbox.js";
import { activitySchema, conversationOf, personOf, type TeamsActivity, textOf } from "./teams-activity.js";
import { DESK_DATA, FIELD_INPUT, SUBMIT_VERB, TEXT_INPUT } from "./teams-cards.js";
import type { TeamsReferences } from "./teams-references.js";

export const TEAMS_SOURCE = "teams";
/** Words the Teams adapter answers itself, beside the desk's commands (Teams has no home tab for bots). */
export const TEAMS_OWN_COMMANDS = ["home"] as const;

/** A stored activity as the desk reads it (undefined: nothing for the desk). */
export function eventOf(activity: TeamsActivity, eventId: string): InboundEvent | undefined {
  const { kind, ...conversation } = conversationOf(activity);
  const user = personOf(activity.from);
  switch (activity.type) {
    case "message": {
      if (activity.id === undefined || activity.from.id === activity.recipient.id) return undefined;
      const submitted = activity.value as Record<string, unknown> | undefined;
      if (typeof submitted?.[SUBMIT_VERB] === "string")
        return actionOf(submitted[SUBMIT_VERB] as string, submitted, user, conversation, eventId, undefined);
      const { text, written, mentions, addressed } = textOf(activity);
      const withMentions = mentions.length > 0 ? { mentions } : {};
      if (kind === "personal" && TEAMS_OWN_COMMANDS.includes(text.trim().toLowerCase() as "home"))
        return { type: "home.requested", eventId, user, conversation };
      // Teams has no modal dialogs: the desk's name alone, or with `new`, brings the new-ticket form.
      if (addressed && kind !== "personal" && /^(new)?$/i.test(text.trim()))
        return { type: "ticket.form.requested", eventId, user, conversation };
      // A team member addressing the desk by name with a command's word is running a command.
      const first = text.split(/\s+/)[0]?.toLowerCase() ?? "";
      if (addressed && kind !== "personal" && first in USAGE)
        return { type: "command.invoked", eventId, user, conversation, text, ...withMentions };
      return {
        type: "message.posted",
        eventId,
        user,
        conversation,
        message: activity.id,
        text: written,
        kind,
        ...withMentions,
      };
    }
    case "invoke": {
      if (activity.name !== "adaptiveCard/action") return undefined;
      const action = (
        activity.value as { action?: { verb?: unknown; data?: Record<string, unknown> } } | undefined
      )?.action;
      if (typeof action?.verb !== "string") return undefined;
      return actionOf(
        action.verb,
        action.data ?? {},
        user,
        conversation,
        eventId,
        `invoke:${activity.id ?? eventId}`,
      );
    }
    case "conversationUpdate": {
      const added = activity.membersAdded?.some((member) => member.id === activity.recipient.id) ?? false;
      if (!added || kind === "personal") return undefined;
      const name =
        activity.channelData?.channel?.name ?? activity.channelData?.team?.name ?? activity.conversation.name;
      return {
        type: "conversation.joined",
        eventId,
        user,
        conversation,
        ...(name !== undefined && { name }),
      };
    }
    // Teams tells of an edit or a deletion with the message's id (and, for an edit, its new text).
    case "messageUpdate": {
      if (activity.id === undefined || activity.from.id === activity.recipient.id) return undefined;
      return {
        type: "message.edited",
        eventId,
        user,
        conversation,
        message: activity.id,
        text: textOf(activity).written,
      };
    }
    case "messageDelete":
      if (activity.id === undefined) return undefined;
      return { type: "message.deleted", eventId, user, conversation, message: activity.id };
    case "installationUpdate":
      return activity.action === "add" && kind === "personal"
        ? { type: "home.requested", eventId, user, conversation }
        : undefined;
    default:
      return undefined;
  }
}

/** A card button's press: its verb, the ticket value, and what the card's inputs held. */
function actionOf(
  verb: string,
  data: Record<string, unknown>,
  user: UserRef,
  conversation: ConversationRef,
  eventId: string,
  replyTo: string | undefined,
): InboundEvent {
  const input = typeof data.input === "string" ? data[data.input] : undefined;
  const fields = Object.fromEntries(
    Object.entries(data)
      .filter(([key, value]) => key.startsWith(FIELD_INPUT("")) && typeof value === "string")
      .map(([key, value]) => [key.slice(FIELD_INPUT("").length), value as string]),
  );
  return {
    type: "action.clicked",
    eventId,
    user,
    conversation,
    action: verb,
    data: actionDataOf(JSON.stringify(data[DESK_DATA] ?? null)) ?? {},
    ...(replyTo !== undefined && { replyTo }),
    ...(typeof input === "string" && input !== "" && { choice: input }),
    ...(typeof data[TEXT_INPUT] === "string" && { text: data[TEXT_INPUT] as string }),
    ...(Object.keys(fields).length > 0 && { fields }),
  };
}

/**
 * Handles a stored Teams activity: where it came from is remembered (to write there later), then it is
 * mapped to the desk's event and handed to the desk.
 */
export function teamsInboundHandler(desk: Desk, references: TeamsReferences): InboundHandler {
  return async (entry: InboxEntry, final: boolean) => {
    const parsed = activitySchema.safeParse(entry.payload);
    if (parsed.success) await references.remember(parsed.data);
    const event = parsed.success ? eventOf(parsed.data, entry.id) : undefined;
    if (event === undefined) {
      await desk.complete(entry.id);
      return;
    }
    await desk.handle(event, entry.id, { final });
  };
}

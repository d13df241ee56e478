import type { OnCall } from "../domain/oncall/roster.js";
import type { ConversationRef, UserRef } from "../domain/refs.js";
import type { Reminder, Slot } from "../domain/reminders/reminders.js";
import { displayName, sameUser, type Ticket } from "../domain/ticket/ticket.js";
import type { Directory } from "../ports/directory.js";

/** A direct message to one person, the ticket's triage thread, or a post in a conversation. */
export type Recipient =
  | { readonly kind: "dm"; readonly user: UserRef }
  | { readonly kind: "triage" }
  | { readonly kind: "post"; readonly to: ConversationRef };

export function recipientId(recipient: Recipient): string {
  switch (recipient.kind) {
    case "dm":
      return `dm:${recipient.user.platform}:${recipient.user.id}`;
    case "triage":
      return "triage";
    case "post":
      return `post:${recipient.to.platform}:${recipient.to.conversation}:${recipient.to.thread ?? ""}`;
  }
}

/**
 * Who a reminder's slot reaches now. Nobody is ever skipped for want of a person: with no assignee,
 * on-call or lead configured, the message goes to the ticket's triage thread.
 */
export function recipientsOf(
  reminder: Reminder,
  slot: Slot,
  ticket: Ticket,
  onCall: OnCall,
  directory: Directory,
): Recipient[] {
  const triage: Recipient = { kind: "triage" };
  const dm = (user: UserRef): Recipient => ({ kind: "dm", user });
  switch (slot) {
    case "oncall":
      return [onCall.primary === null ? triage : dm(onCall.primary)];
    case "owner": {
      if (ticket.assignee !== null) return [dm(ticket.assignee)];
      // An unclaimed ticket at risk is the team's to pick up; an owed update is the on-call's to write.
      if (reminder.kind === "at_risk" || onCall.primary === null) return [triage];
      return [dm(onCall.primary)];
    }
    case "backup": {
      const owner = ticket.assignee ?? onCall.primary;
      if (onCall.secondary !== null && !sameUser(onCall.secondary, owner)) return [dm(onCall.secondary)];
      const leads = directory.leads().filter((lead) => !sameUser(lead, owner));
      return leads.length > 0 ? leads.map(dm) : [triage];
    }
    case "leads": {
      const leads = directory.leads();
      return leads.length > 0 ? leads.map(dm) : [triage];
    }
    case "channel":
      return [{ kind: "post", to: directory.escalation }];
  }
}

/** The person a nudge went to first, named in the backup's and the channel's messages. */
export function nudgedOwner(ticket: Ticket, onCall: OnCall): string | undefined {
  const owner = ticket.assignee ?? onCall.primary;
  return owner === null ? undefined : displayName(owner);
}

import type { InboundEvent } from "../../src/application/inbound-events.js";
import { actionDataOf, type OutboundAction } from "../../src/ports/chat-gateway.js";

export const NEW_TICKET_VIEW = "sla_desk_new_ticket";
export const ACTION_FORM_VIEW = "sla_desk_action_form";

const text = (value: string) => ({ type: "plain_text" as const, text: value, emoji: false });
const option = (label: string, value: string) => ({ text: text(label), value });

/** Where a modal was opened from, carried through Slack in `private_metadata`. */
interface Origin {
  readonly channel: string;
  readonly thread?: string;
  readonly action?: string;
  readonly data?: unknown;
}

/** `/ticket` without a command: title, description, who is affected, and how urgent it is. */
export function newTicketModal(origin: Origin) {
  return {
    type: "modal" as const,
    callback_id: NEW_TICKET_VIEW,
    private_metadata: JSON.stringify(origin),
    title: text("New ticket"),
    submit: text("Open ticket"),
    close: text("Cancel"),
    blocks: [
      input("title", "Title", { type: "plain_text_input", action_id: "value", max_length: 300 }),
      input(
        "description",
        "What happened?",
        { type: "plain_text_input", action_id: "value", multiline: true },
        true,
      ),
      input(
        "impact",
        "Who is affected?",
        {
          type: "static_select",
          action_id: "value",
          options: [option("Just me", "one"), option("A team", "team"), option("Everyone", "all")],
        },
        true,
      ),
      input(
        "urgency",
        "How urgent is it?",
        {
          type: "static_select",
          action_id: "value",
          options: [
            option("We are blocked: no workaround", "no"),
            option("We can work around it for now", "yes"),
          ],
        },
        true,
      ),
    ],
  };
}

/** The short form behind a button such as a nudge's Post update. */
export function actionFormModal(
  action: OutboundAction & { form: NonNullable<OutboundAction["form"]> },
  origin: Origin,
) {
  return {
    type: "modal" as const,
    callback_id: ACTION_FORM_VIEW,
    private_metadata: JSON.stringify({ ...origin, action: action.id, data: action.data }),
    title: text(action.form.title.slice(0, 24)),
    submit: text(action.form.submit.slice(0, 24)),
    close: text("Cancel"),
    blocks:
      action.form.fields === undefined
        ? [
            input("text", action.form.label, {
              type: "plain_text_input",
              action_id: "value",
              multiline: true,
            }),
          ]
        : action.form.fields.map((field) =>
            input(
              `${FIELD_BLOCK}${field.id}`,
              field.label.slice(0, 2000),
              field.options === undefined
                ? { type: "plain_text_input", action_id: "value", max_length: 2000 }
                : {
                    type: "static_select",
                    action_id: "value",
                    options: field.options.slice(0, 100).map((o) => option(o.label.slice(0, 75), o.value)),
                  },
              field.optional === true,
            ),
          ),
  };
}

/** The block id prefix of a form's fields, so a submission tells them from other blocks. */
const FIELD_BLOCK = "field_";

function input(blockId: string, label: string, element: Record<string, unknown>, optional = false) {
  return { type: "input", block_id: blockId, label: text(label), element, optional };
}

/** A submitted view's values (https://docs.slack.dev/reference/interaction-payloads/view-interactions-payload). */
export interface SlackViewSubmission {
  readonly user: { readonly id: string };
  readonly trigger_id?: string;
  readonly view: {
    readonly id: string;
    readonly callback_id: string;
    readonly private_metadata?: string;
    readonly state: {
      readonly values: Record<
        string,
        Record<string, { value?: string | null; selected_option?: { value: string } | null }>
      >;
    };
  };
}

export function fromViewSubmission(submission: SlackViewSubmission): InboundEvent | undefined {
  const origin = parseOrigin(submission.view.private_metadata);
  if (origin === undefined) return undefined;
  const value = (block: string) => {
    const entry = submission.view.state.values[block]?.value;
    return entry?.selected_option?.value ?? entry?.value ?? undefined;
  };
  const base = {
    eventId: `view:${submission.view.id}`,
    user: { platform: "slack" as const, id: submission.user.id },
    conversation: {
      platform: "slack" as const,
      conversation: origin.channel,
      ...(origin.thread !== undefined && { thread: origin.thread }),
    },
  };
  if (submission.view.callback_id === ACTION_FORM_VIEW) {
    const data = actionDataOf(JSON.stringify(origin.data ?? null));
    if (origin.action === undefined || data === undefined) return undefined;
    const fields = Object.keys(submission.view.state.values)
      .filter((block) => block.startsWith(FIELD_BLOCK))
      .map((block) => [block.slice(FIELD_BLOCK.length), value(block) ?? ""] as const);
    return {
      ...base,
      type: "action.clicked",
      action: origin.action,
      data,
      ...(fields.length === 0 ? { text: value("text") ?? "" } : { fields: Object.fromEntries(fields) }),
    };
  }
  if (submission.view.callback_id !== NEW_TICKET_VIEW) return undefined;
  const impact = value("impact");
  const workaround = value("urgency");
  return {
    ...base,
    type: "ticket.requested",
    title: value("title") ?? "",
    description: value("description") ?? "",
    ...((impact === "one" || impact === "team" || impact === "all") && { impact }),
    ...((workaround === "yes" || workaround === "no") && { workaround }),
  };
}

function parseOrigin(metadata: string | undefined): Origin | undefined {
  try {
    const origin = JSON.parse(metadata ?? "") as Origin;
    return typeof origin.channel === "string" ? origin : undefined;
  } catch {
    return undefined;
  }
}

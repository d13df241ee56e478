import {
  type ActionData,
  actionDataOf,
  actionDataText,
  type OutboundAction,
  type OutboundMessage,
} from "../../src/ports/chat-gateway.js";

/** Slack's limits: https://docs.slack.dev/reference/block-kit/blocks */
const MAX_BLOCKS = 50;
const MAX_SECTION_TEXT = 3000;
const MAX_HEADER = 150;
const MAX_FIELDS = 10;
const MAX_FIELD_TEXT = 2000;
const MAX_BUTTON_LABEL = 75;
const MAX_BUTTONS_PER_BLOCK = 25;
const MAX_FALLBACK_TEXT = 3000;
const MAX_ACTION_ID = 255;
const MAX_PLACEHOLDER = 150;
const MAX_OPTIONS = 100;
/** The line that ends a text cut to fit, saying where the whole of it is. */
const shortenedNote = (ticket: number | undefined) =>
  ticket === undefined
    ? "… (shortened to fit in Slack)"
    : `… (shortened to fit in Slack; ticket T-${ticket} keeps the whole text)`;

export type Block = Record<string, unknown>;

const FORM_PREFIX = "form:";

/** A clicked button's form and data, when it was rendered with one. */
export function formOfButton(
  value: string,
): { data: ActionData; form: NonNullable<OutboundAction["form"]> } | undefined {
  if (!value.startsWith(FORM_PREFIX)) return undefined;
  try {
    const parsed = JSON.parse(value.slice(FORM_PREFIX.length));
    const data = actionDataOf(JSON.stringify(parsed.data ?? null));
    return data !== undefined && typeof parsed.form?.title === "string"
      ? { data, form: parsed.form }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Text for Slack's `text` field, which Slack reads as markup: `&`, `<` and `>` are escaped, so user text
 * can never become `<!channel>`, `<@U123>` or a link.
 */
export function escapeSlackText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function plain(text: string, max: number): { type: "plain_text"; text: string; emoji: false } {
  return { type: "plain_text", text: shorten(text, max), emoji: false };
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * The blocks of a message. Every text the desk shows is `plain_text`, which Slack renders as is: no
 * mentions, no links, no bold. Long text is split into sections and cut to fit the 50-block limit.
 */
export function renderBlocks(message: OutboundMessage): Block[] {
  const blocks: Block[] = [];
  if (message.title !== undefined) blocks.push({ type: "header", text: plain(message.title, MAX_HEADER) });
  const fieldBlocks = chunk(message.fields ?? [], MAX_FIELDS).map((fields) => ({
    type: "section",
    fields: fields.map((field) => plain(`${field.label}: ${field.value}`, MAX_FIELD_TEXT)),
  }));
  const actionBlocks = chunk(message.actions ?? [], MAX_BUTTONS_PER_BLOCK).map((actions, blockIndex) => ({
    type: "actions",
    elements: actions.map((action, i) => element(action, blockIndex * MAX_BUTTONS_PER_BLOCK + i)),
  }));
  const room = MAX_BLOCKS - blocks.length - fieldBlocks.length - actionBlocks.length;
  blocks.push(
    ...textSections(message.text, Math.max(1, room), shortenedNote(message.ticket)),
    ...fieldBlocks,
    ...actionBlocks,
  );
  return blocks.slice(0, MAX_BLOCKS);
}

/** A button, or a select menu for an action with a `menu`. */
function element(action: OutboundAction, index: number): Block {
  // action_id must be unique within a block; the index is dropped again when a click comes in.
  const actionId = `${action.id}#${index}`;
  if (action.menu === undefined)
    return {
      type: "button",
      action_id: actionId,
      text: plain(action.label, MAX_BUTTON_LABEL),
      // A button with a form carries it, so whichever desk process gets the click can open the modal.
      value:
        action.form === undefined
          ? actionDataText(action.data)
          : `${FORM_PREFIX}${JSON.stringify({ data: action.data, form: action.form })}`,
      ...(action.style !== undefined && { style: action.style }),
    };
  // Select menus have no value of their own: the action's data rides in the action id.
  const menuId = `${actionId}@${encodeURIComponent(actionDataText(action.data))}`;
  if (menuId.length > MAX_ACTION_ID) throw new Error(`menu data too long for Slack: ${menuId}`);
  const placeholder = plain(action.label, MAX_PLACEHOLDER);
  if ("people" in action.menu) return { type: "users_select", action_id: menuId, placeholder };
  return {
    type: "static_select",
    action_id: menuId,
    placeholder,
    options: action.menu.options.slice(0, MAX_OPTIONS).map((option) => ({
      text: plain(option.label, MAX_BUTTON_LABEL),
      value: option.value,
    })),
  };
}

function textSections(text: string, room: number, truncated: string): Block[] {
  if (text === "") return [];
  const parts: string[] = [];
  for (let from = 0; from < text.length; from += MAX_SECTION_TEXT)
    parts.push(text.slice(from, from + MAX_SECTION_TEXT));
  if (parts.length > room) {
    parts.length = room;
    const last = parts[room - 1] as string;
    parts[room - 1] = `${last.slice(0, MAX_SECTION_TEXT - truncated.length)}${truncated}`;
  }
  return parts.map((part) => ({ type: "section", text: plain(part, MAX_SECTION_TEXT) }));
}

/** A Home tab view (App Home) showing the message. */
export function homeTab(message: OutboundMessage): { type: "home"; blocks: Block[] } {
  return { type: "home", blocks: renderBlocks(message) };
}

/** The notification and fallback text: title and text, escaped and kept short. */
export function fallbackText(message: OutboundMessage): string {
  const text = message.title === undefined ? message.text : `${message.title}: ${message.text}`;
  // Escaping lengthens the text, so the cut is measured after it (and never splits an entity).
  let kept = shorten(text, MAX_FALLBACK_TEXT);
  let escaped = escapeSlackText(kept);
  while (escaped.length > MAX_FALLBACK_TEXT) {
    kept = shorten(kept, kept.length - (escaped.length - MAX_FALLBACK_TEXT));
    escaped = escapeSlackText(kept);
  }
  return escaped;
}

/**
 * A clicked element's action id as the desk named it (without the index `renderBlocks` added), and for
 * a menu the action's value, which rides in the id.
 */
export function deskActionId(slackActionId: string): { id: string; menuValue?: string } {
  const match = /^(.*?)#\d+(?:@(.*))?$/s.exec(slackActionId);
  if (match === null) return { id: slackActionId };
  const [, id = slackActionId, encoded] = match;
  if (encoded === undefined) return { id };
  try {
    return { id, menuValue: decodeURIComponent(encoded) };
  } catch {
    return { id };
  }
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

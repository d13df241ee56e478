import type { OutboundAction, OutboundMessage } from "../../src/ports/chat-gateway.js";

/** Slack's limits: https://docs.slack.dev/reference/block-kit/blocks */
const MAX_BLOCKS = 50;
const MAX_SECTION_TEXT = 3000;
const MAX_HEADER = 150;
const MAX_FIELDS = 10;
const MAX_FIELD_TEXT = 2000;
const MAX_BUTTON_LABEL = 75;
const MAX_BUTTONS_PER_BLOCK = 25;
const MAX_FALLBACK_TEXT = 3000;
const TRUNCATED = "… (shortened here; `/ticket status` shows the whole ticket)";

export type Block = Record<string, unknown>;

const FORM_PREFIX = "form:";

/** A clicked button's form and value, when it was rendered with one. */
export function formOfButton(
  value: string,
): { value: string; form: NonNullable<OutboundAction["form"]> } | undefined {
  if (!value.startsWith(FORM_PREFIX)) return undefined;
  try {
    const parsed = JSON.parse(value.slice(FORM_PREFIX.length));
    return typeof parsed.value === "string" && typeof parsed.form?.title === "string" ? parsed : undefined;
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
    elements: actions.map((action, i) => ({
      type: "button",
      // action_id must be unique within a block; the index is dropped again when a click comes in.
      action_id: `${action.id}#${blockIndex * MAX_BUTTONS_PER_BLOCK + i}`,
      text: plain(action.label, MAX_BUTTON_LABEL),
      // A button with a form carries it, so whichever desk process gets the click can open the modal.
      value:
        action.form === undefined
          ? action.value
          : `${FORM_PREFIX}${JSON.stringify({ value: action.value, form: action.form })}`,
      ...(action.style !== undefined && { style: action.style }),
    })),
  }));
  const room = MAX_BLOCKS - blocks.length - fieldBlocks.length - actionBlocks.length;
  blocks.push(...textSections(message.text, Math.max(1, room)), ...fieldBlocks, ...actionBlocks);
  return blocks.slice(0, MAX_BLOCKS);
}

function textSections(text: string, room: number): Block[] {
  if (text === "") return [];
  const parts: string[] = [];
  for (let from = 0; from < text.length; from += MAX_SECTION_TEXT)
    parts.push(text.slice(from, from + MAX_SECTION_TEXT));
  if (parts.length > room) {
    parts.length = room;
    const last = parts[room - 1] as string;
    parts[room - 1] = `${last.slice(0, MAX_SECTION_TEXT - TRUNCATED.length)}${TRUNCATED}`;
  }
  return parts.map((part) => ({ type: "section", text: plain(part, MAX_SECTION_TEXT) }));
}

/** The notification and fallback text: title and text, escaped and kept short. */
export function fallbackText(message: OutboundMessage): string {
  const text = message.title === undefined ? message.text : `${message.title}: ${message.text}`;
  return escapeSlackText(shorten(text, MAX_FALLBACK_TEXT));
}

/** A clicked button's action id as the desk named it (without the index `renderBlocks` added). */
export function deskActionId(slackActionId: string): string {
  return slackActionId.replace(/#\d+$/, "");
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

import type { OutboundAction, OutboundMessage } from "../../src/ports/chat-gateway.js";

/** Teams refuses a card over 28 KB; the desk keeps a margin for the activity around it. */
export const CARD_LIMIT_BYTES = 27 * 1024;
const SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";

type Element = Record<string, unknown>;

/**
 * Text as Adaptive Cards show it, inert: the markdown that styles or links (`*`, `_`, `` ` ``, `~`,
 * `[`, `]`, and headings, quotes and list markers at a line's start) is escaped, and an `<at>` tag is
 * broken, so a client's text can neither restyle the card, link, nor look like a mention (a Teams
 * mention also needs an entity, which the desk never adds for user text).
 */
export function inert(text: string): string {
  return text
    .replace(/[\\`*_~[\]]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#>+-])(?=\s)/gm, "$1\\$2")
    .replace(/^(\s*\d+)\./gm, "$1\\.")
    .replace(/<(\/?at\b)/gi, "‹$1");
}

/** The desk's message as an Adaptive Card 1.5: title, text, facts, and its buttons as Universal Actions. */
export function adaptiveCard(message: OutboundMessage, cut = false): Element {
  const lines = message.text.split("\n");
  const body: Element[] = [
    ...(message.title === undefined
      ? []
      : [{ type: "TextBlock", text: inert(message.title), weight: "Bolder", size: "Medium", wrap: true }]),
    ...lines.map((line, i) => ({
      type: "TextBlock",
      text: line === "" ? " " : inert(line),
      wrap: true,
      spacing: i === 0 ? "Default" : "None",
    })),
    ...(cut
      ? [
          {
            type: "TextBlock",
            text: `(Shortened for Teams${message.ticket === undefined ? "" : `: \`status T-${message.ticket}\` shows all of it`}.)`,
            isSubtle: true,
            wrap: true,
          },
        ]
      : []),
    ...(message.fields === undefined || message.fields.length === 0
      ? []
      : [
          {
            type: "FactSet",
            facts: message.fields.map((f) => ({ title: inert(f.label), value: inert(f.value) })),
          },
        ]),
  ];
  const inputs: Element[] = [];
  const actions = (message.actions ?? []).map((action) => actionOf(action, inputs));
  return {
    type: "AdaptiveCard",
    $schema: SCHEMA,
    version: "1.5",
    body: [...body, ...inputs],
    ...(actions.length > 0 && { actions }),
    msteams: { width: "Full" },
  };
}

/**
 * A card within Teams' size limit: the text is shortened (with a pointer to the whole) until it fits.
 * Returns the card and whether it was cut.
 */
export function fittedCard(message: OutboundMessage): { card: Element; cut: boolean } {
  let card = adaptiveCard(message);
  if (byteLength(card) <= CARD_LIMIT_BYTES) return { card, cut: false };
  let text = message.text;
  while (text.length > 0) {
    text = text.slice(0, Math.floor(text.length * 0.8));
    card = adaptiveCard({ ...message, text: `${text}…` }, true);
    if (byteLength(card) <= CARD_LIMIT_BYTES) return { card, cut: true };
  }
  return { card: adaptiveCard({ ...message, text: "", fields: [] }, true), cut: true };
}

export function byteLength(card: Element): number {
  return Buffer.byteLength(JSON.stringify(card), "utf8");
}

/** Input ids of a menu or form, so an action's submission reads back its choice and fields. */
export const CHOICE_INPUT = (action: string) => `choice_${action.replace(/[^A-Za-z0-9]/g, "_")}`;
export const TEXT_INPUT = "text";
/** Where an action's data keeps what the desk gave the button. */
export const DESK_DATA = "desk";
/** Where an `Action.Submit` fallback keeps the verb of the action it stands for. */
export const SUBMIT_VERB = "slaDeskVerb";
export const FIELD_INPUT = (field: string) => `field_${field}`;

/**
 * A button as a Universal Action; clients without Universal Actions fall back to `Action.Submit`, whose
 * message activity carries the verb in its data.
 */
function execute(action: OutboundAction, title: string, data: Record<string, unknown> = {}): Element {
  const shown = inert(title).slice(0, 100);
  // The desk's data under a key of its own, beside what the card's inputs add at the top level.
  return {
    type: "Action.Execute",
    title: shown,
    verb: action.id,
    data: { [DESK_DATA]: action.data, ...data },
    fallback: {
      type: "Action.Submit",
      title: shown,
      data: { [SUBMIT_VERB]: action.id, [DESK_DATA]: action.data, ...data },
    },
    ...(action.style === "primary" && { style: "positive" }),
    ...(action.style === "danger" && { style: "destructive" }),
  };
}

function actionOf(action: OutboundAction, inputs: Element[]): Element {
  if (action.menu !== undefined) {
    const input = CHOICE_INPUT(action.id);
    inputs.push(
      "people" in action.menu
        ? {
            type: "Input.ChoiceSet",
            id: input,
            label: inert(action.label),
            isMultiSelect: false,
            choices: [],
            "choices.data": { type: "Data.Query", dataset: "graph.microsoft.com/users" },
          }
        : {
            type: "Input.ChoiceSet",
            id: input,
            label: inert(action.label),
            style: "compact",
            choices: action.menu.options
              .slice(0, 100)
              .map((o) => ({ title: inert(o.label), value: o.value })),
          },
    );
    return execute(action, action.label, { input });
  }
  if (action.form !== undefined) {
    const form = action.form;
    const fields: Element[] =
      form.fields === undefined
        ? [
            {
              type: "Input.Text",
              id: TEXT_INPUT,
              label: inert(form.label),
              isMultiline: true,
              isRequired: true,
            },
          ]
        : form.fields.map((field) =>
            field.options === undefined
              ? {
                  type: "Input.Text",
                  id: FIELD_INPUT(field.id),
                  label: inert(field.label),
                  isRequired: field.optional !== true,
                }
              : {
                  type: "Input.ChoiceSet",
                  id: FIELD_INPUT(field.id),
                  label: inert(field.label),
                  style: "compact",
                  isRequired: field.optional !== true,
                  choices: field.options.map((o) => ({ title: inert(o.label), value: o.value })),
                },
          );
    return {
      type: "Action.ShowCard",
      title: inert(action.label).slice(0, 100),
      card: { type: "AdaptiveCard", version: "1.5", body: fields, actions: [execute(action, form.submit)] },
    };
  }
  return execute(action, action.label);
}

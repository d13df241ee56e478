import type { ConversationRef, MessageRef, UserRef } from "../domain/refs.js";

/**
 * What a button carries back to the desk when it is used: named values (`{ ticket: "13", other: "12" }`).
 * Adapters carry it as their platform allows (Teams: the action's data object; Slack: its text form,
 * `actionDataText`) and hand it back as it was.
 */
export type ActionData = Readonly<Record<string, string>>;

/** A button: the adapter renders it and turns a click into an `action.clicked` event with `id` and `data`. */
export interface OutboundAction {
  readonly id: string;
  readonly label: string;
  readonly data: ActionData;
  readonly style?: "primary" | "danger";
  /**
   * When set, the button first opens a short form (a Slack modal, a Teams task module) asking for one
   * text; its submission arrives as `action.clicked` with that `text`.
   */
  readonly form?: {
    readonly title: string;
    readonly label: string;
    readonly submit: string;
    /** Several fields instead of the one text: the submission arrives with `fields`, by field id. */
    readonly fields?: readonly FormField[];
  };
  /**
   * When set, a menu in place of the button, labelled `label`: the user picks one of `options`, or with
   * `people` anyone on the platform; the click arrives as `action.clicked` with `value` and the pick as
   * `choice` (an option's value, a person's platform id). Keep a menu's `value` short (a ticket id).
   */
  readonly menu?:
    | { readonly options: readonly { readonly label: string; readonly value: string }[] }
    | { readonly people: true };
}

/** One field of a button's form: a line of text, or a pick among `options`. */
export interface FormField {
  readonly id: string;
  readonly label: string;
  readonly options?: readonly { readonly label: string; readonly value: string }[];
  readonly optional?: boolean;
}

/**
 * The neutral message model. `text` is plain text: adapters escape it for their markup, so user text can
 * never ping a channel or restyle a message. Each adapter renders within its platform's limits.
 */
export interface OutboundMessage {
  readonly title?: string;
  readonly text: string;
  readonly fields?: readonly { readonly label: string; readonly value: string }[];
  readonly actions?: readonly OutboundAction[];
  /** A picture shown with the message (a report's chart): PNG bytes in base64. */
  readonly image?: { readonly name: string; readonly png: string; readonly alt: string };
  /** The ticket the message is about: where an adapter must shorten the text, it says how to see it all. */
  readonly ticket?: number;
  /**
   * The message's outbox key: adapters attach it to what they post, so `findDelivered` can find a message a
   * desk process sent but died before recording.
   */
  readonly deliveryKey?: string;
}

/** Where a private answer goes: the person who ran a command or clicked, where they did it. */
export interface PrivateAnswer {
  readonly user: UserRef;
  readonly in: ConversationRef;
  /** The adapter's own handle for answering this invocation (Slack: the `response_url`), if it gave one. */
  readonly replyTo?: string | undefined;
}

/**
 * How fast one conversation may be written to: at most `limit` messages in any `windowMs`, for each
 * window. Sends sharing a `key` share the windows.
 */
export interface Pacing {
  readonly key: string;
  readonly windows: readonly { readonly limit: number; readonly windowMs: number }[];
}

/**
 * A send the platform refused or could not take. `retryable`: trying again later can succeed (an outage,
 * a rate limit: then `retryAfterMs` says when); otherwise the message can never be delivered as it is.
 */
export class SendFailure extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
    readonly code?: string,
  ) {
    super(message);
    this.name = "SendFailure";
  }
}

/**
 * How the core talks to people. Adapters implement it per platform; the core never imports an SDK. The
 * desk calls it only from its outbox dispatcher, one message at a time per thread: a failure is thrown
 * (a `SendFailure` when the adapter can tell whether to retry) and the dispatcher retries or gives up.
 */
export interface ChatGateway {
  /** Posts a message in a conversation (in a thread when `to.thread` is set) and returns where it landed. */
  post(to: ConversationRef, message: OutboundMessage): Promise<MessageRef>;
  /** Replaces a message the desk posted earlier, e.g. a ticket card whose status changed. */
  update(ref: MessageRef, message: OutboundMessage): Promise<void>;
  /** Sends a direct message to one person (pages, nudges). */
  notifyUser(user: UserRef, message: OutboundMessage): Promise<MessageRef>;
  /** Shows the answer to a command or click to its invoker only. */
  answer(to: PrivateAnswer, message: OutboundMessage): Promise<void>;
  /**
   * Where a message carrying this delivery key landed, if it was posted (e.g. by a desk process that died
   * before it could record the send). Gateways that cannot tell leave it out, and the desk sends again.
   */
  findDelivered?(deliveryKey: string, to: ConversationRef | UserRef): Promise<MessageRef | undefined>;
  /**
   * The platform's pace for posts to this conversation or person, if it sets one; with `"update"`, for
   * edits of a message in that thread (platforms that count edits apart leave them unpaced).
   */
  pacing?(to: ConversationRef | UserRef, purpose?: "post" | "update"): Pacing | undefined;
}

/** An action's data as text, for platforms whose buttons carry a string (Slack's `value`). */
export function actionDataText(data: ActionData): string {
  return JSON.stringify(data);
}

/** Data written by `actionDataText`; undefined for anything else (a forged or stale button). */
export function actionDataOf(text: string | undefined): ActionData | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return undefined;
    const entries = Object.entries(parsed);
    return entries.every(([, value]) => typeof value === "string") ? (parsed as ActionData) : undefined;
  } catch {
    return undefined;
  }
}

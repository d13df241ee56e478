import { randomUUID } from "node:crypto";
import type { Interface } from "node:readline";
import type { Desk } from "../../src/application/desk.js";
import type { ConversationRef, MessageRef, UserRef } from "../../src/domain/refs.js";
import type {
  ChatGateway,
  OutboundAction,
  OutboundMessage,
  PrivateAnswer,
} from "../../src/ports/chat-gateway.js";
import type { TicketStore } from "../../src/ports/ticket-store.js";

export const LOCAL_CUSTOMER_CHANNEL = "demo";
export const LOCAL_TRIAGE_CHANNEL = "triage";
const PEOPLE = {
  client: { platform: "local", id: "client", name: "Client" },
  agent: { platform: "local", id: "agent", name: "Agent" },
} as const satisfies Record<string, UserRef>;

/** A button as shown: where, and in which thread (a card's buttons belong to the thread it starts). */
interface ShownButton {
  readonly action: OutboundAction;
  readonly where: ConversationRef;
  readonly thread: string | undefined;
}

/** Prints what the desk says, labelled with where it was said (a ticket's thread by its number). */
export class ConsoleGateway implements ChatGateway {
  private seq = 0;
  /** Message ids of this run: a restarted desk must not reuse the ids its threads are indexed by. */
  private readonly run = randomUUID().slice(0, 4);
  /** Buttons shown, latest last, so `:click <label>` can press the one meant. */
  private buttons: ShownButton[] = [];
  /** Thread ids by the ticket they belong to, to name threads `T-1` rather than by id. */
  private readonly threadLabels = new Map<string, string>();

  constructor(private readonly write: (text: string) => void) {}

  async post(to: ConversationRef, message: OutboundMessage): Promise<MessageRef> {
    const ref = { ...to, message: `m${this.run}-${++this.seq}` };
    if (message.ticket !== undefined) this.threadLabels.set(to.thread ?? ref.message, `T-${message.ticket}`);
    this.print(this.placeOf(to), message);
    this.remember(message, to, to.thread ?? ref.message);
    return ref;
  }

  async update(ref: MessageRef, message: OutboundMessage): Promise<void> {
    this.print(`${this.placeOf(ref)} (updated)`, message);
    this.remember(message, ref, ref.thread ?? ref.message);
  }

  async answer(to: PrivateAnswer, message: OutboundMessage): Promise<void> {
    this.print(`${this.placeOf(to.in)} (only ${to.user.name ?? to.user.id})`, message);
    this.remember(message, to.in, to.in.thread);
  }

  async notifyUser(user: UserRef, message: OutboundMessage): Promise<MessageRef> {
    this.print(`@${user.name ?? user.id} (direct)`, message);
    const conversation = `dm-${user.id}`;
    this.remember(message, { platform: user.platform, conversation }, undefined);
    return { platform: user.platform, conversation, message: `m${this.run}-${++this.seq}` };
  }

  /**
   * The button with this label (any case) to press: inside a thread, the latest shown in that thread (a
   * card's buttons count for the thread it starts); elsewhere the latest shown anywhere.
   */
  button(label: string, thread?: string): ShownButton | undefined {
    const named = this.buttons.filter((b) => b.action.label.toLowerCase() === label.toLowerCase());
    return (thread === undefined ? named : named.filter((b) => b.thread === thread)).at(-1);
  }

  /** A thread as people know it: its ticket's number, when it is a ticket's. */
  label(thread: string): string {
    return this.threadLabels.get(thread) ?? thread;
  }

  /** Shows a ticket's card again, in the thread it starts, with its buttons to press there. */
  showCard(where: ConversationRef, thread: string, ticket: number, message: OutboundMessage): void {
    this.threadLabels.set(thread, `T-${ticket}`);
    this.print(`${this.placeOf({ ...where, thread })} (card)`, message);
    this.remember(message, where, thread);
  }

  private placeOf(to: ConversationRef): string {
    return `#${to.conversation}${to.thread ? ` › ${this.label(to.thread)}` : ""}`;
  }

  private remember(message: OutboundMessage, where: ConversationRef, thread: string | undefined): void {
    const shown = (message.actions ?? []).map((action) => ({ action, where, thread }));
    if (shown.length === 0) return;
    // A redrawn card replaces the buttons it showed before.
    const labels = new Set(shown.map((b) => `${b.thread}|${b.action.label.toLowerCase()}`));
    this.buttons = [
      ...this.buttons.filter((b) => !labels.has(`${b.thread}|${b.action.label.toLowerCase()}`)),
      ...shown,
    ].slice(-500);
  }

  private print(where: string, message: OutboundMessage): void {
    const title = message.title ? `${message.title}\n` : "";
    const fields = (message.fields ?? []).map((f) => `  ${f.label}: ${f.value}`).join("\n");
    const buttons = (message.actions ?? []).map(buttonText).join(" ");
    // A terminal shows no pictures: it names the chart and its size.
    const image =
      message.image === undefined
        ? ""
        : `[chart ${message.image.name}, ${Math.round((message.image.png.length * 3) / 4 / 1024)} KB]`;
    const body = [title + message.text, fields, buttons, image].filter(Boolean).join("\n");
    this.write(`\n${where}\n${body.replace(/^/gm, "  ")}\n`);
  }
}

/** `[Claim]`, or a menu's choices: `[Priority: P1|P2]`, `[Assign: @someone]`. */
function buttonText(action: OutboundAction): string {
  if (action.menu === undefined) return `[${action.label}]`;
  const choices = "people" in action.menu ? "@someone" : action.menu.options.map((o) => o.value).join("|");
  return `[${action.label}: ${choices}]`;
}

/** What follows the colon of `:click <label>: …`: a menu's pick (a person without the @), else a form's text. */
function pressed(
  action: OutboundAction,
  typed: string,
): { text: string } | { choice: string } | { fields: Record<string, string> } {
  // A form of several fields is filled in as `name=Acme Corp; policy=celigo`.
  if (action.form?.fields !== undefined)
    return {
      fields: Object.fromEntries(
        typed.split(";").map((pair) => {
          const [field = "", ...value] = pair.split("=");
          return [field.trim(), value.join("=").trim()];
        }),
      ),
    };
  if (action.menu === undefined) return { text: typed };
  return { choice: "people" in action.menu ? typed.replace(/^@/, "") : typed };
}

const HELP = `Local mode: you play a client in #${LOCAL_CUSTOMER_CHANNEL} and an agent in #${LOCAL_TRIAGE_CHANNEL}.
  <text>           post as the current person where you are
  /ticket <cmd>    run a desk command (try /ticket help)
  :client :agent   switch person (the client posts in #${LOCAL_CUSTOMER_CHANNEL}, the agent in #${LOCAL_TRIAGE_CHANNEL})
  :in T-n          go into a ticket's thread (the client's or the triage one, by person)
  :out             back to the channel
  :click <button>  press the last button shown with that label; a form's text or a menu's pick
                   after a colon (:click Snooze 5m, :click Post update: failing over now,
                   :click Priority: P1, :click Assign: @agent); a form of several fields
                   as field=value pairs (:click New customer…: name=Acme Corp; policy=celigo)
  :home            your home view: your queue by urgency and who is on call
  :help            this text`;

/** A terminal chat for trying the desk without Slack or Teams: each line is an inbound event. */
export async function runConsoleChat(
  desk: Desk,
  store: TicketStore,
  lines: Interface,
  write: (text: string) => void,
  gateway?: ConsoleGateway,
  /** Resolves once what the last line caused has been shown. */
  settled: () => Promise<void> = async () => {},
): Promise<void> {
  let person: keyof typeof PEOPLE = "client";
  let thread: string | undefined;
  let seq = 0;
  // Event ids must never repeat across runs, or a new message would look like a redelivered one.
  const run = randomUUID();
  const channel = () => (person === "client" ? LOCAL_CUSTOMER_CHANNEL : LOCAL_TRIAGE_CHANNEL);
  const conversation = () => ({
    platform: "local" as const,
    conversation: channel(),
    ...(thread && { thread }),
  });
  const prompt = () =>
    write(
      `${PEOPLE[person].name} in #${channel()}${thread ? ` › ${gateway?.label(thread) ?? thread}` : ""}> `,
    );
  write(`${HELP}\n`);
  prompt();
  const handleLine = async (line: string) => {
    const eventId = `local-${run}-${++seq}`;
    const user = PEOPLE[person];
    if (line === ":help") write(`${HELP}\n`);
    else if (line === ":home") {
      const home = await desk.home(user);
      write(`\n${home.title ?? ""}\n${home.text.replace(/^/gm, "  ")}\n`);
    } else if (line === ":client" || line === ":agent")
      [person, thread] = [line.slice(1) as typeof person, undefined];
    else if (line === ":out") thread = undefined;
    else if (line.startsWith(":in ")) {
      const ticket = await store.get(Number(line.replace(/\D+/g, "")));
      const side = person === "client" ? "client" : "triage";
      const where =
        ticket === undefined ? undefined : side === "client" ? ticket.clientThread : ticket.triageThread;
      if (ticket === undefined || where?.thread === undefined) write("No such ticket.\n");
      else {
        thread = where.thread;
        const card = await desk.card(ticket.id, side);
        if (card !== undefined) gateway?.showCard(where, where.thread, ticket.id, card);
      }
    } else if (line.startsWith(":click ")) {
      const [label = "", ...text] = line.slice(7).split(":");
      const button = gateway?.button(label.trim(), thread);
      if (button === undefined)
        write(
          `No button "${label.trim()}" has been shown${thread === undefined ? "" : " in this thread"}.\n`,
        );
      else
        await desk.receive({
          type: "action.clicked",
          eventId,
          user,
          conversation: button.where,
          action: button.action.id,
          data: button.action.data,
          ...(text.length > 0 && pressed(button.action, text.join(":").trim())),
        });
    } else if (line.startsWith(":")) {
      // A typo of a local command is not a message to the desk (it would open a ticket).
      write(`Unknown command "${line.split(/\s/)[0]}". :help lists what local mode understands.\n`);
    } else if (line.startsWith("/ticket")) {
      await desk.receive({
        type: "command.invoked",
        eventId,
        user,
        conversation: conversation(),
        text: line.slice(7),
      });
    } else if (line !== "") {
      await desk.receive({
        type: "message.posted",
        eventId,
        user,
        conversation: conversation(),
        message: eventId,
        text: line,
      });
    }
  };
  for await (const line of lines) {
    await handleLine(line.trim());
    await settled();
    prompt();
  }
}

export const LOCAL_CONFIG = {
  triage: { platform: "local", conversation: LOCAL_TRIAGE_CHANNEL },
  customers: [
    {
      id: "demo",
      name: "Demo Customer",
      channels: [{ platform: "local", conversation: LOCAL_CUSTOMER_CHANNEL }],
    },
  ],
  agents: [{ platform: "local", id: "agent", name: "Agent", role: "lead" }],
  oncall: {
    zone: "UTC",
    handover: "mon 09:00",
    since: "2026-01-05",
    people: [{ platform: "local", id: "agent" }],
  },
} as const;

import { randomUUID } from "node:crypto";
import type { Interface } from "node:readline";
import type { Desk } from "../../src/application/desk.js";
import type {
  ChatGateway,
  ConversationRef,
  MessageRef,
  OutboundAction,
  OutboundMessage,
  PrivateAnswer,
  UserRef,
} from "../../src/ports/chat-gateway.js";
import type { TicketStore } from "../../src/ports/ticket-store.js";

export const LOCAL_CUSTOMER_CHANNEL = "demo";
export const LOCAL_TRIAGE_CHANNEL = "triage";
const PEOPLE = {
  client: { platform: "local", id: "client", name: "Client" },
  agent: { platform: "local", id: "agent", name: "Agent" },
} as const satisfies Record<string, UserRef>;

/** Prints what the desk says, labelled with where it was said. */
export class ConsoleGateway implements ChatGateway {
  private seq = 0;
  /** Message ids of this run: a restarted desk must not reuse the ids its threads are indexed by. */
  private readonly run = randomUUID().slice(0, 4);
  /** The latest button of each label, so `:click <label>` can press it. */
  private readonly buttons = new Map<string, { action: OutboundAction; where: ConversationRef }>();

  constructor(private readonly write: (text: string) => void) {}

  async post(to: ConversationRef, message: OutboundMessage): Promise<MessageRef> {
    const ref = { ...to, message: `m${this.run}-${++this.seq}` };
    this.print(`#${to.conversation}${to.thread ? ` › ${to.thread}` : ""}`, message);
    this.remember(message, to);
    return ref;
  }

  async update(ref: MessageRef, message: OutboundMessage): Promise<void> {
    this.print(`#${ref.conversation} (updated ${ref.message})`, message);
  }

  async answer(to: PrivateAnswer, message: OutboundMessage): Promise<void> {
    const where = `#${to.in.conversation}${to.in.thread ? ` › ${to.in.thread}` : ""}`;
    this.print(`${where} (only ${to.user.name ?? to.user.id})`, message);
    this.remember(message, to.in);
  }

  async notifyUser(user: UserRef, message: OutboundMessage): Promise<MessageRef> {
    this.print(`@${user.name ?? user.id} (direct)`, message);
    const conversation = `dm-${user.id}`;
    this.remember(message, { platform: user.platform, conversation });
    return { platform: user.platform, conversation, message: `m${this.run}-${++this.seq}` };
  }

  /** The button last shown with this label (any case), and where it was shown. */
  button(label: string): { action: OutboundAction; where: ConversationRef } | undefined {
    return this.buttons.get(label.toLowerCase());
  }

  private remember(message: OutboundMessage, where: ConversationRef): void {
    for (const action of message.actions ?? [])
      this.buttons.set(action.label.toLowerCase(), { action, where });
  }

  private print(where: string, message: OutboundMessage): void {
    const title = message.title ? `${message.title}\n` : "";
    const fields = (message.fields ?? []).map((f) => `  ${f.label}: ${f.value}`).join("\n");
    const buttons = (message.actions ?? []).map(buttonText).join(" ");
    const body = [title + message.text, fields, buttons].filter(Boolean).join("\n");
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
function pressed(action: OutboundAction, typed: string): { text: string } | { choice: string } {
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
                   :click Priority: P1, :click Assign: @agent)
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
  const prompt = () => write(`${PEOPLE[person].name} in #${channel()}${thread ? ` › ${thread}` : ""}> `);
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
      if (ticket === undefined) write("No such ticket.\n");
      else thread = person === "client" ? ticket.clientThread.thread : ticket.triageThread?.thread;
    } else if (line.startsWith(":click ")) {
      const [label = "", ...text] = line.slice(7).split(":");
      const button = gateway?.button(label.trim());
      if (button === undefined) write(`No button "${label.trim()}" has been shown.\n`);
      else
        await desk.receive({
          type: "action.clicked",
          eventId,
          user,
          conversation: button.where,
          action: button.action.id,
          value: button.action.value,
          ...(text.length > 0 && pressed(button.action, text.join(":").trim())),
        });
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

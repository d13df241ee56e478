import { randomUUID } from "node:crypto";
import { vi } from "vitest";
import type { ChatAdapterDriver, Place, Shown } from "../contracts/chat-adapter.contract.js";
import type { ApiCall } from "../fakes/fake-slack.js";
import { C_ACME, C_ESCALATION, T_TRIAGE, U_ALICE, U_BOB, U_CARLA } from "./desk.js";
import { aSlackDesk } from "./slack-desk.js";

interface Element {
  readonly type: string;
  readonly action_id: string;
  readonly value?: string;
  readonly text?: { readonly text: string };
  readonly placeholder?: { readonly text: string };
}
interface SlackBlock {
  readonly type: string;
  readonly text?: { readonly type: string; readonly text: string };
  readonly fields?: readonly { readonly type: string; readonly text: string }[];
  readonly elements?: readonly Element[];
}

const PLACES: Record<Place, string> = { client: C_ACME, triage: T_TRIAGE, escalation: C_ESCALATION };
const settle = { timeout: 4000, interval: 10 };

const blocksOf = (args: Record<string, unknown>): SlackBlock[] =>
  (typeof args.blocks === "string" ? JSON.parse(args.blocks) : (args.blocks ?? [])) as SlackBlock[];

/** Slack's `text` is markup: a reader sees the entities decoded. */
const decoded = (text: string) => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** A message as a Slack user reads it: its blocks (header, sections, fields) or else its text. */
function readerView(args: Record<string, unknown>): Shown {
  const blocks = blocksOf(args);
  const shownTexts = blocks.flatMap((b) => [
    ...(b.text ? [b.text.text] : []),
    ...(b.fields ?? []).map((f) => f.text),
  ]);
  const controls = blocks
    .flatMap((b) => b.elements ?? [])
    .map((e) => e.text?.text ?? e.placeholder?.text ?? e.action_id);
  return {
    text: shownTexts.length > 0 ? shownTexts.join("\n") : decoded(String(args.text ?? "")),
    controls,
  };
}

/** The contract's driver for the Slack adapter in HTTP mode (signed requests) or Socket Mode. */
export async function slackDriver(mode: "http" | "socket"): Promise<ChatAdapterDriver> {
  const desk = await aSlackDesk(mode);
  const { slack, store } = desk;
  const sends = () =>
    slack.calls.filter((c) => ["chat.postMessage", "chat.postEphemeral", "chat.update"].includes(c.method));

  /** The card's current blocks: its latest `chat.update`, else the post that made it. */
  const cardCall = async (ticket: number): Promise<ApiCall | undefined> => {
    const ts = (await store.get(ticket))?.triageThread?.thread;
    if (ts === undefined) return undefined;
    const updates = slack
      .callsOf("chat.update")
      .filter((c) => c.args.channel === T_TRIAGE && c.args.ts === ts);
    return updates.at(-1) ?? slack.posted(T_TRIAGE).find((c) => c.result?.ts === ts);
  };

  /** Does what opens a modal, waits for it, and gives back how to submit it with the inputs' values. */
  const submitForm = async (user: string, viewId: string, open: () => Promise<unknown>) => {
    const before = slack.callsOf("views.open").length;
    await open();
    await vi.waitFor(() => {
      if (slack.callsOf("views.open").length === before) throw new Error("no form opened");
    }, settle);
    const view = slack.callsOf("views.open").at(-1)?.args.view as string | Record<string, unknown>;
    const opened = (typeof view === "string" ? JSON.parse(view) : view) as Record<string, unknown>;
    return (values: Record<string, unknown>) =>
      desk.submitView(user, {
        id: viewId,
        callback_id: opened.callback_id,
        private_metadata: opened.private_metadata,
        state: { values },
      });
  };

  return {
    store,
    people: { client: U_CARLA.id, agent: U_ALICE.id, otherAgent: U_BOB.id },
    async clientPosts(text, inThread) {
      const { ts, body } = await desk.message(U_CARLA.id, C_ACME, text, {
        ...(inThread !== undefined && { thread: inThread }),
      });
      return {
        thread: inThread ?? ts,
        redeliver: async () => {
          // Slack resends the same event_id with X-Slack-Retry-Num when the first answer was slow.
          if (mode === "socket") await slack.sendEnvelope("events_api", body);
          else await desk.signedPost(JSON.stringify(body), "application/json", { "x-slack-retry-num": "1" });
        },
      };
    },
    async botPosts(text) {
      await desk.event({
        type: "message",
        subtype: "bot_message",
        bot_id: "B0OTHER",
        channel: C_ACME,
        text,
        ts: `1700000000.${randomUUID().slice(0, 6).replace(/\D/g, "2")}`,
      });
    },
    async postInTriageThread(user, ticket, text) {
      const thread = (await store.get(ticket))?.triageThread?.thread;
      if (thread === undefined) throw new Error(`T-${ticket} has no triage thread`);
      await desk.message(user, T_TRIAGE, text, { thread });
    },
    async command(user, where, text) {
      await desk.command(user, where === "client" ? C_ACME : T_TRIAGE, text);
    },
    async useCard(user, ticket, action, input = {}) {
      await vi.waitFor(async () => {
        if ((await cardCall(ticket)) === undefined) throw new Error(`no card for T-${ticket}`);
      }, settle);
      const call = (await cardCall(ticket)) as ApiCall;
      const ts = (await store.get(ticket))?.triageThread?.thread as string;
      const element = blocksOf(call.args)
        .flatMap((b) => b.elements ?? [])
        .find((e) => e.action_id.startsWith(`${action}#`));
      if (element === undefined) throw new Error(`the card of T-${ticket} has no ${action}`);
      if (element.type !== "button") {
        await desk.pick(user, T_TRIAGE, element, input.pick ?? "", ts);
        return;
      }
      if (input.text === undefined) {
        await desk.click(user, T_TRIAGE, element.action_id, element.value ?? "", ts);
        return;
      }
      const submit = await submitForm(user, "V0FORM", () =>
        desk.click(user, T_TRIAGE, element.action_id, element.value ?? "", ts),
      );
      await submit({ text: { value: { type: "plain_text_input", value: input.text } } });
    },
    async submitNewTicketForm(user, answers) {
      const submit = await submitForm(user, "V0NEW", () => desk.command(user, C_ACME, ""));
      await submit({
        title: { value: { type: "plain_text_input", value: answers.title } },
        description: { value: { type: "plain_text_input", value: answers.description } },
        impact: { value: { type: "static_select", selected_option: { value: answers.impact } } },
        urgency: { value: { type: "static_select", selected_option: { value: answers.workaround } } },
      });
    },
    shown(place, thread) {
      return slack.posted(PLACES[place], thread).map((c) => readerView(c.args));
    },
    async cardOf(ticket) {
      const call = await cardCall(ticket);
      return call === undefined ? undefined : readerView(call.args);
    },
    shownOnlyTo(user) {
      const ephemeral = slack.callsOf("chat.postEphemeral").filter((c) => c.args.user === user);
      const responses = slack.responses.filter(
        (r) => r.user === user && r.body.response_type === "ephemeral",
      );
      return [...ephemeral.map((c) => c.args), ...responses.map((r) => r.body)].map(
        (args) => readerView(args).text,
      );
    },
    directTo(user) {
      return slack.posted(`D${user}`).map((c) => readerView(c.args));
    },
    async home(user) {
      const before = slack.callsOf("views.publish").length;
      await desk.event({ type: "app_home_opened", user, channel: `D${user}`, tab: "home", event_ts: "1.1" });
      await vi.waitFor(() => {
        if (slack.callsOf("views.publish").length === before) throw new Error("no home view published");
      }, settle);
      const published = slack.callsOf("views.publish").at(-1) as ApiCall;
      if (published.args.user_id !== user) throw new Error("home view published for someone else");
      const view = published.args.view;
      return readerView((typeof view === "string" ? JSON.parse(view) : view) as Record<string, unknown>).text;
    },
    throttleNextSends(times) {
      slack.rateLimit("chat.postMessage", times);
    },
    throttledSends() {
      return slack.callsOf("chat.postMessage (rate limited)").length;
    },
    async forgedRequest() {
      const body = JSON.stringify({
        type: "event_callback",
        event_id: "EvForged",
        event: { type: "message", channel: C_ACME, user: U_CARLA.id, text: "down", ts: "1.1" },
      });
      const response = await fetch(desk.endpoint, {
        method: "POST",
        body,
        headers: {
          "content-type": "application/json",
          "x-slack-signature": "v0=forged",
          "x-slack-request-timestamp": String(Math.floor(Date.now() / 1000)),
        },
      });
      return response.status;
    },
    activeMarkup() {
      const problems: string[] = [];
      for (const call of sends()) {
        const text = String(call.args.text ?? "");
        // In Slack's markup, <...> is a mention, a channel ping or a link.
        if (/<[!@#]|<https?:|<mailto:/.test(text)) problems.push(`${call.method} text: ${text}`);
        if (call.method === "chat.postMessage" && String(call.args.mrkdwn) !== "false")
          problems.push(`${call.method} without mrkdwn: false`);
        for (const block of blocksOf(call.args)) {
          for (const shown of [block.text, ...(block.fields ?? [])])
            if (shown !== undefined && shown.type !== "plain_text")
              problems.push(`${block.type} block with ${shown.type}: ${shown.text}`);
        }
      }
      return problems;
    },
    tickAt: (iso) => desk.tickAt(iso),
    stop: () => desk.stop(),
  };
}

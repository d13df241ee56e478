import { vi } from "vitest";
import { INVOKE_ANSWER_ID } from "../../adapters/teams/teams-app.js";
import type { ChatAdapterDriver, Place, Shown } from "../contracts/chat-adapter.contract.js";
import { FakeConnector, type SentActivity } from "../fakes/fake-connector.js";
import { StubAuthority } from "./stub-authority.js";
import { aTeamsDesk, BOT, TEAMS_ACME, TEAMS_INCIDENTS, TEAMS_PEOPLE, TEAMS_TRIAGE } from "./teams-desk.js";

type Person = (typeof TEAMS_PEOPLE)[keyof typeof TEAMS_PEOPLE];
type Element = Record<string, unknown>;

const PLACES: Record<Place, string> = {
  client: TEAMS_ACME,
  triage: TEAMS_TRIAGE,
  escalation: TEAMS_INCIDENTS,
};
const settle = { timeout: 4000, interval: 10 };
const AGENTS_WHO_INSTALLED = [TEAMS_PEOPLE.alice, TEAMS_PEOPLE.bob];
const personalChat = (person: Person) => `a:${person.aadObjectId}-chat`;

/** A message addressed to the desk by its mention, as Teams sends it. */
export const addressedTo = (words: string) => ({
  text: `<at>${BOT.name}</at> ${words}`,
  entities: [{ type: "mention", text: `<at>${BOT.name}</at>`, mentioned: BOT }],
});

/** The buttons of a card, its ShowCard forms' buttons folded into the button that opens them. */
function actionsOf(card: Element | undefined): Element[] {
  return ((card?.actions as Element[] | undefined) ?? []).map((action) =>
    action.type === "Action.ShowCard"
      ? { ...(((action.card as Element).actions as Element[])[0] as Element), title: action.title }
      : action,
  );
}

/** A card as a Teams user reads it: its text blocks and facts, and the titles of its buttons. */
function readerView(card: Element | undefined, fallbackText = ""): Shown {
  const body = ((card?.body as Element[] | undefined) ?? []).filter((b) => b.id !== INVOKE_ANSWER_ID);
  const text = body
    .flatMap((b) =>
      b.type === "TextBlock"
        ? [String(b.text)]
        : b.type === "FactSet"
          ? ((b.facts as { title: string; value: string }[]) ?? []).map((f) => `${f.title}: ${f.value}`)
          : [],
    )
    .join("\n");
  return {
    text: unescapeMarkdown(card === undefined ? fallbackText : text),
    controls: actionsOf(card).map((a) => String(a.title)),
  };
}

/** What a reader sees of escaped markdown: the characters themselves. */
const unescapeMarkdown = (text: string) => text.replace(/\\([\\`*_~[\]#>+\-.])/g, "$1");

/**
 * The contract's driver for the Teams adapter: the real Agents SDK stack checking locally signed Bot
 * Framework tokens, activities posted over loopback, the desk's sends captured at a fake Bot Connector.
 * Alice and Bob (agents) installed the app and have a personal chat with the desk; Carla (the client) has not.
 */
export async function teamsDriver(): Promise<ChatAdapterDriver> {
  const authority = await new StubAuthority().start();
  const desk = await aTeamsDesk({
    auth: authority.auth(),
    authorization: async () => `Bearer ${await authority.token()}`,
  });
  const { connector, store } = desk;
  const invokeAnswers: { user: string; text: string }[] = [];
  const person = (id: string): Person => {
    const found = Object.values(TEAMS_PEOPLE).find((p) => p.aadObjectId === id);
    if (found === undefined) throw new Error(`nobody is ${id}`);
    return found;
  };
  for (const agent of AGENTS_WHO_INSTALLED) {
    connector.installed.add(agent.id);
    await desk.post(
      desk.activity(
        agent,
        { id: personalChat(agent), conversationType: "personal" },
        { type: "installationUpdate", action: "add" },
      ),
    );
  }
  await desk.settled();

  const cardSent = async (ticket: number): Promise<SentActivity | undefined> => {
    const id = (await store.get(ticket))?.triageThread?.thread;
    if (id === undefined) return undefined;
    return connector.updates(id).at(-1) ?? connector.sent.find((s) => s.method === "POST" && s.id === id);
  };
  const inPlace = (place: Place, thread?: string) =>
    connector.sent.filter(
      (s) =>
        s.method === "POST" &&
        (thread === undefined
          ? s.conversation === PLACES[place] || s.conversation.startsWith(`${PLACES[place]};`)
          : s.conversation === `${PLACES[place]};messageid=${thread}`),
    );
  const mentionsOnly = (s: SentActivity, user: string) => {
    const entities = (s.activity.entities as { mentioned?: { id: string } }[] | undefined) ?? [];
    return entities.length === 1 && entities[0]?.mentioned?.id === user;
  };
  const press = async (user: string, conversation: string, verb: string, data: Record<string, unknown>) => {
    const answer = await desk.press(person(user), conversation, verb, data);
    const value = answer.body?.value;
    const text =
      typeof value === "string"
        ? value
        : (((value as Element | undefined)?.body as Element[] | undefined) ?? []).find(
            (b) => b.id === INVOKE_ANSWER_ID,
          )?.text;
    if (typeof text === "string") invokeAnswers.push({ user, text: unescapeMarkdown(text) });
  };

  return {
    store,
    people: {
      client: TEAMS_PEOPLE.carla.aadObjectId,
      agent: TEAMS_PEOPLE.alice.aadObjectId,
      otherAgent: TEAMS_PEOPLE.bob.aadObjectId,
    },
    async clientPosts(text, inThread) {
      const said = await desk.say(
        TEAMS_PEOPLE.carla,
        { channel: TEAMS_ACME, ...(inThread !== undefined && { thread: inThread }) },
        text,
      );
      return {
        thread: inThread ?? said.id,
        redeliver: async () => {
          await desk.post(said.body);
        },
      };
    },
    async botPosts(text) {
      await desk.say(
        { id: "28:deploy-bot", aadObjectId: "aad-deploy-bot", name: "Deploy bot" } as unknown as Person,
        { channel: TEAMS_ACME },
        text,
      );
    },
    async postInTriageThread(user, ticket, text) {
      const thread = (await store.get(ticket))?.triageThread?.thread;
      if (thread === undefined) throw new Error(`T-${ticket} has no triage thread`);
      await desk.say(person(user), { channel: TEAMS_TRIAGE, thread }, text);
    },
    async command(user, where, text) {
      await desk.say(person(user), { channel: PLACES[where] }, "", addressedTo(text));
    },
    async useCard(user, ticket, action, input = {}) {
      await vi.waitFor(async () => {
        if ((await cardSent(ticket)) === undefined) throw new Error(`no card for T-${ticket}`);
      }, settle);
      const sent = (await cardSent(ticket)) as SentActivity;
      const button = actionsOf(FakeConnector.cardOf(sent)).find((a) => a.verb === action);
      if (button === undefined) throw new Error(`the card of T-${ticket} has no ${action}`);
      const data = { ...(button.data as Record<string, unknown>) };
      if (input.pick !== undefined && typeof data.input === "string") data[data.input] = input.pick;
      if (input.text !== undefined) data.text = input.text;
      const thread = (await store.get(ticket))?.triageThread?.thread as string;
      await press(user, `${TEAMS_TRIAGE};messageid=${thread}`, action, data);
    },
    async submitNewTicketForm(user, answers) {
      const asked = await desk.say(person(user), { channel: TEAMS_ACME }, "", addressedTo("new"));
      await vi.waitFor(() => {
        if (connector.posted(TEAMS_ACME, asked.id).length === 0) throw new Error("no form posted");
      }, settle);
      const form = actionsOf(FakeConnector.cardOf(connector.posted(TEAMS_ACME, asked.id)[0]))[0];
      await press(user, `${TEAMS_ACME};messageid=${asked.id}`, String(form?.verb), {
        ...(form?.data as Record<string, unknown>),
        field_title: answers.title,
        field_description: answers.description,
        field_impact: answers.impact,
        field_workaround: answers.workaround,
      });
    },
    shown(place, thread) {
      return inPlace(place, thread).map((s) =>
        readerView(FakeConnector.cardOf(s), String(s.activity.text ?? "")),
      );
    },
    async cardOf(ticket) {
      const sent = await cardSent(ticket);
      return sent === undefined ? undefined : readerView(FakeConnector.cardOf(sent));
    },
    shownOnlyTo(user) {
      const replies = connector.sent
        .filter((s) => s.method === "POST" && mentionsOnly(s, user))
        .map((s) => readerView(FakeConnector.cardOf(s)).text);
      const chat = AGENTS_WHO_INSTALLED.some((a) => a.aadObjectId === user)
        ? connector.posted(personalChat(person(user))).map((s) => readerView(FakeConnector.cardOf(s)).text)
        : [];
      return [...invokeAnswers.filter((a) => a.user === user).map((a) => a.text), ...replies, ...chat];
    },
    directTo(user) {
      const chat = AGENTS_WHO_INSTALLED.some((a) => a.aadObjectId === user)
        ? personalChat(person(user))
        : `a:personal-${person(user).id}`;
      return connector.posted(chat).map((s) => readerView(FakeConnector.cardOf(s)));
    },
    async home(user) {
      const who = person(user);
      const chat = personalChat(who);
      // Answers still on their way to this chat (a claim's "You claimed …") go first, not for the home card.
      await desk.settled();
      const before = connector.posted(chat).length;
      await desk.say(who, { personal: chat }, "home");
      await vi.waitFor(() => {
        if (connector.posted(chat).length === before) throw new Error("no home card posted");
      }, settle);
      return readerView(FakeConnector.cardOf(connector.posted(chat).at(-1))).text;
    },
    throttleNextSends(times) {
      connector.fail(429, times);
    },
    throttledSends() {
      return connector.requests.filter((r) => r.status === 429).length;
    },
    async forgedRequest() {
      const body = desk.activity(
        TEAMS_PEOPLE.carla,
        { id: `${TEAMS_ACME};messageid=forged`, conversationType: "channel" },
        { id: "forged", text: "down" },
      );
      const answer = await desk.post(body, {
        authorization: `Bearer ${await authority.token({ stranger: true })}`,
      });
      return answer.status;
    },
    activeMarkup() {
      const problems: string[] = [];
      for (const sent of connector.sent) {
        const card = FakeConnector.cardOf(sent);
        const texts = [
          ...((card?.body as Element[] | undefined) ?? []).flatMap((b) =>
            b.type === "TextBlock"
              ? [String(b.text)]
              : ((b.facts as { title: string; value: string }[] | undefined) ?? []).flatMap((f) => [
                  f.title,
                  f.value,
                ]),
          ),
        ];
        for (const text of texts) {
          // Unescaped markdown styles or links; an <at> tag in a card is a mention in the making.
          if (/(?<!\\)[*_`~[\]]/.test(text.replace(/\\\\/g, ""))) problems.push(`markdown in card: ${text}`);
          if (/<at\b/i.test(text)) problems.push(`mention tag in card: ${text}`);
        }
        const entities = (sent.activity.entities as { type: string; text: string }[] | undefined) ?? [];
        const mentions = entities.filter((e) => e.type === "mention");
        const tags = String(sent.activity.text ?? "").match(/<at>[^<]*<\/at>/g) ?? [];
        if (tags.length !== mentions.length || tags.some((tag, i) => tag !== mentions[i]?.text))
          problems.push(`mentions that do not match their entities: ${String(sent.activity.text)}`);
      }
      return problems;
    },
    async tickAt(iso) {
      desk.clock.set(iso);
      await desk.runtime.scheduler.tick();
      await desk.settled();
    },
    async stop() {
      await desk.stop();
      await authority.stop();
    },
  };
}

import { afterEach, describe, expect, it } from "vitest";
import { CARD_LIMIT_BYTES } from "../../../adapters/teams/teams-cards.js";
import { FakeConnector, type SentActivity } from "../../fakes/fake-connector.js";
import {
  aTeamsDesk,
  BOT,
  CONTOSO_CHAT,
  TEAMS_ACME,
  TEAMS_CONFIG,
  TEAMS_INCIDENTS,
  TEAMS_PEOPLE,
  TEAMS_TRIAGE,
} from "../../support/teams-desk.js";

type TeamsDesk = Awaited<ReturnType<typeof aTeamsDesk>>;
let desk: TeamsDesk | undefined;
afterEach(async () => {
  await desk?.stop();
  desk = undefined;
});

const text = (sent: SentActivity | undefined) => FakeConnector.textOf(sent);
/** A message that addresses the desk by its mention, as Teams sends it. */
const addressed = (words: string) => ({
  text: `<at>${BOT.name}</at> ${words}`,
  entities: [{ type: "mention", text: `<at>${BOT.name}</at>`, mentioned: BOT }],
});

async function ticketFromAcme(d: TeamsDesk, words = "Checkout is down for everyone, urgent") {
  const said = await d.say(TEAMS_PEOPLE.carla, { channel: TEAMS_ACME }, words);
  expect(said.answer.status).toBe(200);
  await d.settled();
  const card = d.connector.posted(TEAMS_TRIAGE).at(-1);
  expect(card).toBeDefined();
  return { root: said.id, card: card as SentActivity };
}

describe("the desk in Teams", () => {
  it("opens a ticket from a channel post: the client hears in the post's thread, the triage channel gets the card", async () => {
    desk = await aTeamsDesk();
    const { root, card } = await ticketFromAcme(desk);
    const replies = desk.connector.posted(TEAMS_ACME, root);
    expect(replies).toHaveLength(1);
    expect(text(replies[0])).toMatch(/We have opened T-1\. Priority: P2/);
    expect(text(replies[0])).toMatch(/First response: .*\(in 1h 0m\)/);
    const clientCard = FakeConnector.cardOf(replies[0]);
    expect(clientCard).toMatchObject({ type: "AdaptiveCard", version: "1.5" });
    expect(text(card)).toMatch(/T-1: Checkout is down/);
    const verbs = ((FakeConnector.cardOf(card)?.actions ?? []) as { verb?: string; type: string }[]).map(
      (a) => a.verb ?? a.type,
    );
    expect(verbs).toEqual(expect.arrayContaining(["ticket.claim", "ticket.assign", "ticket.priority"]));
    expect((await desk.store.get(1))?.customer).toBe("acme");
  });

  it("in a group chat, opens one ticket and gives the next message to it", async () => {
    desk = await aTeamsDesk();
    await desk.say(TEAMS_PEOPLE.carl, { chat: CONTOSO_CHAT }, "Reports export fails with error 500");
    await desk.settled();
    await desk.say(TEAMS_PEOPLE.carl, { chat: CONTOSO_CHAT }, "It started after this morning's release");
    await desk.settled();
    expect(await desk.store.get(2)).toBeUndefined();
    const ticket = await desk.store.get(1);
    expect(ticket?.customer).toBe("contoso");
    const chatPosts = desk.connector.posted(CONTOSO_CHAT);
    expect(text(chatPosts[0])).toMatch(/We have opened T-1/);
    const card = desk.connector.posted(TEAMS_TRIAGE)[0];
    const relayed = desk.connector.posted(TEAMS_TRIAGE, card?.id);
    expect(relayed.map((s) => text(s)).join("\n")).toMatch(/this morning's release/);
  });

  it("lets an agent claim by command, updating the triage card in place and answering privately", async () => {
    desk = await aTeamsDesk();
    const { card } = await ticketFromAcme(desk);
    const thread = card.id;
    await desk.say(TEAMS_PEOPLE.alice, { channel: TEAMS_TRIAGE, thread }, "", addressed("claim T-1"));
    await desk.settled();
    expect((await desk.store.get(1))?.assignee).toMatchObject({ platform: "teams", id: "aad-alice" });
    const updates = desk.connector.updates(card.id);
    expect(updates.length).toBeGreaterThan(0);
    expect(updates.at(-1)?.conversation).toBe(TEAMS_TRIAGE);
    expect(text(updates.at(-1))).toMatch(/Alice/);
    // Alice has no personal chat with the desk: the answer names only her, where she asked.
    const answers = desk.connector
      .posted(TEAMS_TRIAGE, thread)
      .filter((s) => JSON.stringify(s.activity).includes("aad-alice"));
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.at(-1)?.activity.entities).toEqual([
      expect.objectContaining({ type: "mention", mentioned: expect.objectContaining({ id: "aad-alice" }) }),
    ]);
  });

  it("lets an agent claim with the card's button: the invoke's response carries the refreshed card", async () => {
    desk = await aTeamsDesk();
    const { card } = await ticketFromAcme(desk);
    const answer = await desk.press(TEAMS_PEOPLE.alice, TEAMS_TRIAGE, "ticket.claim", {
      desk: { ticket: "1" },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.card.adaptive" });
    const refreshed = JSON.stringify(answer.body.value);
    expect(refreshed).toMatch(/Alice/);
    expect(refreshed).toMatch(/ticket\.unclaim/);
    await desk.settled();
    expect((await desk.store.get(1))?.assignee?.id).toBe("aad-alice");
    expect(text(desk.connector.updates(card.id).at(-1))).toMatch(/Alice/);
  });

  it("takes a button from a client without Universal Actions (Action.Submit) as the same action", async () => {
    desk = await aTeamsDesk();
    const { card } = await ticketFromAcme(desk);
    const claim = (
      (FakeConnector.cardOf(card)?.actions ?? []) as { verb?: string; fallback?: { data: object } }[]
    ).find((a) => a.verb === "ticket.claim");
    expect(claim?.fallback).toMatchObject({ type: "Action.Submit" });
    // Teams posts an Action.Submit as a message carrying the button's data.
    await desk.say(TEAMS_PEOPLE.alice, { channel: TEAMS_TRIAGE, thread: card.id }, "", {
      value: claim?.fallback?.data,
    });
    await desk.settled();
    expect((await desk.store.get(1))?.assignee?.id).toBe("aad-alice");
  });

  it("asks in triage which customer a channel is for when the app is added to it", async () => {
    desk = await aTeamsDesk();
    await desk.post({
      ...desk.activity(
        TEAMS_PEOPLE.bob,
        { id: "19:newco@thread.tacv2", conversationType: "channel" },
        { type: "conversationUpdate", membersAdded: [BOT] },
      ),
      channelData: {
        tenant: { id: "tenant-1" },
        channel: { id: "19:newco@thread.tacv2", name: "newco-support" },
      },
    });
    await desk.settled();
    const asked = desk.connector.posted(TEAMS_TRIAGE).at(-1);
    expect(FakeConnector.textOf(asked)).toContain(
      "SLA Desk was added to #newco-support: which customer is this?",
    );
  });

  it("keeps a client's edit and deletion in the ticket's history, each once", async () => {
    desk = await aTeamsDesk();
    const { root } = await ticketFromAcme(desk, "Checkout is slow");
    const edit = desk.activity(
      TEAMS_PEOPLE.carla,
      { id: `${TEAMS_ACME};messageid=${root}`, conversationType: "channel" },
      {
        type: "messageUpdate",
        id: root,
        text: "Checkout is down for everyone",
        channelData: { eventType: "editMessage" },
      },
    );
    expect((await desk.post(edit)).status).toBe(200);
    expect((await desk.post(edit)).status).toBe(200);
    await desk.settled();
    const removal = desk.activity(
      TEAMS_PEOPLE.carla,
      { id: `${TEAMS_ACME};messageid=${root}`, conversationType: "channel" },
      { type: "messageDelete", id: root, channelData: { eventType: "softDeleteMessage" } },
    );
    await desk.post(removal);
    await desk.settled();
    const history = (await desk.store.get(1))?.history.map((h) => h.type);
    expect(history?.filter((t) => t === "message_edited")).toHaveLength(1);
    expect(history?.filter((t) => t === "message_deleted")).toHaveLength(1);
    expect(await desk.store.get(2)).toBeUndefined();
  });

  it("refuses a non-agent privately and changes nothing", async () => {
    desk = await aTeamsDesk();
    await ticketFromAcme(desk);
    const pressed = await desk.press(TEAMS_PEOPLE.carla, TEAMS_ACME, "ticket.claim", {
      desk: { ticket: "1" },
    });
    expect(JSON.stringify(pressed.body)).toMatch(/only (the support team|agents)/i);
    await desk.settled();
    expect((await desk.store.get(1))?.assignee).toBeNull();
    const before = desk.connector.sent.length;
    await desk.say(TEAMS_PEOPLE.carla, { chat: CONTOSO_CHAT }, "", addressed("claim T-1"));
    await desk.settled();
    expect((await desk.store.get(1))?.assignee).toBeNull();
    // Nothing of Acme's ticket reaches Contoso's chat.
    const after = desk.connector.sent.slice(before);
    expect(after.map((s) => JSON.stringify(s.activity)).join("\n")).not.toMatch(/Checkout/);
  });

  it("ignores a redelivered activity", async () => {
    desk = await aTeamsDesk();
    const said = await desk.say(TEAMS_PEOPLE.carla, { channel: TEAMS_ACME }, "Login page is blank");
    await desk.settled();
    const again = await desk.post(said.body);
    expect(again.status).toBe(200);
    await desk.settled();
    expect(await desk.store.get(2)).toBeUndefined();
    expect(desk.connector.posted(TEAMS_ACME, said.id)).toHaveLength(1);
  });

  it("neutralises mentions and markdown in what clients write", async () => {
    desk = await aTeamsDesk();
    const hostile = "&lt;at&gt;Bob&lt;/at&gt; **URGENT** [click here](https://evil.example) _now_ # heading";
    await desk.say(TEAMS_PEOPLE.carla, { channel: TEAMS_ACME }, hostile);
    await desk.settled();
    const card = desk.connector.posted(TEAMS_TRIAGE)[0];
    expect(card?.activity.entities).toBeUndefined();
    const shown = text(card);
    expect(shown).not.toMatch(/<at>/i);
    expect(shown).toContain("\\*\\*URGENT\\*\\*");
    expect(shown).toContain("\\[click here\\]");
    expect(shown).not.toMatch(/(?<!\\)\[click here(?<!\\)\]\(/);
  });

  it("cuts a card over Teams' 28 KB with a pointer to the whole", async () => {
    desk = await aTeamsDesk();
    const long = `Import fails. ${"The log says: record rejected because the field is too long. ".repeat(700)}`;
    expect(long.length).toBeGreaterThan(40_000);
    await desk.say(TEAMS_PEOPLE.carla, { channel: TEAMS_ACME }, long);
    await desk.settled();
    const card = desk.connector.posted(TEAMS_TRIAGE)[0];
    const bytes = Buffer.byteLength(JSON.stringify(FakeConnector.cardOf(card)));
    expect(bytes).toBeLessThanOrEqual(CARD_LIMIT_BYTES);
    expect(bytes).toBeLessThan(28 * 1024);
    expect(text(card)).toMatch(/Shortened for Teams: `status T-1` shows all of it/);
  });

  it("retries a throttled send after its Retry-After and does not retry a refusal", async () => {
    desk = await aTeamsDesk();
    desk.connector.fail(429, 1, 1);
    const { root } = await ticketFromAcme(desk);
    await expect.poll(() => desk?.connector.posted(TEAMS_ACME, root).length, { timeout: 10_000 }).toBe(1);
    const throttled = desk.connector.requests.filter((r) => r.status === 429);
    expect(throttled).toHaveLength(1);
    const delivered = desk.connector.sent.find((s) => s.conversation.startsWith(TEAMS_ACME));
    expect((delivered?.at ?? 0) - (throttled[0]?.at ?? 0)).toBeGreaterThanOrEqual(900);

    const before = desk.connector.requests.length;
    desk.connector.fail(403, 1, undefined, "MessageWritesBlocked");
    await desk.say(TEAMS_PEOPLE.carla, { channel: TEAMS_ACME, thread: root }, "Any news?");
    await desk.settled();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await desk.settled();
    const refused = desk.connector.requests.slice(before).filter((r) => r.status === 403);
    expect(refused).toHaveLength(1);
    const paths = desk.connector.requests.slice(before).map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it("pages an on-call agent who installed the app in a personal chat, and mentions one who did not in the escalation channel", async () => {
    desk = await aTeamsDesk();
    // Alice installs the app: the desk learns her personal chat and shows her home card there.
    await desk.post(
      desk.activity(
        TEAMS_PEOPLE.alice,
        { id: "a:alice-chat", conversationType: "personal" },
        { type: "installationUpdate", action: "add" },
      ),
    );
    await desk.settled();
    expect(text(desk.connector.posted("a:alice-chat")[0])).toMatch(/on call/i);
    await ticketFromAcme(desk, "Production is down for everyone, nobody can log in, P1");
    await desk.runtime.scheduler.tick();
    await desk.settled();
    const pages = desk.connector.posted("a:alice-chat").slice(1);
    expect(pages.map((s) => text(s)).join("\n")).toMatch(/T-1/);
    await desk.stop();

    desk = await aTeamsDesk({
      config: {
        ...TEAMS_CONFIG,
        oncall: {
          ...(TEAMS_CONFIG.oncall as object),
          people: [
            { platform: "teams", id: "aad-dave" },
            { platform: "teams", id: "aad-alice" },
          ],
        } as never,
      },
    });
    await ticketFromAcme(desk, "Production is down for everyone, nobody can log in, P1");
    await desk.runtime.scheduler.tick();
    await desk.settled();
    const mentions = desk.connector
      .posted(TEAMS_INCIDENTS)
      .filter((s) => JSON.stringify(s.activity.entities ?? []).includes("aad-dave"));
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions[0]?.activity.text).toBe("<at>Dave</at>");
  });

  it("opens a personal chat to page an agent who installed the app but never wrote to the desk there", async () => {
    desk = await aTeamsDesk();
    desk.connector.installed.add(TEAMS_PEOPLE.alice.id);
    // Alice has spoken in the triage channel: the desk knows where to reach her, not yet her personal chat.
    await desk.say(TEAMS_PEOPLE.alice, { channel: TEAMS_TRIAGE }, "", addressed("oncall"));
    await ticketFromAcme(desk, "Production is down for everyone, nobody can log in, P1");
    await desk.runtime.scheduler.tick();
    await desk.settled();
    const created = desk.connector.requests.filter((r) => r.path === "/v3/conversations" && r.status === 201);
    expect(created).toHaveLength(1);
    const chat = `a:personal-${TEAMS_PEOPLE.alice.id}`;
    expect(
      desk.connector
        .posted(chat)
        .map((s) => text(s))
        .join("\n"),
    ).toMatch(/T-1/);
    // The chat is remembered: the next page goes there without opening another.
    await desk.runtime.scheduler.tick();
    await desk.settled();
    expect(desk.connector.requests.filter((r) => r.path === "/v3/conversations")).toHaveLength(1);
  });

  it("keeps within Teams' pace per thread: 7 a second, 8 in 2 seconds, 60 in 30", async () => {
    desk = await aTeamsDesk({ paceScale: 1 });
    const { root } = await ticketFromAcme(desk);
    const sentBefore = desk.connector.sent.length;
    for (let i = 1; i <= 12; i++)
      await desk.say(TEAMS_PEOPLE.carla, { channel: TEAMS_ACME, thread: root }, `Detail ${i}`);
    await expect
      .poll(
        () =>
          desk?.connector.sent
            .slice(sentBefore)
            .filter((s) => s.method === "POST" && s.conversation.startsWith(TEAMS_TRIAGE)).length,
        { timeout: 50_000, interval: 200 },
      )
      .toBe(12);
    // A card's update counts in its thread: the client's card in the post's thread, the triage card in its own.
    const threadOf = (s: SentActivity) =>
      s.method === "POST" || s.conversation.includes(";")
        ? s.conversation
        : s.conversation === TEAMS_TRIAGE
          ? `${TEAMS_TRIAGE};messageid=${s.replaces}`
          : `${TEAMS_ACME};messageid=${root}`;
    const perThread = new Map<string, number[]>();
    const kinds = new Map<string, string[]>();
    for (const s of desk.connector.sent) {
      perThread.set(threadOf(s), [...(perThread.get(threadOf(s)) ?? []), s.at]);
      kinds.set(threadOf(s), [...(kinds.get(threadOf(s)) ?? []), s.method]);
    }
    for (const [thread, times] of perThread)
      for (const { limit, windowMs } of [
        { limit: 7, windowMs: 1000 },
        { limit: 8, windowMs: 2000 },
        { limit: 60, windowMs: 30_000 },
      ])
        for (let i = limit; i < times.length; i++)
          expect(
            (times[i] as number) - (times[i - limit] as number),
            `${limit + 1} sends in ${thread}: ${times.map((t, n) => `${kinds.get(thread)?.[n]} ${t - (times[0] as number)}`).join(", ")}`,
          ).toBeGreaterThanOrEqual(windowMs);
    const relayed = desk.connector.sent
      .filter((s) => s.conversation.startsWith(`${TEAMS_TRIAGE};`))
      .map((s) => text(s).match(/Detail (\d+)/)?.[1])
      .filter((n) => n !== undefined)
      .map(Number);
    expect(relayed).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  }, 60_000);
});

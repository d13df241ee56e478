import { afterEach, describe, expect, it, vi } from "vitest";
import { SIGNING_SECRET, signedHeaders } from "../../fakes/fake-slack.js";
import { C_ACME, T_TRIAGE, U_ALICE, U_CARLA } from "../../support/desk.js";
import { aSlackDesk } from "../../support/slack-desk.js";

let desk: Awaited<ReturnType<typeof aSlackDesk>>;
afterEach(async () => {
  await desk?.stop();
});

const settle = { timeout: 3000, interval: 10 };

/** Alice reacts to a message in Acme's channel. */
function react(reaction: string, ts: string) {
  return desk.event({
    type: "reaction_added",
    user: U_ALICE.id,
    reaction,
    item: { type: "message", channel: C_ACME, ts },
    event_ts: ts,
  });
}

// What every chat adapter must do runs in slack-contract.test.ts; these are Slack's own ways in.
describe("Slack's own ways in", () => {
  it("takes a message that starts by mentioning the bot as a command on the thread's ticket, not a reply", async () => {
    desk = await aSlackDesk("http");
    const { ts } = await desk.message(U_CARLA.id, C_ACME, "Our checkout is down for all users");
    await vi.waitFor(async () => expect((await desk.store.get(1))?.triageThread).toBeDefined(), settle);
    const triageThread = (await desk.store.get(1))?.triageThread?.thread as string;
    await desk.message(U_ALICE.id, T_TRIAGE, "<@U0DESKBOT> claim", { thread: triageThread });
    await vi.waitFor(async () => expect((await desk.store.get(1))?.assignee?.id).toBe(U_ALICE.id), settle);
    expect(desk.slack.posted(C_ACME, ts).filter((c) => String(c.args.text).includes("DESKBOT"))).toEqual([]);
  });

  it("opens a ticket from a Slack Connect channel, where the client belongs to another workspace", async () => {
    desk = await aSlackDesk("http");
    const response = await desk.event({
      type: "message",
      channel: C_ACME,
      user: "U0EXTERNAL",
      user_team: "T0ACMECORP",
      // Slack sends the author's names; the desk's workspace cannot look up another workspace's member.
      user_profile: { display_name: "Erin at Acme", real_name: "Erin Example", team: "T0ACMECORP" },
      source_team: "T0ACMECORP",
      team: "T0ACMECORP",
      text: "Invoices fail to generate since this morning",
      ts: "1700000070.000001",
      channel_type: "channel",
      is_ext_shared_channel: true,
    });
    expect((response as Response).status).toBe(200);
    await vi.waitFor(async () => expect((await desk.store.get(1))?.requester.id).toBe("U0EXTERNAL"), settle);
    await vi.waitFor(() => expect(desk.slack.posted(C_ACME, "1700000070.000001")).toHaveLength(1), settle);
    expect((await desk.store.get(1))?.requester.name).toBe("Erin at Acme");
    expect(desk.slack.callsOf("users.info").filter((c) => c.args.user === "U0EXTERNAL")).toEqual([]);
  });
});

describe("slash commands as Slack escapes them", () => {
  it("resolves a mention Slack escaped in a command (the manifest asks for escaping) to the person", async () => {
    desk = await aSlackDesk("http");
    await desk.message(U_CARLA.id, C_ACME, "Our checkout is down for all users");
    await desk.runtime.settled();
    // With should_escape, Slack sends `@bob` as his member id and name.
    await desk.command(U_ALICE.id, T_TRIAGE, "assign T-1 <@U0BOB|bob>");
    await vi.waitFor(async () => expect((await desk.store.get(1))?.assignee?.id).toBe("U0BOB"), settle);
  });
});

describe("tickets from existing messages", () => {
  it("opens a ticket from a thread reply an agent marks with :ticket:, answering in that thread", async () => {
    desk = await aSlackDesk("http");
    // Carla's thread question, then Greg's reply in it that is really a new problem.
    desk.slack.remember(C_ACME, {
      ts: "1700000050.000001",
      user: U_CARLA.id,
      text: "Question about invoices",
    });
    desk.slack.remember(C_ACME, {
      ts: "1700000050.000002",
      user: U_CARLA.id,
      thread_ts: "1700000050.000001",
      text: "Also: SSO login fails for the whole team\nsince 9am",
    });
    await react("ticket", "1700000050.000002");
    await vi.waitFor(
      async () => expect((await desk.store.get(1))?.title).toBe("Also: SSO login fails for the whole team"),
      settle,
    );
    const ticket = await desk.store.get(1);
    expect(ticket?.requester.id).toBe(U_CARLA.id);
    expect(ticket?.clientThread).toEqual({
      platform: "slack",
      conversation: C_ACME,
      thread: "1700000050.000001",
    });
    // Another reaction makes nothing; a :ticket: on the thread's first message now points to T-1, whose
    // thread it is.
    await react("thumbsup", "1700000050.000001");
    await react("ticket", "1700000050.000001");
    await vi.waitFor(
      () =>
        expect(desk.slack.callsOf("chat.postEphemeral").map((c) => String(c.args.text))).toContain(
          "That is T-1 already: Also: SSO login fails for the whole team. Reply in its thread to add to it.",
        ),
      settle,
    );
    expect(await desk.store.get(2)).toBeUndefined();
    // Only the two :ticket: reactions read their message.
    expect(desk.slack.callsOf("conversations.history")).toHaveLength(2);
  });

  it("points a :ticket: or Create ticket on a ticket's message, or inside its thread, to that ticket", async () => {
    desk = await aSlackDesk("http");
    const { ts } = await desk.message(U_CARLA.id, C_ACME, "Our checkout is down for all users");
    await vi.waitFor(() => expect(desk.slack.posted(C_ACME, ts)).toHaveLength(1), settle);
    const { ts: reply } = await desk.message(U_CARLA.id, C_ACME, "Still down", { thread: ts });
    await react("ticket", ts);
    await desk.shortcut(U_ALICE.id, C_ACME, {
      ts: reply,
      thread_ts: ts,
      user: U_CARLA.id,
      text: "Still down",
    });
    const told = () =>
      [
        ...desk.slack.callsOf("chat.postEphemeral").map((c) => String(c.args.text)),
        ...desk.slack.responses.map((r) => String(r.body.text)),
      ].filter((text) => text.startsWith("That is T-1 already"));
    await vi.waitFor(() => expect(told()).toHaveLength(2), settle);
    await desk.runtime.settled();
    expect(await desk.store.get(2)).toBeUndefined();
    // The client's next reply still goes to T-1.
    expect((await desk.store.get(1))?.history.filter((h) => h.type === "customer_reply")).toHaveLength(1);
    expect(desk.slack.posted(C_ACME, ts)).toHaveLength(1);
  });

  it("opens a ticket with the Create ticket message shortcut", async () => {
    desk = await aSlackDesk("http");
    const response = await desk.shortcut(U_ALICE.id, C_ACME, {
      ts: "1700000060.000001",
      user: U_CARLA.id,
      text: "Reports page shows a blank screen",
    });
    expect((response as Response).status).toBe(200);
    await vi.waitFor(
      async () => expect((await desk.store.get(1))?.description).toBe("Reports page shows a blank screen"),
      settle,
    );
    await vi.waitFor(() => expect(desk.slack.posted(C_ACME, "1700000060.000001")).toHaveLength(1), settle);
  });
});

describe("the HTTP endpoint's guard", () => {
  const post = (body: string, type: string, at: number) =>
    fetch(desk.endpoint, {
      method: "POST",
      body,
      headers: { "content-type": type, ...signedHeaders(body, SIGNING_SECRET, at) },
    });
  const now = () => Math.floor(Date.now() / 1000);

  it("refuses a signed request made more than five minutes before or after now, and takes one within", async () => {
    desk = await aSlackDesk("http");
    const body = JSON.stringify({
      type: "event_callback",
      event_id: "EvClock",
      event: { type: "app_mention" },
    });
    expect((await post(body, "application/json", now() + 6 * 60)).status).toBe(401);
    expect((await post(body, "application/json", now() - 6 * 60)).status).toBe(401);
    expect((await post(body, "application/json", now() + 4 * 60)).status).toBe(200);
  });

  it("answers a correctly signed body that is no Slack payload with 400, and keeps serving", async () => {
    desk = await aSlackDesk("http");
    for (const [body, type] of [
      ["null", "application/json"],
      ["payload=null", "application/x-www-form-urlencoded"],
      ["[1,2]", "application/json"],
      ["{", "application/json"],
      [JSON.stringify({ type: "block_actions", actions: [{}] }), "application/json"],
      [
        `payload=${encodeURIComponent(JSON.stringify({ type: "view_submission", view: { id: "V1" } }))}`,
        "application/x-www-form-urlencoded",
      ],
    ] as const)
      expect((await post(body, type, now())).status, body).toBe(400);
    const { ts } = await desk.message(U_CARLA.id, C_ACME, "Our checkout is down for all users");
    await vi.waitFor(() => expect(desk.slack.posted(C_ACME, ts)).toHaveLength(1), settle);
  });
});

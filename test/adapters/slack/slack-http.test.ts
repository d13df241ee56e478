import { afterEach, describe, expect, it, vi } from "vitest";
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

/** A button of the first ticket card posted in the triage channel, by the desk's action id. */
function cardButton(action: string) {
  const card = desk.slack.posted(T_TRIAGE)[0]?.args.blocks as {
    type: string;
    elements?: { action_id: string; value: string }[];
  }[];
  return card.find((b) => b.type === "actions")?.elements?.find((e) => e.action_id.startsWith(action));
}
const blockTexts = (args: Record<string, unknown>) =>
  ((args.blocks as { text?: { text: string; type: string }; fields?: { text: string }[] }[]) ?? []).flatMap(
    (b) => [...(b.text ? [b.text.text] : []), ...(b.fields ?? []).map((f) => f.text)],
  );

describe("Slack over HTTP (Events API, signed requests)", () => {
  it("opens a ticket from a client's message and answers in its thread; a retried event changes nothing", async () => {
    desk = await aSlackDesk("http");
    const { ts, body } = await desk.message(
      U_CARLA.id,
      C_ACME,
      "Our checkout is down for all users, nobody can pay",
    );
    await vi.waitFor(() => expect(desk.slack.posted(C_ACME, ts)).toHaveLength(1), settle);
    const ack = desk.slack.posted(C_ACME, ts)[0]?.args;
    expect(ack?.text).toContain("We have opened T-1");
    expect(blockTexts(ack ?? {}).join("\n")).toContain("First response:");
    await vi.waitFor(() => expect(desk.slack.posted(T_TRIAGE)).toHaveLength(1), settle);
    // Slack redelivers the same event_id with X-Slack-Retry-Num when our answer was slow.
    const response = await desk.signedPost(JSON.stringify(body), "application/json", {
      "x-slack-retry-num": "1",
    });
    expect(response.status).toBe(200);
    await desk.message(U_CARLA.id, C_ACME, "one more thing", { thread: ts });
    await vi.waitFor(() => expect(desk.slack.posted(T_TRIAGE)).toHaveLength(2), settle);
    expect(
      desk.slack.posted(C_ACME).filter((c) => String(c.args.text).includes("We have opened")),
    ).toHaveLength(1);
    expect(await desk.store.get(2)).toBeUndefined();
  });

  it("refuses a request with a bad signature with 401 and does nothing", async () => {
    desk = await aSlackDesk("http");
    const body = JSON.stringify({
      type: "event_callback",
      event_id: "Ev1",
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
    expect(response.status).toBe(401);
    expect(await desk.store.get(1)).toBeUndefined();
  });

  it("lets an agent claim by slash command and by the card's button; a client's claim is refused politely", async () => {
    desk = await aSlackDesk("http");
    await desk.message(U_CARLA.id, C_ACME, "Our checkout is down for all users");
    await vi.waitFor(async () => expect(await desk.store.get(1)).toBeDefined(), settle);
    const refused = await desk.command(U_CARLA.id, C_ACME, "claim T-1");
    expect((refused as Response).status).toBe(200);
    await vi.waitFor(() => expect(desk.slack.callsOf("chat.postEphemeral")).toHaveLength(1), settle);
    expect(desk.slack.callsOf("chat.postEphemeral")[0]?.args.text).toContain(
      "Only the support team can claim tickets",
    );
    await desk.command(U_ALICE.id, T_TRIAGE, "claim T-1");
    await vi.waitFor(async () => expect((await desk.store.get(1))?.assignee?.id).toBe(U_ALICE.id), settle);
    await vi.waitFor(() => expect(desk.slack.callsOf("chat.update").length).toBeGreaterThan(0), settle);
    await desk.command(U_ALICE.id, T_TRIAGE, "unclaim T-1");
    await vi.waitFor(async () => expect((await desk.store.get(1))?.assignee).toBeNull(), settle);
    const claim = cardButton("ticket.claim");
    expect(claim).toBeDefined();
    const clicked = await desk.click(
      U_ALICE.id,
      T_TRIAGE,
      claim?.action_id as string,
      claim?.value as string,
    );
    expect((clicked as Response).status).toBe(200);
    await vi.waitFor(async () => expect((await desk.store.get(1))?.assignee?.id).toBe(U_ALICE.id), settle);
  });

  it("relays the agent's reply in the triage thread to the client's thread", async () => {
    desk = await aSlackDesk("http");
    const { ts } = await desk.message(U_CARLA.id, C_ACME, "Our checkout is down for all users");
    // The ticket records its triage thread just after the card is posted.
    await vi.waitFor(async () => expect((await desk.store.get(1))?.triageThread).toBeDefined(), settle);
    const triageThread = (await desk.store.get(1))?.triageThread?.thread as string;
    await desk.message(U_ALICE.id, T_TRIAGE, "We are on it, failing over now", { thread: triageThread });
    await vi.waitFor(
      () =>
        expect(desk.slack.posted(C_ACME, ts).map((c) => c.args.text)).toContain(
          "Alice (support): We are on it, failing over now",
        ),
      settle,
    );
    // Mentioning the bot first makes the message a command, aimed at the thread's ticket; it is not relayed.
    await desk.message(U_ALICE.id, T_TRIAGE, "<@U0DESKBOT> claim", { thread: triageThread });
    await vi.waitFor(async () => expect((await desk.store.get(1))?.assignee?.id).toBe(U_ALICE.id), settle);
    expect(desk.slack.posted(C_ACME, ts).filter((c) => String(c.args.text).includes("DESKBOT"))).toEqual([]);
  });

  it("opens the new-ticket modal for a bare /ticket and a ticket from its submission", async () => {
    desk = await aSlackDesk("http");
    await desk.command(U_CARLA.id, C_ACME, "");
    await vi.waitFor(() => expect(desk.slack.callsOf("views.open")).toHaveLength(1), settle);
    const view = desk.slack.callsOf("views.open")[0]?.args.view as Record<string, unknown>;
    expect(view.callback_id).toBe("sla_desk_new_ticket");
    await desk.submitView(U_CARLA.id, {
      id: "V0NEW",
      callback_id: view.callback_id,
      private_metadata: view.private_metadata,
      state: {
        values: {
          title: { value: { type: "plain_text_input", value: "Exports fail" } },
          description: { value: { type: "plain_text_input", value: "CSV exports time out for everyone" } },
          impact: { value: { type: "static_select", selected_option: { value: "all" } } },
          urgency: { value: { type: "static_select", selected_option: { value: "no" } } },
        },
      },
    });
    await vi.waitFor(async () => expect((await desk.store.get(1))?.title).toBe("Exports fail"), settle);
    expect((await desk.store.get(1))?.priority.level).toBe("P2");
  });

  it("waits out a 429 and sends the message once, in order", async () => {
    desk = await aSlackDesk("http");
    desk.slack.rateLimit("chat.postMessage", 2);
    const { ts } = await desk.message(U_CARLA.id, C_ACME, "Our checkout is down for all users");
    await vi.waitFor(() => expect(desk.slack.posted(C_ACME, ts)).toHaveLength(1), settle);
    expect(desk.slack.callsOf("chat.postMessage (rate limited)")).toHaveLength(2);
    expect(desk.slack.posted(C_ACME, ts)[0]?.args.text).toContain("We have opened T-1");
  });

  it("neutralises mentions and markup in a client's text", async () => {
    desk = await aSlackDesk("http");
    await desk.message(U_CARLA.id, C_ACME, "<!channel> *URGENT* <@U0BOB> see <https://evil.example|here>");
    await vi.waitFor(() => expect(desk.slack.posted(T_TRIAGE)).toHaveLength(1), settle);
    const card = desk.slack.posted(T_TRIAGE)[0]?.args ?? {};
    expect(String(card.text)).not.toMatch(/<!channel>|<@U0BOB>|<https:/);
    expect(String(card.text)).toContain("&lt;!channel&gt;");
    expect(card.mrkdwn).toBe("false");
    const blocks = card.blocks as { text?: { type: string }; fields?: { type: string }[] }[];
    const textTypes = blocks
      .flatMap((b) => [b.text?.type, ...(b.fields ?? []).map((f) => f.type)])
      .filter(Boolean);
    expect(new Set(textTypes)).toEqual(new Set(["plain_text"]));
  });

  it("ignores messages from bots, its own included", async () => {
    desk = await aSlackDesk("http");
    const body = {
      type: "event_callback",
      event_id: "EvBot",
      team_id: "T0TEAM",
      api_app_id: "A0DESK",
      event: {
        type: "message",
        subtype: "bot_message",
        bot_id: "B0OTHER",
        channel: C_ACME,
        text: "Deploy finished",
        ts: "1700000000.000009",
      },
    };
    expect((await desk.signedPost(JSON.stringify(body), "application/json")).status).toBe(200);
    await desk.message(U_CARLA.id, C_ACME, "Our checkout is down for all users");
    await vi.waitFor(async () => expect(await desk.store.get(1)).toBeDefined(), settle);
    expect((await desk.store.get(1))?.description).toBe("Our checkout is down for all users");
    expect(await desk.store.get(2)).toBeUndefined();
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
    // Another reaction makes nothing: a :ticket: on the thread's first message afterwards becomes T-2, not T-3.
    await react("thumbsup", "1700000050.000001");
    await react("ticket", "1700000050.000001");
    await vi.waitFor(
      () =>
        expect(
          desk.slack
            .posted(C_ACME, "1700000050.000001")
            .map((c) => c.args.text)
            .join(),
        ).toContain("T-2"),
      settle,
    );
    expect((await desk.store.get(2))?.title).toBe("Question about invoices");
    expect(await desk.store.get(3)).toBeUndefined();
    // Only the two :ticket: reactions read their message.
    expect(desk.slack.callsOf("conversations.history")).toHaveLength(2);
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

describe("buttons with a form", () => {
  it("opens the card's Post update form and posts its text to the client as an update", async () => {
    desk = await aSlackDesk("http");
    const { ts } = await desk.message(U_CARLA.id, C_ACME, "Our checkout is down for all users");
    await vi.waitFor(async () => expect((await desk.store.get(1))?.triageThread).toBeDefined(), settle);
    const button = cardButton("ticket.update");
    await desk.click(U_ALICE.id, T_TRIAGE, button?.action_id as string, button?.value as string);
    await vi.waitFor(() => expect(desk.slack.callsOf("views.open")).toHaveLength(1), settle);
    const view = desk.slack.callsOf("views.open")[0]?.args.view as Record<string, unknown>;
    await desk.submitView(U_ALICE.id, {
      id: "V0FORM",
      callback_id: view.callback_id,
      private_metadata: view.private_metadata,
      state: {
        values: {
          text: { value: { type: "plain_text_input", value: "Failing over to the backup provider" } },
        },
      },
    });
    await vi.waitFor(
      () =>
        expect(
          desk.slack
            .posted(C_ACME, ts)
            .some((c) => String(c.args.text).includes("Failing over to the backup provider")),
        ).toBe(true),
      settle,
    );
  });
});

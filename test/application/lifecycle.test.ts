import { describe, expect, it } from "vitest";
import { aDesk, C_ACME, C_GLOBEX, T_TRIAGE, U_ALICE, U_BOB, U_CARLA, U_GREG } from "../support/desk.js";

describe("when the desk cannot tell the priority", () => {
  it("asks the client about impact and workaround and derives the level from the answers", async () => {
    const { post, gateway, store, message } = await aDesk().then(async (d) => ({
      ...d,
      ...(await d.post(U_CARLA, C_ACME, "Hello, something odd with the reports page")),
    }));
    const ack = gateway.postsIn(C_ACME, message)[0]?.message;
    expect(ack?.text).toContain("How many people are affected: just you, a team, or everyone?");
    expect(ack?.actions?.map((a) => a.label)).toContain("No workaround");
    expect((await store.get(1))?.awaitingTriageAnswers).toBe(true);
    await post(U_CARLA, C_ACME, "Everyone in the company, and there is no workaround", message);
    const ticket = await store.get(1);
    expect(ticket?.priority).toMatchObject({
      level: "P2",
      by: "client",
      reason: "affects everyone, no workaround",
    });
    expect(ticket?.awaitingTriageAnswers).toBe(false);
    expect(gateway.textsIn(C_ACME, message)).toContain(
      "Thank you. T-1 is now P2 (affects everyone, no workaround).",
    );
  });

  it("takes the answers from the buttons too, one click at a time", async () => {
    const desk = await aDesk();
    await desk.post(U_CARLA, C_ACME, "Hello, something odd with the reports page");
    await desk.click(U_CARLA, C_ACME, "triage.impact", { ticket: "1", answer: "team" });
    expect((await desk.store.get(1))?.awaitingTriageAnswers).toBe(true);
    await desk.click(U_CARLA, C_ACME, "triage.workaround", { ticket: "1", answer: "yes" });
    expect((await desk.store.get(1))?.priority).toMatchObject({
      level: "P4",
      reason: "affects a team, a workaround exists",
    });
    expect(await desk.click(U_GREG, C_GLOBEX, "triage.impact", { ticket: "1", answer: "all" })).toMatchObject(
      {
        outcome: "refused",
      },
    );
  });

  it("takes a priority the client states in the message", async () => {
    const desk = await aDesk();
    await desk.post(U_CARLA, C_ACME, "Priority: P1 - payments failing");
    expect((await desk.store.get(1))?.priority).toMatchObject({
      level: "P1",
      by: "client",
      reason: "stated by the client",
    });
  });
});

describe("resolving, reopening and closing", () => {
  it("tells the client on resolve, reopens on the client's reply, and refuses illegal moves", async () => {
    const desk = await aDesk();
    const { message } = await desk.post(U_CARLA, C_ACME, "Our checkout is down for all users");
    await desk.command(U_ALICE, T_TRIAGE, "resolve T-1 payment provider fixed their outage");
    expect(desk.gateway.textsIn(C_ACME, message).at(-1)).toContain(
      "T-1 is resolved: payment provider fixed their outage.",
    );
    expect((await desk.reading(1, "resolution"))?.state ?? "none").not.toBe("running");
    // The client's answer no longer offers to raise the priority or to add details; the card says the
    // update cadence stopped (no update was posted, none was met).
    const updates = (conversation: string) =>
      desk.gateway.deliveries.filter((d) => d.kind === "update" && d.ref.conversation === conversation);
    const ack = updates(C_ACME).at(-1)?.message;
    expect(ack?.text).toContain("T-1 is resolved.");
    expect(ack?.text).toContain("If anything is still wrong, reply in this thread and we will reopen it.");
    expect(ack?.text).not.toContain("add details");
    expect(ack?.actions ?? []).toEqual([]);
    expect(updates(T_TRIAGE).at(-1)?.message.text).toContain("Next update: stopped");
    await desk.command(U_ALICE, T_TRIAGE, "resolve T-1");
    expect(desk.gateway.lastAnswer().message.text).toContain("T-1 is resolved, so it cannot become resolved");
    await desk.post(U_CARLA, C_ACME, "Still failing for card payments", message);
    expect((await desk.store.get(1))?.status).toBe("open");
    expect(desk.gateway.textsIn(T_TRIAGE).join("\n")).toContain("T-1 reopened by the client's reply.");
    await desk.command(U_BOB, T_TRIAGE, "close T-1");
    await desk.post(U_CARLA, C_ACME, "hello?", message);
    expect(desk.gateway.textsIn(C_ACME, message).at(-1)).toBe(
      "T-1 is closed. Post a new message in the channel to open a new ticket.",
    );
    expect((await desk.store.get(1))?.status).toBe("closed");
  });
});

describe("edits, forms and outages", () => {
  it("records an edit of the opening message without opening a second ticket", async () => {
    const desk = await aDesk();
    const { message } = await desk.post(U_CARLA, C_ACME, "Checkout is down");
    await desk.send({
      type: "message.edited",
      user: U_CARLA,
      conversation: { platform: "slack", conversation: C_ACME },
      message,
      text: "Checkout is down for card payments only",
    });
    const ticket = await desk.store.get(1);
    expect(ticket?.description).toBe("Checkout is down for card payments only");
    expect(ticket?.history.map((h) => h.type)).toEqual(["opened", "message_edited"]);
    expect(await desk.store.list({})).toHaveLength(1);
    expect(desk.gateway.textsIn(T_TRIAGE).at(-1)).toBe(
      "Carla edited a message on T-1: Checkout is down for card payments only",
    );
  });

  it("opens a ticket from a form with impact and workaround, and from the `new` command", async () => {
    const desk = await aDesk();
    const outcome = await desk.send({
      type: "ticket.requested",
      user: U_GREG,
      conversation: { platform: "slack", conversation: C_GLOBEX },
      title: "VPN drops every hour",
      description: "Since Monday",
      impact: "team",
      workaround: "no",
    });
    expect(outcome).toEqual({ outcome: "handled", ticket: 1 });
    const ticket = await desk.store.get(1);
    expect(ticket).toMatchObject({
      title: "VPN drops every hour",
      policy: "managed-helpdesk",
      priority: { level: "P3" },
    });
    expect(ticket?.clientThread.thread).toBe(ticket?.clientCard?.message);
    await desk.command(U_CARLA, C_ACME, "new Exports are slow");
    expect(desk.gateway.lastAnswer().message.text).toBe("Opened T-2.");
  });

  it("keeps the ticket when the chat platform is down, and answers later messages once it is back", async () => {
    const desk = await aDesk();
    desk.gateway.failing = true;
    expect((await desk.post(U_CARLA, C_ACME, "Checkout is down")).outcome).toEqual({
      outcome: "handled",
      ticket: 1,
    });
    desk.gateway.failing = false;
    expect((await desk.store.get(1))?.status).toBe("open");
    await desk.command(U_ALICE, T_TRIAGE, "status T-1");
    expect(desk.gateway.lastAnswer().message.text).toMatch(/^T-1: Checkout is down/);
  });
});

describe("one outage, several customers", () => {
  it("links a report to the incident and fans the incident's updates out to every client", async () => {
    const desk = await aDesk();
    const acme = await desk.post(U_CARLA, C_ACME, "Checkout is down for all users");
    const globex = await desk.post(U_GREG, C_GLOBEX, "Payments fail everywhere, system down");
    await desk.command(U_ALICE, T_TRIAGE, "link T-2 T-1");
    expect((await desk.store.get(2))?.links.duplicateOf).toBe(1);
    expect((await desk.store.get(1))?.links.duplicates).toEqual([2]);
    desk.clock.advance(10);
    await desk.command(
      U_ALICE,
      T_TRIAGE,
      "update T-1 The payment provider is failing over, next update in 30 min",
    );
    expect(desk.gateway.textsIn(C_ACME, acme.message).at(-1)).toBe(
      "Update on T-1: The payment provider is failing over, next update in 30 min",
    );
    expect(desk.gateway.textsIn(C_GLOBEX, globex.message).at(-1)).toBe(
      "Update on incident T-1 (your T-2): The payment provider is failing over, next update in 30 min",
    );
    expect(desk.gateway.lastAnswer().message.text).toBe(
      "Update posted to the client of T-1 and 1 linked ticket(s).",
    );
    expect(await desk.command(U_ALICE, T_TRIAGE, "link T-1 T-1")).toMatchObject({ outcome: "invalid" });
  });

  it("loses neither of two agents' claims made at the same moment: one wins, the other is told", async () => {
    const desk = await aDesk();
    await desk.post(U_CARLA, C_ACME, "Checkout is down for all users");
    const outcomes = await Promise.all([
      desk.command(U_ALICE, T_TRIAGE, "claim T-1"),
      desk.command(U_BOB, T_TRIAGE, "claim T-1"),
    ]);
    const ticket = await desk.store.get(1);
    expect(ticket?.history.filter((h) => h.type === "claimed")).toHaveLength(1);
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(["handled", "refused"]);
    const loser = ticket?.assignee?.id === U_ALICE.id ? "Bob" : "Alice";
    const refusal = desk.gateway.deliveries.find((d) => d.message.visibleTo?.name === loser)?.message.text;
    expect(refusal).toMatch(/^T-1 is claimed by (Alice|Bob); use `assign T-1 @you` to take it over\.$/);
  });
});

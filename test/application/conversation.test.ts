import { describe, expect, it, vi } from "vitest";
import { aDesk, C_ACME, T_TRIAGE, U_ALICE, U_BOB, U_CARLA } from "../support/desk.js";

const OUTAGE = "Our checkout is down for all users, nobody can pay";

async function openedTicket() {
  const desk = await aDesk();
  const { outcome, message } = await desk.post(U_CARLA, C_ACME, OUTAGE);
  const ticket = await desk.store.get(1);
  if (ticket === undefined) throw new Error("no ticket");
  return { ...desk, outcome, message, ticket, triageThread: ticket.triageThread?.thread as string };
}

describe("a client opens a ticket", () => {
  it("answers in the client's thread with the number, the suggested priority and the deadlines", async () => {
    const { outcome, gateway, message, ticket } = await openedTicket();
    expect(outcome).toEqual({ outcome: "handled", ticket: 1 });
    const [ack] = gateway.postsIn(C_ACME, message);
    expect(ack?.message.text).toContain("We have opened T-1. Priority: P2 (Major), suggested.");
    expect(ack?.message.text).toContain("First response: Tue 3 Mar 10:00 CET (in 1h 0m)");
    expect(ack?.message.text).toContain("Next update: Tue 3 Mar 09:30 CET (in 30m)");
    expect(ticket).toMatchObject({
      customer: "acme",
      policy: "cm-connect-engage",
      status: "open",
      assignee: null,
    });
    expect(ticket.priority).toMatchObject({ level: "P2", by: "suggestion" });
    expect(ticket.priority.reason).toContain('"is down"');
    expect(ticket.history.map((h) => h.type)).toEqual(["opened"]);
  });

  it("posts a card with a Claim button in the triage channel and starts the triage thread on it", async () => {
    const { gateway, ticket } = await openedTicket();
    const [card] = gateway.postsIn(T_TRIAGE);
    expect(card?.message.title).toBe(`T-1: ${OUTAGE}`);
    expect(card?.message.fields).toContainEqual({ label: "Customer", value: "Acme" });
    expect(card?.message.actions?.[0]).toMatchObject({ id: "ticket.claim", data: { ticket: "1" } });
    expect(ticket.triageThread).toEqual({
      platform: "slack",
      conversation: T_TRIAGE,
      thread: card?.ref.message,
    });
  });

  it("ignores the same platform event delivered again", async () => {
    const desk = await aDesk();
    const event = {
      type: "message.posted",
      eventId: "Ev-retried",
      user: U_CARLA,
      conversation: { platform: "slack", conversation: C_ACME },
      message: "1700000001.000100",
      text: OUTAGE,
    };
    expect(await desk.desk.receive(event as never)).toEqual({ outcome: "handled", ticket: 1 });
    const sent = desk.gateway.deliveries.length;
    expect(await desk.desk.receive(event as never)).toEqual({ outcome: "duplicate" });
    expect(desk.gateway.deliveries.length).toBe(sent);
    expect(await desk.store.list({})).toHaveLength(1);
  });

  it("ignores bots, agents' own posts in a customer channel and channels of no customer", async () => {
    const desk = await aDesk();
    expect((await desk.post({ ...U_CARLA, isBot: true }, C_ACME, OUTAGE)).outcome).toEqual({
      outcome: "ignored",
    });
    expect((await desk.post(U_ALICE, C_ACME, "Maintenance tonight at 22:00")).outcome).toEqual({
      outcome: "ignored",
    });
    expect((await desk.post(U_CARLA, "C0RANDOM", OUTAGE)).outcome).toEqual({ outcome: "ignored" });
    expect(desk.gateway.deliveries).toEqual([]);
  });
});

describe("agents work the ticket", () => {
  it("a claim in the triage thread assigns it, tells the client and redraws the card", async () => {
    const { command, gateway, store, message, triageThread } = await openedTicket();
    expect(await command(U_ALICE, T_TRIAGE, "claim", triageThread)).toEqual({ outcome: "handled" });
    const ticket = await store.get(1);
    expect(ticket).toMatchObject({ status: "in_progress", assignee: { id: U_ALICE.id } });
    expect(gateway.textsIn(C_ACME, message)).toContain("Alice from support is looking into T-1.");
    const card = gateway.deliveries
      .filter((d) => d.kind === "update" && d.ref.conversation === T_TRIAGE)
      .at(-1);
    expect(card?.message.fields).toContainEqual({ label: "Assignee", value: "Alice" });
    expect(gateway.lastAnswer().message).toMatchObject({ text: "You claimed T-1.", visibleTo: U_ALICE });
  });

  it("relays an agent's reply to the client and the client's answer back, and meets the first response", async () => {
    const { post, gateway, store, clock, reading, message, triageThread } = await openedTicket();
    clock.advance(20);
    await post(U_ALICE, T_TRIAGE, "We are on it, can you share an order id?", triageThread);
    expect(gateway.textsIn(C_ACME, message)).toContain(
      "Alice (support): We are on it, can you share an order id?",
    );
    clock.advance(5);
    await post(U_CARLA, C_ACME, "Order 4711", message);
    expect(gateway.textsIn(T_TRIAGE, triageThread)).toContain("Carla (client): Order 4711");
    expect((await store.get(1))?.status).toBe("customer_reply");
    const first = await reading(1, "first_response");
    expect(first).toMatchObject({ state: "met", stoppedAt: Date.parse("2026-03-03T09:20:00+01:00") });
  });

  it("relays a client's reply that arrives while the triage card is still being posted, under the card", async () => {
    const { desk, dispatcher, gateway, store } = await aDesk();
    const release = gateway.holdPostsTo(T_TRIAGE);
    const message = (eventId: string, id: string, text: string, thread?: string) =>
      desk.receive({
        type: "message.posted",
        eventId,
        user: U_CARLA,
        conversation: { platform: "slack", conversation: C_ACME, ...(thread && { thread }) },
        message: id,
        text,
      });
    await message("Ev1", "m-root", "Our checkout is down for all users");
    const sending = dispatcher.runDue();
    await vi.waitFor(() => expect(gateway.postsIn(C_ACME, "m-root")).toHaveLength(1));
    // The ticket is open and its client answered while its card is still on its way.
    expect((await store.get(1))?.status).toBe("open");
    await message("Ev2", "m-reply", "Also the invoices page", "m-root");
    expect(gateway.postsIn(T_TRIAGE)).toHaveLength(0);
    release();
    await sending;
    await dispatcher.runDue();
    const thread = (await store.get(1))?.triageThread?.thread as string;
    expect(gateway.postsIn(T_TRIAGE).map((d) => d.message.title ?? d.message.text)).toEqual([
      "T-1: Our checkout is down for all users",
      "Carla (client): Also the invoices page",
    ]);
    expect(gateway.postsIn(T_TRIAGE, thread).map((d) => d.message.text)).toEqual([
      "Carla (client): Also the invoices page",
    ]);
  });

  it("keeps internal notes from the client", async () => {
    const { post, command, gateway, store, message, triageThread } = await openedTicket();
    await post(U_ALICE, T_TRIAGE, "note: looks like the payment provider again", triageThread);
    await command(U_BOB, T_TRIAGE, "note T-1 paging the payments team");
    const clientTexts = gateway.textsIn(C_ACME, message).join("\n");
    expect(clientTexts).not.toContain("payment provider");
    expect(clientTexts).not.toContain("payments team");
    const notes = (await store.get(1))?.history.filter((h) => h.type === "note").map((h) => h.text);
    expect(notes).toEqual(["looks like the payment provider again", "paging the payments team"]);
    const ticket = await store.get(1);
    expect(ticket?.status).toBe("open");
  });

  it("marks the first response breached when nobody answers in time, and lists the ticket as breaching", async () => {
    const { command, gateway, clock, reading } = await openedTicket();
    clock.advance(61);
    await command(U_ALICE, T_TRIAGE, "status T-1");
    expect(gateway.lastAnswer().message.text).toContain(
      "First response (breached): Tue 3 Mar 10:00 CET (1m overdue)",
    );
    await command(U_ALICE, T_TRIAGE, "list breaching");
    expect(gateway.lastAnswer().message.text).toContain("Tickets past an SLA deadline (1):");
    // Saved again while late (an internal note), the ticket still counts as past its deadline.
    await command(U_BOB, T_TRIAGE, "note T-1 checking the payment provider");
    await command(U_ALICE, T_TRIAGE, "list breaching");
    expect(gateway.lastAnswer().message.text).toContain("Tickets past an SLA deadline (1):");
    await command(U_ALICE, T_TRIAGE, "reply T-1 Sorry for the wait, looking now");
    const first = await reading(1, "first_response");
    expect(first).toMatchObject({ state: "breached", breaches: 1 });
  });

  it("re-targets the clocks when an agent changes the priority, and tells the client why", async () => {
    const { post, command, gateway, store } = await aDesk();
    const { message } = await post(U_CARLA, C_ACME, "Typo on the invoice page footer, not urgent");
    expect((await store.get(1))?.priority.level).toBe("P5");
    await command(U_BOB, T_TRIAGE, "priority T-1 P1 all invoices are wrong, not a typo");
    const ticket = await store.get(1);
    expect(ticket?.priority).toMatchObject({
      level: "P1",
      by: "agent",
      reason: "all invoices are wrong, not a typo",
    });
    expect(ticket?.dueAt).toBe(Date.parse("2026-03-03T09:15:00+01:00"));
    const told = gateway.textsIn(C_ACME, message).at(-1);
    expect(told).toContain("T-1 priority changed from P5 to P1 by Bob: all invoices are wrong, not a typo");
    expect(told).toContain("First response: Tue 3 Mar 10:00 CET");
    expect(told).toContain("Next update: Tue 3 Mar 09:15 CET");
  });
});

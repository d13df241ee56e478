import { describe, expect, it } from "vitest";
import { NEW_TICKET_ACTION } from "../../src/application/new-ticket-form.js";
import { CHATTER } from "../fixtures/chatter.js";
import { aDesk, C_ACME, U_ALICE, U_CARLA, U_DAVE } from "../support/desk.js";

describe("messages that ask for nothing yet", () => {
  it('answers "hello?" once in its thread with a button that opens a ticket, and opens none', async () => {
    const desk = await aDesk();
    const { outcome, message } = await desk.post(U_CARLA, C_ACME, "hello?");
    expect(outcome).toMatchObject({ outcome: "handled" });
    expect(outcome).not.toHaveProperty("ticket");
    expect(await desk.store.get(1)).toBeUndefined();
    const answer = desk.gateway.postsIn(C_ACME, message);
    expect(answer.map((d) => d.message.text)).toEqual([
      "Do you need help with something? Describe the problem here, or press Open a ticket.",
    ]);
    const button = answer[0]?.message.actions?.[0];
    expect(button).toMatchObject({ id: NEW_TICKET_ACTION, label: "Open a ticket" });

    // Asked again the same day: nothing more.
    const again = await desk.post(U_CARLA, C_ACME, "hello??");
    expect(desk.gateway.postsIn(C_ACME, again.message)).toEqual([]);

    // The button's form opens the ticket in that thread.
    const opened = await desk.send({
      type: "action.clicked",
      user: U_CARLA,
      conversation: { platform: "slack", conversation: C_ACME, thread: message },
      action: NEW_TICKET_ACTION,
      data: button?.data ?? {},
      fields: { title: "Invoices page is blank", description: "Since this morning", impact: "all" },
    });
    expect(opened).toMatchObject({ outcome: "handled", ticket: 1 });
    expect(await desk.store.get(1)).toMatchObject({ title: "Invoices page is blank", customer: "acme" });
    expect(desk.gateway.textsIn(C_ACME, message).join("\n")).toContain("We have opened T-1");
  });

  it("opens no ticket and pages nobody for any of them, while a short real problem opens one", async () => {
    const desk = await aDesk();
    for (const text of CHATTER) await desk.post(U_CARLA, C_ACME, text);
    await desk.tickAt("2026-03-03T09:05:00+01:00");
    await desk.tickAt("2026-03-03T10:00:00+01:00");
    expect(await desk.store.get(1)).toBeUndefined();
    expect(desk.gateway.dmsTo(U_ALICE.id)).toEqual([]);
    expect(desk.gateway.dmsTo(U_DAVE.id)).toEqual([]);
    await desk.post(U_CARLA, C_ACME, "checkout down!");
    expect(await desk.store.get(1)).toMatchObject({ customer: "acme" });
  });
});

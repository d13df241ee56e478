import { describe, expect, it } from "vitest";
import { aDesk, C_ACME, T_TRIAGE, U_ALICE, U_CARLA, U_DAVE } from "../support/desk.js";

async function deskWithTicket() {
  const desk = await aDesk();
  await desk.post(U_CARLA, C_ACME, "The reports page is slow for me");
  return desk;
}

const menu = (action: string, choice?: string) => ({
  type: "action.clicked",
  user: U_ALICE,
  conversation: { platform: "slack", conversation: T_TRIAGE },
  action,
  data: { ticket: "1" },
  ...(choice !== undefined && { choice }),
});

describe("the ticket card's menus", () => {
  it("offers Assign as a people menu and Priority as the contract's levels", async () => {
    const { gateway } = await deskWithTicket();
    const card = gateway.postsIn(T_TRIAGE)[0]?.message;
    const assign = card?.actions?.find((a) => a.id === "ticket.assign");
    const priority = card?.actions?.find((a) => a.id === "ticket.priority");
    expect(assign?.menu).toEqual({ people: true });
    expect(priority?.menu && "options" in priority.menu && priority.menu.options.map((o) => o.value)).toEqual(
      ["P1", "P2", "P3", "P4", "P5"],
    );
  });

  it("assigns the picked agent and reprioritises to the picked level", async () => {
    const { send, store } = await deskWithTicket();
    expect(await send(menu("ticket.assign", U_DAVE.id))).toEqual({ outcome: "handled" });
    expect((await store.get(1))?.assignee?.id).toBe(U_DAVE.id);
    await send(menu("ticket.priority", "P2"));
    expect((await store.get(1))?.priority).toMatchObject({ level: "P2", by: "agent" });
  });

  it("answers a pick it cannot use with a reason and changes nothing", async () => {
    const { send, store } = await deskWithTicket();
    const before = await store.get(1);
    expect(await send(menu("ticket.assign"))).toMatchObject({ outcome: "invalid", reason: /pick the agent/ });
    expect(await send(menu("ticket.priority", "P9"))).toMatchObject({ outcome: "invalid" });
    expect(await send(menu("ticket.assign", U_CARLA.id))).toMatchObject({
      outcome: "refused",
      reason: /not on the support team/,
    });
    expect(await send({ ...menu("ticket.claim"), value: "x1" })).toMatchObject({
      outcome: "invalid",
      reason: /names no ticket/,
    });
    expect((await store.get(1))?.version).toBe(before?.version);
  });
});

describe("the client's urgency buttons", () => {
  it("confirm the suggested level or raise it, never lower it", async () => {
    const { send, store, gateway, post } = await aDesk();
    await post(U_CARLA, C_ACME, "Typo on the invoice page footer, not urgent");
    expect((await store.get(1))?.priority).toMatchObject({ level: "P5", by: "suggestion" });
    const ack = gateway.postsIn(C_ACME)[0]?.message;
    expect(ack?.actions?.map((a) => a.label)).toEqual([
      "Raise to P1",
      "Raise to P2",
      "Raise to P3",
      "Raise to P4",
      "P5: confirm",
    ]);
    const click = (level: string) =>
      send({
        type: "action.clicked",
        user: U_CARLA,
        conversation: { platform: "slack", conversation: C_ACME },
        action: "ticket.priority",
        data: { ticket: "1", level },
      });
    await click("P5");
    expect((await store.get(1))?.priority).toMatchObject({ level: "P5", by: "client" });
    expect(gateway.textsIn(T_TRIAGE).join("\n")).toContain("Carla confirmed P5.");
    const acks = gateway.deliveries.filter((d) => d.kind === "update" && d.ref.conversation === C_ACME);
    expect(acks.at(-1)?.message.actions?.map((a) => a.label)).toEqual([
      "Raise to P1",
      "Raise to P2",
      "Raise to P3",
      "Raise to P4",
    ]);
    await click("P5");
    expect(gateway.lastAnswer().message.text).toBe("T-1 is already P5.");
    await click("P2");
    expect((await store.get(1))?.priority).toMatchObject({ level: "P2", by: "client" });
  });
});

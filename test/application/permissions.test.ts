import { describe, expect, it } from "vitest";
import { aDesk, C_ACME, C_GLOBEX, T_TRIAGE, U_ALICE, U_CARLA, U_GREG } from "../support/desk.js";

async function twoCustomers() {
  const desk = await aDesk();
  await desk.post(U_CARLA, C_ACME, "Our checkout is down for all users");
  await desk.post(U_GREG, C_GLOBEX, "Password reset email never arrives for one user");
  desk.gateway.clear();
  return desk;
}

describe("who may do what", () => {
  it("refuses a client's claim with a reason and changes nothing", async () => {
    const { command, gateway, store } = await twoCustomers();
    const before = await store.get(1);
    const outcome = await command(U_CARLA, C_ACME, "claim T-1");
    expect(outcome).toMatchObject({ outcome: "refused" });
    expect(gateway.lastAnswer().message).toMatchObject({ visibleTo: U_CARLA });
    expect(gateway.lastAnswer().message.text).toMatch(/^Only the support team can claim tickets/);
    expect(await store.get(1)).toEqual(before);
  });

  it("shows a client its own ticket's status and hides other customers' tickets", async () => {
    const { command, gateway } = await twoCustomers();
    await command(U_CARLA, C_ACME, "status T-1");
    expect(gateway.lastAnswer().message.text).toMatch(/^T-1: Our checkout is down/);
    // Another customer's ticket and a ticket that does not exist get the same answer: a client cannot
    // learn which numbers exist.
    expect(await command(U_CARLA, C_ACME, "status T-2")).toMatchObject({ outcome: "invalid" });
    const otherCustomers = gateway.lastAnswer().message.text;
    expect(await command(U_CARLA, C_ACME, "status T-50")).toMatchObject({ outcome: "invalid" });
    expect(gateway.lastAnswer().message.text.replace("T-50", "T-2")).toBe(otherCustomers);
    expect(otherCustomers).toBe("There is no ticket T-2. Try `list` to see open tickets.");
    await command(U_CARLA, C_ACME, "list open");
    expect(gateway.lastAnswer().message.text).toContain("Open tickets for Acme (1)");
    expect(gateway.lastAnswer().message.text).not.toContain("Password reset");
  });

  it("lets a client raise the priority of its own ticket but not lower it", async () => {
    const { command, store, gateway } = await twoCustomers();
    expect((await store.get(2))?.priority.level).not.toBe("P1");
    const start = (await store.get(2))?.priority.level;
    expect(await command(U_GREG, C_GLOBEX, "priority T-2 P5")).toMatchObject({ outcome: "refused" });
    expect(gateway.lastAnswer().message.text).toContain(
      `Only the support team can lower a ticket's priority. T-2 stays ${start}.`,
    );
    await command(U_GREG, C_GLOBEX, "priority T-2 P2 the whole sales team is locked out");
    expect((await store.get(2))?.priority).toMatchObject({ level: "P2", by: "client" });
  });

  it("answers an unknown or malformed command with its usage, changing nothing", async () => {
    const { command, gateway, store } = await twoCustomers();
    await command(U_ALICE, T_TRIAGE, "clam T-1");
    expect(gateway.lastAnswer().message.text).toMatch(/^"clam" is not a command\. Usage: help \| new/);
    await command(U_ALICE, T_TRIAGE, "assign T-1");
    expect(gateway.lastAnswer().message.text).toContain("Usage: assign [T-n] @user");
    await command(U_ALICE, T_TRIAGE, "claim");
    expect(gateway.lastAnswer().message.text).toContain("say which ticket");
    await command(U_ALICE, T_TRIAGE, "assign T-1 @greg");
    expect(gateway.lastAnswer().message.text).toBe(
      "greg is not on the support team; only agents can be assigned.",
    );
    expect((await store.get(1))?.history.map((h) => h.type)).toEqual(["opened"]);
  });

  it("shows a client only what a client can do", async () => {
    const { command, gateway } = await twoCustomers();
    await command(U_CARLA, C_ACME, "help");
    const help = gateway.lastAnswer().message.text;
    expect(help).toContain("list (your open tickets)");
    expect(help).not.toMatch(/claim|assign|mine|unassigned|breaching|oncall|note/);
    await command(U_CARLA, C_ACME, "clam T-1");
    expect(gateway.lastAnswer().message.text).toBe(
      '"clam" is not a command. Usage: help | new <what happened> | status [T-n] | list (your open tickets) | ' +
        "priority [T-n] <a more urgent level> [why] | reopen [T-n] | " +
        "report compliance|availability [period, e.g. 2026-Q1] (your contract's figures)",
    );
  });

  it("rejects a malformed event without touching anything", async () => {
    const { desk, gateway } = await twoCustomers();
    const outcome = await desk.handle({ type: "message.posted", eventId: "", user: { id: "U1" } });
    expect(outcome).toMatchObject({ outcome: "invalid" });
    expect(gateway.deliveries).toEqual([]);
  });
});

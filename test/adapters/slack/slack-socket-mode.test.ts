import { afterEach, describe, expect, it, vi } from "vitest";
import { C_ACME, T_TRIAGE, U_ALICE, U_CARLA } from "../../support/desk.js";
import { aSlackDesk } from "../../support/slack-desk.js";

let desk: Awaited<ReturnType<typeof aSlackDesk>>;
afterEach(async () => {
  await desk?.stop();
});

const settle = { timeout: 3000, interval: 10 };

describe("Slack over Socket Mode (the default)", () => {
  it("connects with the app token, opens a ticket from an envelope, and takes a command and a button click", async () => {
    desk = await aSlackDesk("socket");
    expect(desk.slack.callsOf("apps.connections.open")).toHaveLength(1);
    await vi.waitFor(() => expect(desk.slack.socketConnected).toBe(true), settle);
    const { ts } = await desk.message(U_CARLA.id, C_ACME, "Our checkout is down for all users");
    await vi.waitFor(() => expect(desk.slack.posted(C_ACME, ts)).toHaveLength(1), settle);
    expect(desk.slack.posted(C_ACME, ts)[0]?.args.text).toContain("We have opened T-1");
    await desk.command(U_ALICE.id, T_TRIAGE, "claim T-1");
    await vi.waitFor(async () => expect((await desk.store.get(1))?.assignee?.id).toBe(U_ALICE.id), settle);
    await desk.click(U_ALICE.id, T_TRIAGE, "ticket.resolve#1", "1");
    await vi.waitFor(async () => expect((await desk.store.get(1))?.status).toBe("resolved"), settle);
  });
});

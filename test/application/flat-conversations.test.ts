import { describe, expect, it } from "vitest";
import type { DeskConfigInput } from "../../src/config/desk-config.js";
import { aDesk, DESK_CONFIG, T_TRIAGE, U_ALICE } from "../support/desk.js";

const GROUP_CHAT = "19:contoso-chat@thread.v2";
const TESS = { platform: "teams", id: "aad-tess", name: "Tess" } as const;
const CLIENT = { platform: "teams", id: "aad-carl", name: "Carl" } as const;
const CONFIG: DeskConfigInput = {
  ...DESK_CONFIG,
  customers: [
    ...(DESK_CONFIG.customers ?? []),
    { id: "contoso", name: "Contoso", channels: [{ platform: "teams", conversation: GROUP_CHAT }] },
  ],
  agents: [...(DESK_CONFIG.agents ?? []), { platform: "teams", id: TESS.id, name: "Tess" }],
};

describe("conversations without threads (Teams group and one-to-one chats)", () => {
  it("gives a chat's messages to its open ticket, opens a new one once it is resolved, and reads a team member's one-to-one messages as commands", async () => {
    const desk = await aDesk(CONFIG);
    const say = (text: string, n: number, user: typeof CLIENT | typeof TESS = CLIENT) =>
      desk.send({
        type: "message.posted",
        user,
        conversation: { platform: "teams", conversation: GROUP_CHAT },
        message: `m${n}`,
        text,
        kind: "flat",
      });
    expect(await say("Our invoices no longer sync to the ledger", 1)).toMatchObject({
      outcome: "handled",
      ticket: 1,
    });
    expect(await say("It started this morning for every invoice", 2)).toMatchObject({
      outcome: "handled",
      ticket: 1,
    });
    expect((await desk.store.list({})).map((t) => t.id)).toEqual([1]);
    expect((await desk.store.get(1))?.history.map((h) => h.type)).toContain("customer_reply");
    expect((await desk.store.get(1))?.clientThread).toMatchObject({
      platform: "teams",
      conversation: GROUP_CHAT,
    });
    // A team member's message in the chat answers the client.
    expect(await say("Looking into it now", 3, TESS)).toMatchObject({ outcome: "handled", ticket: 1 });
    expect((await desk.store.get(1))?.status).toBe("answered");

    // In Tess's one-to-one chat with the desk, her messages are commands.
    const personal = { platform: "teams" as const, conversation: "a:tess-personal" };
    await desk.send({
      type: "message.posted",
      user: TESS,
      conversation: personal,
      message: "p1",
      text: "resolve T-1",
      kind: "personal",
    });
    expect((await desk.store.get(1))?.status).toBe("resolved");
    expect(desk.gateway.lastAnswer().message.text).toBe("T-1 is resolved.");

    expect(await say("Now the payments page is blank", 4)).toMatchObject({ outcome: "handled", ticket: 2 });
    // Assigning across platforms: a Slack agent gives the ticket to a Teams agent by mention.
    await desk.send({
      type: "command.invoked",
      user: U_ALICE,
      conversation: { platform: "slack", conversation: T_TRIAGE },
      text: "assign T-2 @aad-tess",
      mentions: [TESS],
    });
    expect((await desk.store.get(2))?.assignee).toMatchObject({ platform: "teams", id: "aad-tess" });
  });
});

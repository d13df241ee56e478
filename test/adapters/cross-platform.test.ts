import { afterEach, describe, expect, it } from "vitest";
import type { DeskConfigInput } from "../../src/config/desk-config.js";
import { FakeConnector } from "../fakes/fake-connector.js";
import { aDeskOnSlackAndTeams } from "./../support/both-platforms-desk.js";
import { C_ACME, C_ESCALATION, T_TRIAGE, U_ALICE, U_BOB, U_CARLA } from "../support/desk.js";
import { CONTOSO_CHAT, TEAMS_INCIDENTS, TEAMS_PEOPLE, TEAMS_TRIAGE } from "../support/teams-desk.js";
import { addressedTo } from "../support/teams-driver.js";

type Desk = Awaited<ReturnType<typeof aDeskOnSlackAndTeams>>;
let desk: Desk | undefined;
afterEach(async () => {
  await desk?.stop();
  desk = undefined;
});

const oncall = {
  zone: "Europe/Amsterdam",
  handover: "mon 09:00",
  since: "2026-03-02",
} as const;

/** Clients on Slack (Acme) and in a Teams group chat (Contoso); the agents work where the triage channel is. */
const customers: DeskConfigInput["customers"] = [
  { id: "acme", name: "Acme", channels: [{ platform: "slack", conversation: C_ACME }] },
  { id: "contoso", name: "Contoso", channels: [{ platform: "teams", conversation: CONTOSO_CHAT }] },
];

describe("one desk on Slack and Teams", () => {
  it("lets agents on Teams claim and answer a ticket a client opened on Slack; the reply reaches the Slack thread", async () => {
    desk = await aDeskOnSlackAndTeams({
      triage: { platform: "teams", conversation: TEAMS_TRIAGE },
      escalationChannel: { platform: "teams", conversation: TEAMS_INCIDENTS },
      oncall: { ...oncall, people: [{ platform: "teams", id: "aad-alice" }] },
      customers,
      agents: [
        { platform: "teams", id: "aad-alice", name: "Alice" },
        { platform: "teams", id: "aad-bob", name: "Bob", role: "lead" },
      ],
    });
    const root = await desk.slackMessage(U_CARLA.id, C_ACME, "Our checkout is down for all users");
    await desk.settled();
    expect(desk.slack.posted(C_ACME, root)).toHaveLength(1);
    const card = desk.connector.posted(TEAMS_TRIAGE)[0];
    expect(FakeConnector.textOf(card)).toMatch(/T-1: Our checkout is down/);

    const pressed = await desk.teamsPress(
      TEAMS_PEOPLE.alice,
      `${TEAMS_TRIAGE};messageid=${card?.id}`,
      "ticket.claim",
      { desk: { ticket: "1" } },
    );
    expect(JSON.stringify(pressed.value)).toMatch(/Alice/);
    await desk.settled();
    expect((await desk.store.get(1))?.assignee).toMatchObject({ platform: "teams", id: "aad-alice" });

    await desk.teamsMessage(
      TEAMS_PEOPLE.alice,
      { channel: TEAMS_TRIAGE, thread: card?.id as string },
      "We are failing over to the backup provider, <at>Bob</at> is watching it",
      { entities: [{ type: "mention", text: "<at>Bob</at>", mentioned: TEAMS_PEOPLE.bob }] },
    );
    await desk.settled();
    const inSlackThread = desk.slack.posted(C_ACME, root).map((c) => JSON.stringify(c.args));
    // The colleague Alice mentions reaches the client by name, not by a Teams id.
    expect(inSlackThread.join("\n")).toContain(
      "We are failing over to the backup provider, @Bob is watching it",
    );
    expect(inSlackThread.join("\n")).toContain("Alice");

    // And back: the client's reply on Slack reaches the Teams triage thread.
    // A colleague the client mentions reaches the agents by name, not as Slack writes a mention.
    await desk.slackMessage(U_CARLA.id, C_ACME, "Payments work again, thanks. <@U0DAVE> will confirm", root);
    await desk.settled();
    const inTeamsThread = desk.connector.posted(TEAMS_TRIAGE, card?.id).map((s) => FakeConnector.textOf(s));
    expect(inTeamsThread.join("\n")).toContain("Payments work again, thanks. @Dave will confirm");
    expect(inTeamsThread.join("\n")).not.toContain("U0DAVE");
  });

  it("lets agents on Slack claim and answer a ticket a client opened in a Teams chat; the reply reaches the chat", async () => {
    desk = await aDeskOnSlackAndTeams({
      triage: { platform: "slack", conversation: T_TRIAGE },
      escalationChannel: { platform: "slack", conversation: C_ESCALATION },
      oncall: { ...oncall, people: [{ platform: "slack", id: U_ALICE.id }] },
      customers,
      agents: [
        { platform: "slack", id: U_ALICE.id, name: "Alice" },
        { platform: "slack", id: U_BOB.id, name: "Bob", role: "lead" },
      ],
    });
    await desk.teamsMessage(
      TEAMS_PEOPLE.carl,
      { chat: CONTOSO_CHAT },
      "Exports to Excel fail with error 500",
    );
    await desk.settled();
    expect(FakeConnector.textOf(desk.connector.posted(CONTOSO_CHAT)[0])).toMatch(/We have opened T-1/);
    const ticket = await desk.store.get(1);
    expect(ticket?.customer).toBe("contoso");
    const triageThread = ticket?.triageThread?.thread as string;
    expect(desk.slack.posted(T_TRIAGE).some((c) => c.result?.ts === triageThread)).toBe(true);

    await desk.slackCommand(U_BOB.id, T_TRIAGE, "claim T-1");
    await desk.settled();
    expect((await desk.store.get(1))?.assignee).toMatchObject({ platform: "slack", id: U_BOB.id });
    await desk.slackMessage(U_BOB.id, T_TRIAGE, "Looking into it now, a fix is on its way", triageThread);
    await desk.settled();
    const chat = desk.connector.posted(CONTOSO_CHAT).map((s) => FakeConnector.textOf(s));
    expect(chat.join("\n")).toContain("Looking into it now, a fix is on its way");

    // A client in Teams cannot run an agent's command on it: refused, and nothing changes.
    await desk.teamsMessage(TEAMS_PEOPLE.carl, { chat: CONTOSO_CHAT }, "", addressedTo("resolve T-1"));
    await desk.settled();
    expect((await desk.store.get(1))?.status).not.toBe("resolved");
    expect((await desk.store.get(1))?.assignee?.id).toBe(U_BOB.id);
  });
});

import { afterEach, describe, expect, it, vi } from "vitest";
import { SlackZonesDirectory } from "../../../adapters/slack/slack-directory.js";
import { SlackProfiles, slackWebClient } from "../../../adapters/slack/slack-web.js";
import { ConfigDirectory } from "../../../src/config/config-directory.js";
import { deskConfigSchema } from "../../../src/config/desk-config.js";
import { presetPolicy } from "../../../src/policies/presets.js";
import { silentLogger } from "../../../src/ports/logger.js";
import { FakeSlack } from "../../fakes/fake-slack.js";
import { C_ACME, DESK_CONFIG, T_TRIAGE, U_ALICE, U_CARLA, U_DAVE } from "../../support/desk.js";
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

describe("people's time zones from their Slack profiles", () => {
  it("fill in the zone of an agent the configuration gives none, and leave a configured zone alone", async () => {
    const slack = await new FakeSlack().start();
    try {
      slack.zones.set(U_ALICE.id, "Asia/Tokyo");
      const client = slackWebClient({ botToken: "xoxb-test", apiUrl: slack.apiUrl, logger: silentLogger });
      const profiles = new SlackProfiles(client, silentLogger);
      const policy = (id: string) => presetPolicy(id) as NonNullable<ReturnType<typeof presetPolicy>>;
      const directory = new SlackZonesDirectory(
        new ConfigDirectory(deskConfigSchema.parse(DESK_CONFIG), policy),
        profiles,
      );
      expect(directory.zoneOf(U_ALICE)).toBeUndefined();
      await profiles.prefetch([U_ALICE.id, U_DAVE.id]);
      expect(directory.zoneOf(U_ALICE)).toBe("Asia/Tokyo");
      expect(directory.zoneOf(U_DAVE)).toBe("America/New_York");
      expect(directory.leads().map((u) => u.id)).toEqual(["U0BOB"]);
    } finally {
      await slack.stop();
    }
  });
});

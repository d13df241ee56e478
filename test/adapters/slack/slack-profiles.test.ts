import { describe, expect, it } from "vitest";
import { SlackZonesDirectory } from "../../../adapters/slack/slack-directory.js";
import { SlackProfiles, slackWebClient } from "../../../adapters/slack/slack-web.js";
import { ConfigDirectory } from "../../../src/config/config-directory.js";
import { deskConfigSchema } from "../../../src/config/desk-config.js";
import { presetPolicy } from "../../../src/policies/presets.js";
import { silentLogger } from "../../../src/ports/logger.js";
import { FakeSlack } from "../../fakes/fake-slack.js";
import { DESK_CONFIG, U_ALICE, U_DAVE } from "../../support/desk.js";

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

describe("people mentioned in a message", () => {
  it("are named as Slack knows them, so a relay shows '@Alice', not '<@U0ALICE>'; one unknown keeps its id", async () => {
    const slack = await new FakeSlack().start();
    try {
      const client = slackWebClient({ botToken: "xoxb-test", apiUrl: slack.apiUrl, logger: silentLogger });
      const profiles = new SlackProfiles(client, silentLogger);
      const posted = await profiles.named({
        type: "message.posted",
        eventId: "Ev1",
        user: { platform: "slack", id: U_DAVE.id },
        conversation: { platform: "slack", conversation: "C1", thread: "1.0" },
        message: "1.1",
        text: "<@U0ALICE> and <@U0NOBODY|nobody> please look, cc <@U0ALICE>",
      });
      expect(posted.type === "message.posted" && posted.text).toBe(
        "@Alice and @nobody please look, cc @Alice",
      );
      expect(posted.user.name).toBe("Dave");
      const command = await profiles.named({
        type: "command.invoked",
        eventId: "Ev2",
        user: { platform: "slack", id: U_DAVE.id },
        conversation: { platform: "slack", conversation: "C1" },
        text: "assign @U0ALICE",
        mentions: [{ platform: "slack", id: "U0ALICE" }],
      });
      expect(command.type === "command.invoked" && command.text).toBe("assign @U0ALICE");
    } finally {
      await slack.stop();
    }
  });
});

import { describe, expect, it } from "vitest";
import { asWritten, fromMessageEvent, withMentions } from "../../../adapters/slack/slack-inbound.js";

describe("Slack's text, read as the person wrote it", () => {
  it("undoes Slack's escaping of &, < and >", () => {
    expect(asWritten("SMS &amp; WhatsApp down, calls &gt; 10 min drop &lt;sigh&gt;")).toBe(
      "SMS & WhatsApp down, calls > 10 min drop <sigh>",
    );
    // escaped once by Slack, decoded once: what the person typed as an entity stays one
    expect(asWritten("we see &amp;amp; in the export")).toBe("we see &amp; in the export");
  });

  it("reads links, channels and group mentions as their words", () => {
    expect(asWritten("see <https://status.example.com|our status page>")).toBe(
      "see our status page (https://status.example.com)",
    );
    expect(asWritten("see <https://status.example.com>")).toBe("see https://status.example.com");
    expect(asWritten("mail <mailto:ops@example.com|ops@example.com>")).toBe("mail ops@example.com");
    expect(asWritten("posted in <#C0123ABC|support>")).toBe("posted in #support");
    expect(asWritten("<!here> SMS down")).toBe("@here SMS down");
    expect(asWritten("<!subteam^S0123|@oncall> please look")).toBe("@oncall please look");
    // a person's mention stays as Slack writes it
    expect(asWritten("<@U024BE7LH> SMS down")).toBe("<@U024BE7LH> SMS down");
  });

  it("gives the core a posted message, an edit and a command as written", () => {
    const posted = fromMessageEvent(
      { type: "message", channel: "C1", user: "U1", ts: "1.1", text: "SMS &amp; WhatsApp down" },
      "Ev1",
      "UBOT",
    );
    expect(posted).toMatchObject({ type: "message.posted", text: "SMS & WhatsApp down" });
    const edited = fromMessageEvent(
      {
        type: "message",
        subtype: "message_changed",
        channel: "C1",
        ts: "1.2",
        message: { user: "U1", ts: "1.1", text: "SMS &amp; voice down" },
      },
      "Ev2",
      "UBOT",
    );
    expect(edited).toMatchObject({ type: "message.edited", text: "SMS & voice down" });
    expect(withMentions("reassign &lt;P1&gt; to <@U9|ann>")).toEqual({
      text: "reassign <P1> to @U9",
      mentions: [{ platform: "slack", id: "U9", name: "ann" }],
    });
  });
});

import { describe, expect, it } from "vitest";
import { activitySchema, textOf } from "../../../adapters/teams/teams-activity.js";

const activity = (text: string, entities: unknown[] = []) =>
  activitySchema.parse({
    type: "message",
    id: "1",
    text,
    entities,
    from: { id: "29:client", name: "Client" },
    recipient: { id: "28:desk", name: "Desk" },
    conversation: { id: "19:abc@thread.tacv2" },
    serviceUrl: "https://smba.trafficmanager.net/emea/",
    channelId: "msteams",
  });

describe("a Teams message's text, as the core reads it", () => {
  it("reads formatting as plain text: lines, list items, a link's words and address, no tags", () => {
    const { text } = textOf(
      activity(
        '<p><strong>URGENT</strong>: SMS &amp; voice down</p><ul><li>calls fail</li><li>SMS <em>not</em> sent</li></ul><p>See <a href="https://status.example.com">our status page</a></p><pre><code>Error 503</code></pre>',
      ),
    );
    expect(text).toBe(
      "URGENT: SMS & voice down\n\n- calls fail\n- SMS not sent\nSee our status page (https://status.example.com)\nError 503",
    );
  });

  it("keeps what the person typed that only looks like markup", () => {
    expect(textOf(activity("<p>the export shows &lt;b&gt; around names</p>")).text).toBe(
      "the export shows <b> around names",
    );
  });

  it("removes the desk's own mention and turns others into @id for a command, @Name as written", () => {
    const { text, written, addressed, mentions } = textOf(
      activity("<at>Desk</at> claim, cc <at>Ann</at>", [
        { type: "mention", text: "<at>Desk</at>", mentioned: { id: "28:desk", name: "Desk" } },
        { type: "mention", text: "<at>Ann</at>", mentioned: { id: "29:ann", name: "Ann" } },
      ]),
    );
    expect(addressed).toBe(true);
    expect(text).toBe("claim, cc @29:ann");
    expect(written).toBe("claim, cc @Ann");
    expect(mentions.map((m) => m.id)).toEqual(["29:ann"]);
  });
});

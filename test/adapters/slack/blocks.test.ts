import { describe, expect, it } from "vitest";
import { deskActionId, escapeSlackText, fallbackText, renderBlocks } from "../../../adapters/slack/blocks.js";
import { actionDataOf } from "../../../src/ports/chat-gateway.js";
import { blockProblems } from "../../fakes/fake-slack.js";

const texts = (blocks: Record<string, unknown>[]) =>
  blocks.map((b) => (b.text as { text: string } | undefined)?.text ?? "").join("");

describe("Slack blocks", () => {
  it("fit a huge text into Slack's limits and say where the whole text is", () => {
    const text = "x".repeat(200_000);
    const blocks = renderBlocks({
      title: "T".repeat(400),
      text,
      fields: Array.from({ length: 12 }, (_, i) => ({ label: `F${i}`, value: "v".repeat(3000) })),
      actions: Array.from({ length: 30 }, (_, i) => ({
        id: "ticket.claim",
        label: `B${i}`,
        data: { ticket: "7" },
      })),
      ticket: 7,
    });
    expect(blockProblems(blocks)).toEqual([]);
    expect(blocks).toHaveLength(50);
    expect(texts(blocks)).toContain("… (shortened to fit in Slack; ticket T-7 keeps the whole text)");
    // Buttons and fields are kept whole; the text gives way.
    expect(blocks.filter((b) => b.type === "actions")).toHaveLength(2);
    expect(blocks.filter((b) => b.type === "section" && b.fields !== undefined)).toHaveLength(2);
  });

  it("keep a text that fits whole, split over sections", () => {
    const text = `${"a".repeat(3000)}${"b".repeat(10)}`;
    const blocks = renderBlocks({ text });
    expect(blocks).toHaveLength(2);
    expect(texts(blocks)).toBe(text);
  });

  it("render menus as selects whose action ids carry the data back, and buttons with unique ids", () => {
    const blocks = renderBlocks({
      text: "card",
      actions: [
        { id: "ticket.claim", label: "Claim", data: { ticket: "12" } },
        { id: "ticket.assign", label: "Assign", data: { ticket: "12" }, menu: { people: true } },
        {
          id: "ticket.priority",
          label: "Priority",
          data: { ticket: "12" },
          menu: {
            options: [
              { label: "P1 Critical", value: "P1" },
              { label: "P2", value: "P2" },
            ],
          },
        },
      ],
    });
    expect(blockProblems(blocks)).toEqual([]);
    const elements = (blocks.at(-1)?.elements ?? []) as Record<string, unknown>[];
    expect(elements.map((e) => e.type)).toEqual(["button", "users_select", "static_select"]);
    expect(elements.map((e) => deskActionId(String(e.action_id)))).toEqual([
      { id: "ticket.claim" },
      { id: "ticket.assign", menuValue: '{"ticket":"12"}' },
      { id: "ticket.priority", menuValue: '{"ticket":"12"}' },
    ]);
    expect(actionDataOf(String(elements[0]?.value))).toEqual({ ticket: "12" });
    expect(elements[2]?.options).toHaveLength(2);
  });

  it("escape what Slack would read as a mention, a channel ping or a link", () => {
    expect(escapeSlackText("<!channel> <@U1> <https://x|y> & co")).toBe(
      "&lt;!channel&gt; &lt;@U1&gt; &lt;https://x|y&gt; &amp; co",
    );
    expect(fallbackText({ title: "<!here>", text: "x".repeat(5000) }).length).toBeLessThanOrEqual(3000);
  });
});

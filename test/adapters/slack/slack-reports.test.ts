import { afterEach, describe, expect, it, vi } from "vitest";
import { T_TRIAGE, U_ALICE } from "../../support/desk.js";
import { aSlackDesk } from "../../support/slack-desk.js";

type Desk = Awaited<ReturnType<typeof aSlackDesk>>;
let desk: Desk | undefined;
afterEach(async () => {
  await desk?.stop();
});

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe("Slack: a report asked for in chat", () => {
  it("arrives as one upload: the chart, with the summary as its comment, in the conversation it was asked in", async () => {
    desk = await aSlackDesk("http");
    const { slack } = desk;
    await desk.command(U_ALICE.id, T_TRIAGE, "report availability acme 2026-Q1");
    await vi.waitFor(() => expect(slack.callsOf("files.completeUploadExternal")).toHaveLength(1), {
      timeout: 10_000,
      interval: 10,
    });
    const done = slack.callsOf("files.completeUploadExternal")[0]?.args ?? {};
    expect(done.channel_id).toBe(T_TRIAGE);
    expect(String(done.initial_comment)).toContain("Acme: availability, 2026-Q1");
    expect(String(done.initial_comment)).toContain("Business Messaging: 100 % (commitment 99.99 %, met)");
    const [uploaded] = [...slack.uploads.values()];
    expect(uploaded?.includes(PNG_SIGNATURE)).toBe(true);
    expect(uploaded?.length).toBeGreaterThan(5000);
    // Nothing else was posted for it: the upload is the message.
    expect(slack.posted(T_TRIAGE)).toHaveLength(0);
  }, 30_000);
});

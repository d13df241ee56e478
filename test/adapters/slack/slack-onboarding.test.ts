import { afterEach, describe, expect, it, vi } from "vitest";
import { BOT_USER } from "../../fakes/fake-slack.js";
import { T_TRIAGE, U_BOB, U_CARLA } from "../../support/desk.js";
import { aSlackDesk } from "../../support/slack-desk.js";

type Desk = Awaited<ReturnType<typeof aSlackDesk>>;
type Element = { type: string; action_id: string; value?: string; text?: { text: string } };

const settle = { timeout: 10_000, interval: 10 };
const C_NEWCO = "C0NEWCO";
let desk: Desk | undefined;
afterEach(async () => {
  await desk?.stop();
});

const blocksOf = (args: Record<string, unknown>) =>
  (typeof args.blocks === "string" ? JSON.parse(args.blocks) : (args.blocks ?? [])) as {
    elements?: Element[];
  }[];

describe("Slack: the desk added to a channel no customer has", () => {
  it("asks in triage which customer it is for; a lead's New customer form adds one and links the channel", async () => {
    desk = await aSlackDesk("http");
    const { slack } = desk;
    slack.channelNames.set(C_NEWCO, "newco-support");
    // Someone else joining a channel the desk is in is not the desk's business.
    await desk.event({
      type: "member_joined_channel",
      user: "U0SOMEONE",
      channel: C_NEWCO,
      channel_type: "C",
    });
    await desk.event({
      type: "member_joined_channel",
      user: BOT_USER,
      channel: C_NEWCO,
      channel_type: "C",
      inviter: U_BOB.id,
    });
    await vi.waitFor(() => expect(slack.posted(T_TRIAGE)).toHaveLength(1), settle);
    const card = slack.posted(T_TRIAGE)[0];
    expect(String(card?.args.text)).toContain(
      "SLA Desk was added to #newco-support: which customer is this?",
    );
    const elements = blocksOf(card?.args ?? {}).flatMap((b) => b.elements ?? []);
    expect(elements.map((e) => e.type)).toEqual(["static_select", "button"]);
    const button = elements.find((e) => e.type === "button") as Element;
    expect(button.text?.text).toBe("New customer…");

    // The button opens the form at once; its fields are the customer's name, id, contract and plan.
    await desk.click(U_BOB.id, T_TRIAGE, button.action_id, button.value ?? "", String(card?.result?.ts));
    await vi.waitFor(() => expect(slack.callsOf("views.open")).toHaveLength(1), settle);
    const raw = slack.callsOf("views.open")[0]?.args.view as string | Record<string, unknown>;
    const view = (typeof raw === "string" ? JSON.parse(raw) : raw) as {
      callback_id: string;
      private_metadata: string;
      blocks: { block_id: string; element: { type: string } }[];
    };
    expect(view.blocks.map((b) => [b.block_id, b.element.type])).toEqual([
      ["field_name", "plain_text_input"],
      ["field_id", "plain_text_input"],
      ["field_policy", "static_select"],
      ["field_plan", "plain_text_input"],
    ]);
    await desk.submitView(U_BOB.id, {
      id: "V0NEWCO",
      callback_id: view.callback_id,
      private_metadata: view.private_metadata,
      state: {
        values: {
          field_name: { value: { type: "plain_text_input", value: "New Co" } },
          field_id: { value: { type: "plain_text_input", value: null } },
          field_policy: { value: { type: "static_select", selected_option: { value: "celigo" } } },
          field_plan: { value: { type: "plain_text_input", value: "premier" } },
        },
      },
    });
    await vi.waitFor(
      () =>
        expect(slack.callsOf("chat.postEphemeral").map((c) => String(c.args.text))).toContain(
          "Added New Co (new-co) on Celigo integrator.io, plan premier. Linked #newco-support to New Co: a client's message there now opens a ticket on Celigo integrator.io.",
        ),
      settle,
    );
    await vi.waitFor(() => expect(slack.posted(C_NEWCO)).toHaveLength(1), settle);

    const { ts } = await desk.message(U_CARLA.id, C_NEWCO, "Our exports fail for everyone");
    await vi.waitFor(() => expect(slack.posted(C_NEWCO, ts)).toHaveLength(1), settle);
    expect(String(slack.posted(C_NEWCO, ts)[0]?.args.text)).toContain("We have opened T-1");
    expect(await desk.store.get(1)).toMatchObject({ customer: "new-co", policy: "celigo", plan: "premier" });
  }, 30_000);
});

import { describe, expect, it } from "vitest";
import { LINK_CHANNEL_ACTION, NEW_CUSTOMER_ACTION } from "../../src/application/channel-onboarding.js";
import { Desk } from "../../src/application/desk.js";
import type { UserRef } from "../../src/domain/refs.js";
import { silentLogger } from "../../src/ports/logger.js";
import type { Delivery } from "../fakes/recording-gateway.js";
import { aDesk, C_ACME, T_TRIAGE, U_ALICE, U_BOB, U_CARLA, U_GREG } from "../support/desk.js";

const C_NEWCO = "C0NEWCO";
const slack = (conversation: string) => ({ platform: "slack" as const, conversation });
const postsIn = (deliveries: readonly Delivery[], conversation: string) =>
  deliveries.filter(
    (d) =>
      d.kind === "post" &&
      "conversation" in d.to &&
      d.to.conversation === conversation &&
      d.message.visibleTo === undefined,
  );

describe("onboarding from chat: leads add customers, link channels and change the team", () => {
  it("a lead adds a customer and links its channel; the next client message there opens that customer's ticket", async () => {
    const desk = await aDesk();
    // Before: a message in a channel no customer has opens nothing.
    expect(await desk.post(U_CARLA, C_NEWCO, "Our exports fail")).toMatchObject({
      outcome: { outcome: "ignored" },
    });
    expect(desk.gateway.deliveries).toHaveLength(0);

    await desk.command(U_BOB, C_NEWCO, "customer add newco New Co celigo premier");
    expect(desk.gateway.lastAnswer().message.text).toMatch(
      /^Added New Co \(newco\) on Celigo integrator\.io, plan premier\. Connect its channel: run `channel link newco` there/,
    );
    await desk.command(U_BOB, C_NEWCO, "channel link newco");
    expect(desk.gateway.lastAnswer().message.text).toBe(
      "Linked this channel to New Co: a client's message there now opens a ticket on Celigo integrator.io.",
    );
    expect(postsIn(desk.gateway.deliveries, C_NEWCO).map((d) => d.message.text)).toEqual([
      "This channel is connected to New Co's support desk: post a message here and the team gets a ticket, with its number and deadlines in the thread.",
    ]);

    const { outcome } = await desk.post(U_CARLA, C_NEWCO, "Our exports fail for everyone");
    expect(outcome).toMatchObject({ outcome: "handled", ticket: 1 });
    expect(await desk.store.get(1)).toMatchObject({ customer: "newco", policy: "celigo", plan: "premier" });

    await desk.command(U_ALICE, T_TRIAGE, "customer list");
    const list = desk.gateway.lastAnswer().message.text;
    expect(list).toContain("• newco: New Co, Celigo integrator.io, plan premier; slack C0NEWCO");
    expect(list).toContain("• acme: Acme, CM.com Connect & Engage; slack C0ACME");
    expect(list).toMatch(
      /Latest changes made in chat:\n• Tue 3 Mar 08:00 UTC: Bob added customer newco \(New Co\)\n• Tue 3 Mar 08:00 UTC: Bob linked slack C0NEWCO to newco$/,
    );

    await desk.command(U_BOB, C_NEWCO, "channel unlink");
    expect(desk.gateway.lastAnswer().message.text).toMatch(/^Unlinked this channel from New Co/);
    expect(await desk.post(U_CARLA, C_NEWCO, "Another problem")).toMatchObject({
      outcome: { outcome: "ignored" },
    });
    // The history keeps who made each change, and when.
    expect((await desk.ledger.read()).history.map((h) => [h.by, h.summary])).toEqual([
      ["slack:U0BOB", "added customer newco (New Co)"],
      ["slack:U0BOB", "linked slack C0NEWCO to newco"],
      ["slack:U0BOB", "unlinked slack C0NEWCO from newco"],
    ]);
  });

  it("lets only leads change the directory, says why, and changes nothing on a mistake", async () => {
    const desk = await aDesk();
    const answer = async (user: UserRef, text: string, where = T_TRIAGE) => {
      await desk.command(user, where, text);
      return desk.gateway.lastAnswer().message.text;
    };
    expect(await answer(U_ALICE, "customer add newco New Co")).toBe(
      "Only a team lead can change the customers, their channels or the team; ask @Bob.",
    );
    expect(await answer(U_CARLA, "channel link globex", C_ACME)).toMatch(
      /^Only the support team can change the customers/,
    );
    expect(await answer(U_CARLA, "customer list", C_ACME)).toMatch(
      /^Only the support team can list the customers/,
    );
    expect(await answer(U_BOB, "customer add acme Another Acme")).toBe(
      "acme is a customer already (Acme). `customer list` shows them all.",
    );
    expect(await answer(U_BOB, "customer add newco New Co celigo premium")).toMatch(
      /premium.*essential, preferred, premier/,
    );
    expect(await answer(U_BOB, "customer add new!co New Co")).toMatch(/^give the customer an id of letters/);
    expect(await answer(U_BOB, "customer add newco")).toMatch(/^give the customer's name after its id/);
    expect(await answer(U_BOB, "channel link nobody", C_NEWCO)).toBe(
      'There is no customer "nobody". `customer list` shows them; `customer add` adds one.',
    );
    expect(await answer(U_BOB, "channel link acme", T_TRIAGE)).toMatch(/^This is the team's own channel/);
    expect(await answer(U_BOB, "agent remove @U0ALICE")).toMatch(/^@U0ALICE is in the on-call rotation/);
    expect(await answer(U_BOB, "agent remove @U0BOB")).toMatch(/^@U0BOB is the desk's only lead/);
    expect((await desk.ledger.read()).revision).toBe(0);
  });

  it("adds and removes agents: an added agent may claim, a removed one may not", async () => {
    const desk = await aDesk();
    await desk.post(U_CARLA, C_ACME, "Our checkout is down for all users");
    await desk.command(U_BOB, T_TRIAGE, "agent add @U0GREG");
    expect(desk.gateway.lastAnswer().message.text).toMatch(/^@U0GREG is an agent now/);
    expect(await desk.command(U_GREG, T_TRIAGE, "claim T-1")).toMatchObject({ outcome: "handled" });
    expect((await desk.store.get(1))?.assignee).toMatchObject({ id: "U0GREG" });
    await desk.command(U_BOB, T_TRIAGE, "agent remove @U0GREG");
    expect(desk.directory.roleOf(U_GREG)).toBe("client");
    expect(await desk.command(U_GREG, T_TRIAGE, "unclaim T-1")).not.toMatchObject({ outcome: "handled" });
    await desk.command(U_BOB, T_TRIAGE, "agent add @U0GREG lead");
    expect(desk.directory.roleOf(U_GREG)).toBe("lead");
    // With a second lead, the first may step down.
    await desk.command(U_GREG, T_TRIAGE, "agent remove @U0BOB");
    expect(desk.directory.roleOf(U_BOB)).toBe("client");
  });

  it("asks in triage which customer a channel is for when the desk is added to it, and links it from the card", async () => {
    const desk = await aDesk();
    await desk.send({
      type: "conversation.joined",
      user: U_BOB,
      conversation: slack(C_NEWCO),
      name: "newco-support",
    });
    const card = postsIn(desk.gateway.deliveries, T_TRIAGE).at(-1);
    expect(card?.message.title).toBe("SLA Desk was added to #newco-support: which customer is this?");
    const [menu, form] = card?.message.actions ?? [];
    expect(menu).toMatchObject({
      id: LINK_CHANNEL_ACTION,
      menu: {
        options: [
          { label: "Acme (acme)", value: "acme" },
          { label: "Globex (globex)", value: "globex" },
        ],
      },
    });
    expect(form?.form?.fields?.map((f) => f.id)).toEqual(["name", "id", "policy", "plan"]);

    // An agent who is not a lead cannot answer it.
    const click = (user: UserRef, extra: object) =>
      desk.send({
        type: "action.clicked",
        user,
        conversation: slack(T_TRIAGE),
        action: menu?.id,
        data: menu?.data,
        ...extra,
      });
    expect(await click(U_ALICE, { choice: "globex" })).toMatchObject({ outcome: "refused" });
    expect(await click(U_BOB, { choice: "globex" })).toMatchObject({ outcome: "handled" });
    expect(desk.gateway.lastAnswer().message.text).toBe(
      "Linked #newco-support to Globex: a client's message there now opens a ticket on Managed help desk.",
    );
    expect(postsIn(desk.gateway.deliveries, T_TRIAGE).at(-1)?.message.text).toBe(
      "Bob linked #newco-support to Globex.",
    );
    expect((await desk.post(U_CARLA, C_NEWCO, "Password resets fail")).outcome).toMatchObject({
      outcome: "handled",
    });
    expect((await desk.store.get(1))?.customer).toBe("globex");

    // Added to a channel a customer already has, or to the team's own: no question.
    desk.gateway.clear();
    await desk.send({ type: "conversation.joined", user: U_BOB, conversation: slack(C_ACME) });
    await desk.send({ type: "conversation.joined", user: U_BOB, conversation: slack(T_TRIAGE) });
    expect(desk.gateway.deliveries).toHaveLength(0);
  });

  it("creates a new customer from the card's form and links the channel to it", async () => {
    const desk = await aDesk();
    await desk.send({
      type: "conversation.joined",
      user: U_BOB,
      conversation: slack("C0INITECH"),
      name: "initech",
    });
    const form = postsIn(desk.gateway.deliveries, T_TRIAGE)
      .at(-1)
      ?.message.actions?.find((a) => a.id === NEW_CUSTOMER_ACTION);
    const outcome = await desk.send({
      type: "action.clicked",
      user: U_BOB,
      conversation: slack(T_TRIAGE),
      action: NEW_CUSTOMER_ACTION,
      data: form?.data,
      fields: { name: "Initech Corp", id: "", policy: "kissflow", plan: "" },
    });
    expect(outcome).toMatchObject({ outcome: "handled" });
    expect(desk.gateway.lastAnswer().message.text).toBe(
      "Added Initech Corp (initech-corp) on Kissflow. Linked #initech to Initech Corp: a client's message there now opens a ticket on Kissflow.",
    );
    expect(desk.directory.customerAt(slack("C0INITECH"))).toMatchObject({
      id: "initech-corp",
      name: "Initech Corp",
    });
  });

  it("logs a message in an unlinked channel once per channel, with what to do", async () => {
    const desk = await aDesk();
    const logged: [object, string][] = [];
    const logging = new Desk({
      ...desk.deps,
      logger: { ...silentLogger, info: (data, message) => logged.push([data, message]) },
    });
    for (const [eventId, conversation] of [
      ["a", C_NEWCO],
      ["b", C_NEWCO],
      ["c", "C0OTHER"],
    ] as const)
      await logging.receive({
        type: "message.posted",
        eventId,
        user: U_CARLA,
        conversation: slack(conversation),
        message: eventId,
        text: "Help",
      });
    expect(logged.map(([data]) => data)).toEqual([slack(C_NEWCO), slack("C0OTHER")]);
    expect(logged[0]?.[1]).toMatch(
      /no customer is linked to it\. A lead links it with `channel link <customer>` run there/,
    );
  });
});

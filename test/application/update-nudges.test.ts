import { describe, expect, it } from "vitest";
import {
  aDesk,
  aDeskWithTicket,
  C_ACME,
  C_ESCALATION,
  T_TRIAGE,
  titles,
  U_ALICE,
  U_BOB,
  U_CARLA,
  U_DAVE,
} from "../support/desk.js";

const deskWithTicket = (level: string, start?: string) =>
  aDeskWithTicket(level, "payments are failing", start);

describe("paging on intake", () => {
  it("pages the on-call by direct message and the escalation channel at once for a P1, exactly once", async () => {
    const desk = await deskWithTicket("P1");
    const report = await desk.tick();
    expect(report).toMatchObject({ held: true, sent: 2 });
    expect(titles(desk.gateway.dmsTo(U_ALICE.id))).toEqual(["Page: T-1 (P1, Acme)"]);
    expect(titles(desk.gateway.postsIn(C_ESCALATION))).toEqual(["Page: T-1 (P1, Acme)"]);
    expect(desk.gateway.dmsTo(U_ALICE.id)[0]?.message.actions?.map((a) => a.label)).toEqual([
      "Claim",
      "Status",
    ]);
    expect((await desk.tick()).sent).toBe(0);
    expect(desk.gateway.deliveries).toHaveLength(2);
  });

  it("pages for a P2 too, and not at all for P4 or P5", async () => {
    for (const [level, pages] of [
      ["P2", 2],
      ["P4", 0],
      ["P5", 0],
    ] as const) {
      const desk = await deskWithTicket(level);
      expect((await desk.tick()).sent, level).toBe(pages);
    }
  });

  it("pages a P3 raised outside business hours when the next business hours begin", async () => {
    // Friday 27 Mar 2026 18:00 Amsterdam; business hours resume on Monday 30 Mar 08:30 (now summer time).
    const desk = await deskWithTicket("P3", "2026-03-27T18:00:00+01:00");
    expect((await desk.tickAt("2026-03-28T12:00:00+01:00")).sent).toBe(0);
    expect((await desk.tickAt("2026-03-30T08:29:00+02:00")).sent).toBe(0);
    const report = await desk.tickAt("2026-03-30T08:30:00+02:00");
    expect(report.sent).toBe(2);
    expect(report.lateness).toEqual([0, 0]);
    // The week of 30 Mar is Dave's (weeks alternate from Alice's week of 2 Mar).
    expect(titles(desk.gateway.dmsTo(U_DAVE.id))).toEqual(["Page: T-1 (P3, Acme)"]);
  });

  it("pages again when a ticket is raised to a paging level, but not when lowered between paging levels", async () => {
    const desk = await deskWithTicket("P4");
    await desk.tick();
    await desk.command(U_ALICE, T_TRIAGE, "priority T-1 P2 whole region down");
    expect((await desk.tick()).sent).toBe(2);
    await desk.command(U_ALICE, T_TRIAGE, "priority T-1 P1 all products down");
    expect((await desk.tick()).sent).toBe(2);
    await desk.command(U_ALICE, T_TRIAGE, "priority T-1 P2 only messaging down");
    expect(titles(desk.gateway.postsIn(C_ESCALATION)).filter((t) => t?.startsWith("Page"))).toEqual([
      "Page: T-1 (P2, Acme)",
      "Page: T-1 (P1, Acme)",
    ]);
    expect((await desk.tick()).sent).toBe(0);
  });
});

describe("update nudges", () => {
  it("nudges the on-call every 15 minutes for a P1 until an update is posted, then restarts the cadence", async () => {
    const desk = await deskWithTicket("P1");
    await desk.tick();
    desk.gateway.clear();
    expect((await desk.tickAt("2026-03-03T09:14:59+01:00")).sent).toBe(0);
    const report = await desk.tickAt("2026-03-03T09:15:00+01:00");
    expect(report.sent).toBe(1);
    const nudge = desk.gateway.dmsTo(U_ALICE.id)[0]?.message;
    expect(nudge?.title).toBe("Update due: T-1 (P1, Acme)");
    expect(nudge?.text).toContain("An update to the client on T-1 is due Tue 3 Mar 09:15 CET (now)");
    expect(nudge?.actions?.map((a) => a.label)).toEqual([
      "Post update",
      "Snooze 5m",
      "Snooze 10m",
      "Snooze 15m",
      "Hand over",
      "Acknowledge",
    ]);
    expect(nudge?.actions?.[0]?.form?.title).toBe("Update for T-1");
    await desk.tickAt("2026-03-03T09:20:00+01:00");
    await desk.command(U_ALICE, T_TRIAGE, "update T-1 we are failing over to the backup provider");
    desk.gateway.clear();
    expect((await desk.tickAt("2026-03-03T09:34:59+01:00")).sent).toBe(0);
    expect((await desk.tickAt("2026-03-03T09:35:00+01:00")).sent).toBe(1);
    expect(desk.gateway.dmsTo(U_ALICE.id)[0]?.message.text).toContain("due Tue 3 Mar 09:35 CET");
  });

  it("nudges the assignee, not the on-call, every 30 minutes for a P2", async () => {
    const desk = await deskWithTicket("P2");
    await desk.command(U_BOB, T_TRIAGE, "claim T-1");
    await desk.tick();
    desk.gateway.clear();
    expect((await desk.tickAt("2026-03-03T09:29:00+01:00")).sent).toBe(0);
    await desk.tickAt("2026-03-03T09:30:00+01:00");
    expect(titles(desk.gateway.dmsTo(U_BOB.id))).toEqual(["Update due: T-1 (P2, Acme)"]);
    expect(desk.gateway.dmsTo(U_ALICE.id)).toEqual([]);
  });

  it("counts a P3's 120 minutes in business hours across a weekend and the switch to summer time", async () => {
    // Fri 27 Mar 16:00 CET: 60 minutes on Friday, 60 on Monday 30 Mar from 08:30 CEST.
    const desk = await deskWithTicket("P3", "2026-03-27T16:00:00+01:00");
    await desk.command(U_ALICE, T_TRIAGE, "claim T-1");
    await desk.tick();
    desk.gateway.clear();
    expect((await desk.tickAt("2026-03-28T10:00:00+01:00")).sent).toBe(0);
    expect((await desk.tickAt("2026-03-30T09:29:00+02:00")).sent).toBe(0);
    expect((await desk.tickAt("2026-03-30T09:30:00+02:00")).sent).toBe(1);
    expect(desk.gateway.dmsTo(U_ALICE.id)[0]?.message.text).toContain("due Mon 30 Mar 09:30 CEST");
  });

  it("skips a Dutch public holiday when counting a P3's business minutes", async () => {
    // Fri 24 Apr 2026 16:00; Monday 27 Apr is King's Day, so the second hour runs on Tue 28 Apr.
    const desk = await deskWithTicket("P3", "2026-04-24T16:00:00+02:00");
    await desk.command(U_ALICE, T_TRIAGE, "claim T-1");
    await desk.tick();
    desk.gateway.clear();
    expect((await desk.tickAt("2026-04-27T12:00:00+02:00")).sent).toBe(0);
    expect((await desk.tickAt("2026-04-28T09:30:00+02:00")).sent).toBe(1);
  });

  it("stops nudging once the ticket is resolved", async () => {
    const desk = await deskWithTicket("P1");
    await desk.tick();
    await desk.command(U_ALICE, T_TRIAGE, "resolve T-1 provider recovered");
    desk.gateway.clear();
    expect((await desk.tickAt("2026-03-03T12:00:00+01:00")).sent).toBe(0);
    expect(await desk.store.list({ open: true, remindBy: Date.parse("2026-03-04T00:00:00Z") })).toEqual([]);
  });
});

describe("ignored nudges escalate", () => {
  it("goes to the secondary on-call one period later, then to the escalation channel", async () => {
    const desk = await deskWithTicket("P1");
    await desk.tick();
    await desk.tickAt("2026-03-03T09:15:00+01:00");
    desk.gateway.clear();
    await desk.tickAt("2026-03-03T09:30:00+01:00");
    const backup = desk.gateway.dmsTo(U_DAVE.id)[0]?.message;
    expect(backup?.title).toBe("Update overdue: T-1 (P1, Acme)");
    expect(backup?.text).toContain("is 15m late; Alice was nudged and has not acted");
    // Dave reads times in his own zone beside the contract's.
    expect(backup?.text).toContain("Tue 3 Mar 09:15 CET (your time: Tue 3 Mar 03:15 EST)");
    await desk.tickAt("2026-03-03T09:45:00+01:00");
    expect(titles(desk.gateway.postsIn(C_ESCALATION))).toEqual(["Update overdue: T-1 (P1, Acme)"]);
    // Beside them only the first response's at-risk warning (75 % of its hour), in the triage thread
    // (its cards are redrawn then too).
    expect(titles(desk.gateway.deliveries.filter((d) => d.kind !== "update"))).toEqual([
      "Update overdue: T-1 (P1, Acme)",
      "Update overdue: T-1 (P1, Acme)",
      "At risk: T-1 (P1, Acme) first response",
    ]);
  });

  it("goes to the team lead when there is no secondary on-call", async () => {
    const desk = await aDesk({ ...(await import("../support/desk.js")).DESK_CONFIG, oncall: undefined });
    await desk.post(U_CARLA, C_ACME, "Priority: P1 - payments are failing");
    await desk.command(U_ALICE, T_TRIAGE, "claim T-1");
    await desk.tickAt("2026-03-03T09:15:00+01:00");
    await desk.tickAt("2026-03-03T09:30:00+01:00");
    expect(titles(desk.gateway.dmsTo(U_BOB.id))).toEqual(["Update overdue: T-1 (P1, Acme)"]);
  });
});

describe("acting on a nudge", () => {
  it("acknowledging stops the chain; the owner is reminded again one period later", async () => {
    const desk = await deskWithTicket("P1");
    await desk.tickAt("2026-03-03T09:15:00+01:00");
    const ack = desk.gateway.dmsTo(U_ALICE.id).at(-1)?.message.actions?.at(-1)?.data ?? {};
    desk.clock.set("2026-03-03T09:16:00+01:00");
    await desk.click(U_ALICE, "D-U0ALICE", "nudge.ack", ack);
    desk.gateway.clear();
    expect((await desk.tickAt("2026-03-03T09:30:59+01:00")).sent).toBe(0);
    await desk.tickAt("2026-03-03T09:31:00+01:00");
    expect(titles(desk.gateway.deliveries)).toEqual(["Update due: T-1 (P1, Acme)"]);
    expect(desk.gateway.dmsTo(U_DAVE.id)).toEqual([]);
  });

  it("snoozes for one of the offered spans only, then nudges again", async () => {
    const desk = await deskWithTicket("P2");
    await desk.tickAt("2026-03-03T09:30:00+01:00");
    const snooze = desk.gateway
      .dmsTo(U_ALICE.id)
      .at(-1)
      ?.message.actions?.find((a) => a.label === "Snooze 20m");
    expect(snooze).toBeDefined();
    const refused = await desk.click(U_ALICE, "D-U0ALICE", "nudge.snooze", {
      ...snooze?.data,
      minutes: "600",
    });
    expect(refused).toMatchObject({ outcome: "invalid", reason: expect.stringContaining("10m, 20m, 30m") });
    await desk.click(U_ALICE, "D-U0ALICE", "nudge.snooze", snooze?.data ?? {});
    desk.gateway.clear();
    await desk.tickAt("2026-03-03T09:49:00+01:00");
    expect(desk.gateway.dmsTo(U_ALICE.id)).toEqual([]);
    await desk.tickAt("2026-03-03T09:50:00+01:00");
    expect(titles(desk.gateway.dmsTo(U_ALICE.id))).toEqual(["Update due: T-1 (P2, Acme)"]);
    // The chain restarts from the snooze's end: the backup hears one period after it.
    await desk.tickAt("2026-03-03T10:19:00+01:00");
    expect(desk.gateway.dmsTo(U_DAVE.id)).toEqual([]);
    await desk.tickAt("2026-03-03T10:20:00+01:00");
    expect(titles(desk.gateway.dmsTo(U_DAVE.id))).toEqual(["Update overdue: T-1 (P2, Acme)"]);
  });

  it("hands the ticket over to the other on-call, who is nudged at once", async () => {
    const desk = await deskWithTicket("P1");
    await desk.tickAt("2026-03-03T09:15:00+01:00");
    const handover = desk.gateway
      .dmsTo(U_ALICE.id)
      .at(-1)
      ?.message.actions?.find((a) => a.label === "Hand over");
    desk.clock.set("2026-03-03T09:17:00+01:00");
    await desk.click(U_ALICE, "D-U0ALICE", "nudge.handover", handover?.data ?? {});
    expect((await desk.store.get(1))?.assignee).toMatchObject({ id: U_DAVE.id });
    expect(desk.gateway.textsIn(T_TRIAGE).at(-1)).toBe("Alice: Handed T-1 over to Dave.");
    desk.gateway.clear();
    await desk.tickAt("2026-03-03T09:17:00+01:00");
    expect(titles(desk.gateway.dmsTo(U_DAVE.id))).toEqual(["Update due: T-1 (P1, Acme)"]);
  });

  it("posts the update from the nudge's form, which restarts the cadence", async () => {
    const desk = await deskWithTicket("P1");
    await desk.tickAt("2026-03-03T09:15:00+01:00");
    const post = desk.gateway.dmsTo(U_ALICE.id).at(-1)?.message.actions?.[0];
    desk.clock.set("2026-03-03T09:18:00+01:00");
    await desk.send({
      type: "action.clicked",
      user: U_ALICE,
      conversation: { platform: "slack", conversation: "D-U0ALICE" },
      action: "nudge.update",
      data: post?.data,
      text: "Failover in progress, next update in 15 minutes",
    });
    expect(desk.gateway.textsIn(C_ACME, desk.clientThread).at(-1)).toContain("Failover in progress");
    desk.gateway.clear();
    expect((await desk.tickAt("2026-03-03T09:32:59+01:00")).sent).toBe(0);
    expect((await desk.tickAt("2026-03-03T09:33:00+01:00")).sent).toBe(1);
  });

  it("answers an old nudge's button with what changed, and refuses clients", async () => {
    const desk = await deskWithTicket("P1");
    await desk.tickAt("2026-03-03T09:15:00+01:00");
    const ack = desk.gateway.dmsTo(U_ALICE.id).at(-1)?.message.actions?.at(-1)?.data ?? {};
    await desk.command(U_ALICE, T_TRIAGE, "update T-1 failing over");
    await desk.click(U_ALICE, "D-U0ALICE", "nudge.ack", ack);
    expect(desk.gateway.lastAnswer().message.text).toContain("That reminder is out of date");
    expect(await desk.click(U_CARLA, C_ACME, "nudge.ack", ack)).toMatchObject({ outcome: "refused" });
  });
});

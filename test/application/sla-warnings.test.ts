import { describe, expect, it } from "vitest";
import { ReminderScheduler } from "../../src/application/run-due-reminders.js";
import type { DeskConfigInput } from "../../src/config/desk-config.js";
import type { Ticket } from "../../src/domain/ticket/ticket.js";
import { silentLogger } from "../../src/ports/logger.js";
import {
  aDesk,
  aDeskWithTicket,
  C_ACME,
  C_ESCALATION,
  DESK_CONFIG,
  overwrite,
  T_TRIAGE,
  titles,
  U_ALICE,
  U_BOB,
  U_CARLA,
  U_DAVE,
} from "../support/desk.js";

const deskWithTicket = (level: string, start?: string, config?: DeskConfigInput) =>
  aDeskWithTicket(level, "reports are slow", start, config);

describe("SLA at risk and breached", () => {
  it("warns the triage thread of an unclaimed ticket at 75 % of its first response target", async () => {
    // P2 on the CM.com contract: first response in 1 business hour, so at risk at 09:45.
    const desk = await deskWithTicket("P2");
    await desk.tick();
    desk.gateway.clear();
    await desk.tickAt("2026-03-03T09:44:00+01:00");
    expect(titles(desk.gateway.deliveries).filter((t) => t?.startsWith("At risk"))).toEqual([]);
    await desk.tickAt("2026-03-03T09:45:00+01:00");
    const warning = desk.gateway.postsIn(T_TRIAGE).find((d) => d.message.title?.startsWith("At risk"));
    expect(warning?.message.title).toBe("At risk: T-1 (P2, Acme) first response");
    expect(warning?.message.text).toContain("due Tue 3 Mar 10:00 CET (in 15m)");
    expect(warning?.message.actions?.map((a) => a.label)).toEqual(["Claim", "Status"]);
  });

  it("warns the assignee directly when the ticket is claimed, at the configured share", async () => {
    const desk = await deskWithTicket("P4", "2026-03-03T09:00:00+01:00", {
      ...DESK_CONFIG,
      reminders: { atRiskShare: 0.5 },
    });
    await desk.command(U_ALICE, T_TRIAGE, "note T-1 looking");
    await desk.command(U_ALICE, T_TRIAGE, "claim T-1");
    // P4: first response in 8 business hours, half of it by 13:00.
    await desk.tickAt("2026-03-03T12:59:00+01:00");
    expect(desk.gateway.dmsTo(U_ALICE.id)).toEqual([]);
    await desk.tickAt("2026-03-03T13:00:00+01:00");
    expect(titles(desk.gateway.dmsTo(U_ALICE.id))).toEqual(["At risk: T-1 (P4, Acme) first response"]);
  });

  it("tells the team lead and the escalation channel at breach, once per clock cycle", async () => {
    // P4: 8 business hours from Tue 09:00 run out at the close of business, Tue 17:00.
    const desk = await deskWithTicket("P4");
    await desk.tickAt("2026-03-03T16:59:00+01:00");
    expect(desk.gateway.dmsTo(U_BOB.id)).toEqual([]);
    await desk.tickAt("2026-03-03T17:00:00+01:00");
    expect(titles(desk.gateway.dmsTo(U_BOB.id))).toEqual(["SLA breached: T-1 (P4, Acme) first response"]);
    expect(titles(desk.gateway.postsIn(C_ESCALATION))).toEqual([
      "SLA breached: T-1 (P4, Acme) first response",
    ]);
    expect(desk.gateway.postsIn(C_ESCALATION)[0]?.message.text).toBe(
      "The first response SLA was due Tue 3 Mar 17:00 CET (just now).",
    );
    const count = desk.gateway.deliveries.length;
    await desk.tickAt("2026-03-03T17:00:05+01:00");
    await desk.tickAt("2026-03-04T10:00:00+01:00");
    expect(desk.gateway.deliveries.length).toBe(count);
  });

  it("redraws the ticket's card when a clock reaches its warning share and its deadline", async () => {
    const desk = await deskWithTicket("P4");
    const cardUpdates = () =>
      desk.gateway.deliveries.filter((d) => d.kind === "update" && d.ref.conversation === T_TRIAGE);
    await desk.tickAt("2026-03-03T09:01:00+01:00");
    expect(cardUpdates()).toEqual([]);
    await desk.tickAt("2026-03-03T15:00:00+01:00");
    expect(cardUpdates().at(-1)?.message.text).toContain("First response: Tue 3 Mar 17:00 CET (in 2h 0m)");
    await desk.tickAt("2026-03-03T17:01:00+01:00");
    expect(cardUpdates().at(-1)?.message.text).toContain(
      "First response (breached): Tue 3 Mar 17:00 CET (1m overdue)",
    );
    expect(cardUpdates()).toHaveLength(2);
  });

  it("warns again for a new cycle of the same clock: a reopened ticket's resolution", async () => {
    // Kissflow's contract: a critical defect is resolved within 48 hours on weekdays (IST).
    const config = {
      ...DESK_CONFIG,
      customers: [
        {
          id: "initech",
          name: "Initech",
          policy: "kissflow",
          channels: [{ platform: "slack" as const, conversation: "C0INITECH" }],
        },
      ],
    };
    const desk = await aDesk(config, "2026-03-03T09:00:00+05:30");
    await desk.post(U_CARLA, "C0INITECH", "Priority: critical - the system is down");
    await desk.command(U_ALICE, T_TRIAGE, "claim T-1");
    await desk.command(U_ALICE, T_TRIAGE, "resolve T-1 fixed");
    desk.clock.set("2026-03-03T10:00:00+05:30");
    await desk.command(U_ALICE, T_TRIAGE, "reopen T-1");
    const resolution = await desk.reading(1, "resolution");
    expect(resolution?.due).toBe(Date.parse("2026-03-05T10:00:00+05:30"));
    await desk.tickAt("2026-03-05T09:59:00+05:30");
    const breaches = () => titles(desk.gateway.dmsTo(U_BOB.id)).filter((t) => t?.endsWith("resolution"));
    expect(breaches()).toEqual([]);
    await desk.tickAt("2026-03-05T10:00:00+05:30");
    await desk.tickAt("2026-03-05T11:00:00+05:30");
    expect(breaches()).toEqual(["SLA breached: T-1 (critical, Initech) resolution"]);
  });

  it("holds a P4's warnings outside business hours and lets a P1's through at night", async () => {
    // P4 opened Tue 16:00: 8 business hours run out Wed 15:30, at risk (75 %) at Wed 13:30.
    const p4 = await deskWithTicket("P4", "2026-03-03T16:00:00+01:00");
    await p4.tickAt("2026-03-03T23:00:00+01:00");
    expect(p4.gateway.deliveries.filter((d) => d.message.title?.startsWith("At risk"))).toEqual([]);
    await p4.tickAt("2026-03-04T13:30:00+01:00");
    expect(titles(p4.gateway.postsIn(T_TRIAGE))).toContain("At risk: T-1 (P4, Acme) first response");
    // P1 opened Saturday 03:00: paged at once, and its 24x7 update cadence nudges at 03:15.
    const p1 = await deskWithTicket("P1", "2026-03-07T03:00:00+01:00");
    await p1.tickAt("2026-03-07T03:00:00+01:00");
    expect(titles(p1.gateway.dmsTo(U_ALICE.id))).toEqual(["Page: T-1 (P1, Acme)"]);
    await p1.tickAt("2026-03-07T03:15:00+01:00");
    expect(titles(p1.gateway.dmsTo(U_ALICE.id))).toEqual([
      "Page: T-1 (P1, Acme)",
      "Update due: T-1 (P1, Acme)",
    ]);
  });
});

describe("on-call roster", () => {
  it("hands the pager over at the configured time: the next nudge goes to the new on-call", async () => {
    // Mon 9 Mar 08:55: still Alice's week; Dave's starts at 09:00.
    const desk = await deskWithTicket("P1", "2026-03-09T08:55:00+01:00");
    await desk.tick();
    expect(titles(desk.gateway.dmsTo(U_ALICE.id))).toEqual(["Page: T-1 (P1, Acme)"]);
    await desk.tickAt("2026-03-09T09:10:00+01:00");
    expect(titles(desk.gateway.dmsTo(U_DAVE.id))).toEqual(["Update due: T-1 (P1, Acme)"]);
  });

  it("follows an override set by command, shows it, and returns to the rotation when cleared", async () => {
    const desk = await deskWithTicket("P1");
    await desk.command(U_BOB, T_TRIAGE, "oncall set @Bob for 8h");
    expect(desk.gateway.lastAnswer().message.text).toBe("Bob is now on call, until Tue 3 Mar 17:00 CET.");
    await desk.command(U_ALICE, T_TRIAGE, "oncall");
    expect(desk.gateway.lastAnswer().message.text).toBe(
      "On call: Bob (override)\nBackup: Alice\nUntil: Tue 3 Mar 17:00 CET",
    );
    await desk.tick();
    expect(titles(desk.gateway.dmsTo(U_BOB.id))).toEqual(["Page: T-1 (P1, Acme)"]);
    await desk.command(U_BOB, T_TRIAGE, "oncall clear");
    expect(desk.gateway.lastAnswer().message.text).toBe(
      "Override cleared; Alice is on call by the rotation.",
    );
    expect(await desk.command(U_CARLA, C_ACME, "oncall set @Carla")).toMatchObject({ outcome: "refused" });
  });
});

describe("the scheduler across failures", () => {
  it("sends what fell due while the desk was down once on start, saying how late", async () => {
    const desk = await deskWithTicket("P1");
    desk.clock.set("2026-03-03T10:30:00+01:00");
    const report = await desk.tick(desk.restartedScheduler());
    expect(titles(desk.gateway.dmsTo(U_ALICE.id))).toEqual([
      "Page: T-1 (P1, Acme)",
      "Update due: T-1 (P1, Acme)",
    ]);
    expect(desk.gateway.dmsTo(U_ALICE.id)[1]?.message.text).toContain("(1h 15m overdue)");
    expect(titles(desk.gateway.postsIn(C_ESCALATION))).toEqual([
      "Page: T-1 (P1, Acme)",
      "Update overdue: T-1 (P1, Acme)",
      "SLA breached: T-1 (P1, Acme) first response",
    ]);
    expect(Math.max(...report.lateness)).toBe(90 * 60_000);
    expect((await desk.tick(desk.restartedScheduler())).sent).toBe(0);
  });

  it("queues a page while the platform is down; it arrives once the platform is back, exactly once", async () => {
    const desk = await deskWithTicket("P1");
    desk.gateway.failing = true;
    expect(await desk.tick()).toMatchObject({ held: true, sent: 2 });
    expect((await desk.store.get(1))?.deliveries?.["T-1:page:P1/oncall"]).toMatchObject({ state: "sent" });
    // The outbox keeps trying, with growing waits (1 s, then 2 s), keeping the pages.
    desk.clock.set("2026-03-03T09:00:01+01:00");
    await desk.drain();
    expect(await desk.store.outboxDepth()).toMatchObject({ count: 2 });
    desk.gateway.failing = false;
    desk.clock.set("2026-03-03T09:00:02+01:00");
    await desk.drain();
    expect(desk.gateway.deliveries).toEqual([]);
    desk.clock.set("2026-03-03T09:00:03+01:00");
    await desk.drain();
    expect(titles(desk.gateway.deliveries)).toEqual(["Page: T-1 (P1, Acme)", "Page: T-1 (P1, Acme)"]);
    expect((await desk.tick()).sent).toBe(0);
    expect(await desk.store.outboxDepth()).toMatchObject({ count: 0 });
  });

  it("retries only the recipients a delivery did not reach", async () => {
    const config = {
      ...DESK_CONFIG,
      agents: [
        ...(DESK_CONFIG.agents ?? []),
        { platform: "slack" as const, id: "U0ERIN", name: "Erin", role: "lead" as const },
      ],
    };
    const desk = await deskWithTicket("P2", "2026-03-03T09:00:00+01:00", config);
    desk.gateway.failingFor = (to) => "id" in to && to.id === "U0ERIN";
    await desk.tickAt("2026-03-03T10:00:00+01:00");
    expect(titles(desk.gateway.dmsTo(U_BOB.id))).toContain("SLA breached: T-1 (P2, Acme) first response");
    desk.gateway.failingFor = undefined;
    await desk.tickAt("2026-03-03T10:00:05+01:00");
    expect(titles(desk.gateway.dmsTo("U0ERIN"))).toEqual(["SLA breached: T-1 (P2, Acme) first response"]);
    expect(titles(desk.gateway.dmsTo(U_BOB.id)).filter((t) => t?.startsWith("SLA breached"))).toHaveLength(1);
  });

  it("sends nothing while another process holds the lease", async () => {
    const desk = await deskWithTicket("P1");
    desk.lease.held = false;
    expect(await desk.tick()).toMatchObject({ held: false, sent: 0 });
    expect(desk.gateway.deliveries).toEqual([]);
  });
});

describe("a ticket the scheduler cannot work on", () => {
  it("is logged and skipped; the other tickets' reminders still go out", async () => {
    const desk = await aDesk();
    await desk.post(U_CARLA, C_ACME, "Priority: P1 - payments are failing");
    await desk.post(U_CARLA, C_ACME, "Priority: P1 - logins are failing");
    const broken = await desk.store.get(1);
    if (broken === undefined) throw new Error("no ticket");
    await overwrite(desk.store, { ...broken, policy: "a-contract-no-longer-configured" });
    desk.gateway.clear();
    const report = await desk.tick();
    expect(report.sent).toBe(2);
    expect(titles(desk.gateway.dmsTo(U_ALICE.id))).toEqual(["Page: T-2 (P1, Acme)"]);
  });

  it("has its failure logged once, not every tick", async () => {
    const desk = await deskWithTicket("P4");
    const broken = (await desk.store.get(1)) as Ticket;
    await overwrite(desk.store, { ...broken, policy: "withdrawn-contract" });
    await desk.post(U_CARLA, C_ACME, "Priority: P1 - payments are failing");
    const errors: string[] = [];
    const logger = { ...silentLogger, error: (data: object) => errors.push(JSON.stringify(data)) };
    const scheduler = new ReminderScheduler({ ...desk.deps, logger }, desk.lease, desk.deps.reminders);
    for (const minute of ["15:01", "15:02", "17:30"]) {
      desk.clock.set(`2026-03-03T${minute}:00+01:00`);
      await desk.tick(scheduler);
    }
    expect(titles(desk.gateway.dmsTo(U_ALICE.id))).toContain("Page: T-2 (P1, Acme)");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('"ticket":1');
  });
});

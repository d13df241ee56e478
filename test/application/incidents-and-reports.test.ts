import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import type { DeskConfigInput } from "../../src/config/desk-config.js";
import type { Delivery } from "../fakes/recording-gateway.js";
import { cli } from "../support/cli.js";
import {
  aDesk,
  C_ACME,
  C_ESCALATION,
  C_GLOBEX,
  DESK_CONFIG,
  T_TRIAGE,
  U_ALICE,
  U_CARLA,
  U_GREG,
} from "../support/desk.js";

const C_INITECH = "C0INITECH";
const CONFIG: DeskConfigInput = {
  ...DESK_CONFIG,
  customers: [
    ...(DESK_CONFIG.customers ?? []),
    {
      id: "initech",
      name: "Initech",
      policy: "celigo",
      plan: "premier",
      channels: [{ platform: "slack", conversation: C_INITECH }],
    },
  ],
};

const postsIn = (deliveries: readonly Delivery[], conversation: string) =>
  deliveries.filter(
    (d) =>
      d.kind === "post" &&
      "conversation" in d.to &&
      d.to.conversation === conversation &&
      d.message.visibleTo === undefined,
  );

describe("an incident worked in chat, and its reports", () => {
  it("declares, links two customers' tickets (one by the desk's suggestion), fans out updates, records the outage, resolves; chat and export + CLI reports agree", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sla-desk-incident-"));
    const storeFile = join(dir, "desk.sqlite");
    const configFile = join(dir, "sla-desk.yaml");
    writeFileSync(configFile, JSON.stringify(CONFIG));
    const desk = await aDesk(CONFIG, "2026-03-03T09:00:00+01:00", {}, storeFile);

    await desk.command(
      U_ALICE,
      T_TRIAGE,
      "incident declare P1 SMS delivery failing for everyone Business Messaging",
    );
    expect(desk.gateway.lastAnswer().message.text).toMatch(
      /^Declared T-1 \(P1\): SMS delivery failing for everyone on Business Messaging\./,
    );
    const announced = postsIn(desk.gateway.deliveries, C_ESCALATION).find((d) =>
      d.message.title?.startsWith("Incident T-1"),
    );
    expect(announced?.message.title).toBe("Incident T-1 (P1): SMS delivery failing for everyone");
    expect(announced?.message.text).toContain("Products: Business Messaging");

    // Acme reports it: the desk suggests linking the new ticket to the incident.
    await desk.post(U_CARLA, C_ACME, "SMS delivery failing for all our customers");
    // Its triage card offers the link with one button.
    const card = postsIn(desk.gateway.deliveries, T_TRIAGE).find((d) => d.message.title?.startsWith("T-2:"));
    expect(card?.message.fields).toContainEqual({ label: "Reads like", value: "T-1" });
    const link = card?.message.actions?.find((a) => a.id === "ticket.link");
    expect(link).toMatchObject({ label: "Link to T-1", data: { ticket: "2", other: "1" } });
    await desk.click(U_ALICE, T_TRIAGE, "ticket.link", link?.data ?? {});
    expect((await desk.store.get(2))?.links.duplicateOf).toBe(1);
    // Globex reports it too; an agent links it by command.
    await desk.post(U_GREG, C_GLOBEX, "Our text messages are not delivered");
    await desk.command(U_ALICE, T_TRIAGE, "link T-3 T-1");
    expect((await desk.store.get(1))?.links.duplicates).toEqual([2, 3]);

    desk.clock.advance(10);
    await desk.command(
      U_ALICE,
      T_TRIAGE,
      "incident impact Business Messaging unavailable at 2026-03-03T09:05:00+01:00",
    );
    expect(desk.gateway.lastAnswer().message.text).toMatch(
      /^Recorded: Business Messaging unavailable since /,
    );
    desk.gateway.clear();
    await desk.command(U_ALICE, T_TRIAGE, "incident update Failing over to the backup SMS gateway");
    const update = "Failing over to the backup SMS gateway";
    expect(postsIn(desk.gateway.deliveries, C_ACME).map((d) => d.message.text)).toContain(
      `Update on incident T-1 (your T-2): ${update}`,
    );
    expect(postsIn(desk.gateway.deliveries, C_GLOBEX).map((d) => d.message.text)).toContain(
      `Update on incident T-1 (your T-3): ${update}`,
    );
    expect(postsIn(desk.gateway.deliveries, C_ESCALATION).map((d) => d.message.text)).toContain(
      `Update on T-1: ${update}`,
    );

    desk.clock.advance(30);
    await desk.command(U_ALICE, T_TRIAGE, "incident impact all recovered");
    await desk.command(U_ALICE, T_TRIAGE, "incident resolve Gateway fixed");
    expect(desk.gateway.lastAnswer().message.text).toBe(
      "T-1 is resolved, and 2 linked ticket(s) with it; their clients were told.",
    );
    for (const id of [1, 2, 3]) expect((await desk.store.get(id))?.status).toBe("resolved");
    expect(
      postsIn(desk.gateway.deliveries, C_ACME)
        .map((d) => d.message.text)
        .join("\n"),
    ).toContain("T-2 is resolved: Gateway fixed (incident T-1).");

    // Initech (Celigo premier) has tickets of its own: one answered in time, one late.
    await desk.post(
      { platform: "slack", id: "U0IVAN", name: "Ivan" },
      C_INITECH,
      "Priority: urgent - our flows stopped",
    );
    desk.clock.advance(30);
    await desk.command(U_ALICE, T_TRIAGE, "reply T-4 Looking into it");
    await desk.post(
      { platform: "slack", id: "U0IVAN", name: "Ivan" },
      C_INITECH,
      "Priority: urgent - exports fail",
    );
    desk.clock.advance(61);
    await desk.command(U_ALICE, T_TRIAGE, "reply T-5 On it");

    // In chat: the reports, each with a chart.
    desk.clock.set("2026-04-02T09:00:00+02:00");
    await desk.command(U_ALICE, T_TRIAGE, "report availability acme 2026-Q1");
    const availability = postsIn(desk.gateway.deliveries, T_TRIAGE).at(-1);
    expect(availability?.message.title).toBe("Acme: availability, 2026-Q1");
    expect(availability?.message.text).toMatch(
      /• Business Messaging: 99\.97\d* % \(commitment 99\.99 %, missed\); 35 min unavailable/,
    );
    const chart = PNG.sync.read(Buffer.from(availability?.message.image?.png ?? "", "base64"));
    expect([chart.width, chart.height]).toEqual([800, 400]);
    await desk.command(U_ALICE, T_TRIAGE, "report compliance initech 2026-Q1");
    const compliance = postsIn(desk.gateway.deliveries, T_TRIAGE).at(-1);
    expect(compliance?.message.title).toBe("Initech: SLA compliance, 2026-Q1");
    expect(compliance?.message.text).toMatch(
      /^2 SLA event\(s\): 1 met, 1 violated \(50 %\), 0 pending\. Credit: 30 % of the quarterly/,
    );

    // From the store, through export and the command line: the same numbers.
    const env = { SLA_DESK_STORE: storeFile, SLA_DESK_CONFIG: configFile };
    const incidents = await cli(
      ["export", "incidents", "--customer", "acme", "--period", "2026-Q1"],
      "",
      env,
    );
    expect(incidents.code).toBe(0);
    expect(incidents.out).toBe(
      '{"id":"T-1","start":"2026-03-03T09:05:00+01:00","end":"2026-03-03T09:40:00+01:00","products":["Business Messaging"],"impact":"unavailable"}\n',
    );
    const fromCli = await cli(
      ["report", "availability", "--policy", "cm-connect-engage", "--period", "2026-Q1", "--incidents", "-"],
      incidents.out,
    );
    const messaging = JSON.parse(fromCli.out).products[0];
    expect(messaging).toMatchObject({ product: "Business Messaging", unavailableMinutes: 35, met: false });
    expect(availability?.message.text).toContain(
      `${Math.round(messaging.availabilityPercent * 1000) / 1000} %`,
    );
    const tickets = await cli(["export", "tickets", "--customer", "initech", "--period", "2026-Q1"], "", env);
    expect(tickets.out.trim().split("\n")).toHaveLength(2);
    const report = await cli(
      [
        "report",
        "compliance",
        "--policy",
        "celigo",
        "--plan",
        "premier",
        "--period",
        "2026-Q1",
        "--tickets",
        "-",
      ],
      tickets.out,
    );
    expect(JSON.parse(report.out)).toMatchObject({ events: 2, met: 1, violations: 1, creditPercent: 30 });
    expect(JSON.parse(report.out).violationList[0]).toMatchObject({
      ticket: "T-5",
      metric: "first_response",
      lateMinutes: 1,
    });
  }, 60_000);
});

describe("maintenance scheduled in chat", () => {
  it("is refused with the contract's reason, or accepted, announced at once and again before it starts, and excluded from availability", async () => {
    const desk = await aDesk(CONFIG);
    await desk.command(
      U_ALICE,
      T_TRIAGE,
      "maintenance schedule 2026-03-05T10:00 2h Voice Upgrading the SIP proxies",
    );
    expect(desk.gateway.lastAnswer().message.text).toBe(
      "Not scheduled: CM.com Connect & Engage: 49 hours of notice is less than the 336 hours CM.com Connect & Engage requires before maintenance.",
    );
    expect((await desk.deps.maintenance?.read())?.windows).toEqual([]);

    desk.gateway.clear();
    await desk.command(
      U_ALICE,
      T_TRIAGE,
      "maintenance schedule 2026-03-28 22:00 2h Voice Upgrading the SIP proxies",
    );
    expect(desk.gateway.lastAnswer().message.text).toMatch(
      /^Scheduled: Voice: Sat 28 Mar 22:00 CET for 2 h: Upgrading the SIP proxies; announced to Acme, and again Fri 27 Mar 22:00 CET\.$/,
    );
    const acme = () => postsIn(desk.gateway.deliveries, C_ACME).map((d) => d.message.title);
    expect(acme()).toEqual(["Scheduled maintenance"]);
    expect(postsIn(desk.gateway.deliveries, C_GLOBEX)).toEqual([]);
    await desk.tickAt("2026-03-27T21:59:00+01:00");
    expect(acme()).toEqual(["Scheduled maintenance"]);
    await desk.tickAt("2026-03-27T22:00:00+01:00");
    await desk.tickAt("2026-03-27T22:05:00+01:00");
    expect(acme()).toEqual(["Scheduled maintenance", "Maintenance starts soon"]);

    desk.clock.set("2026-04-02T09:00:00+02:00");
    await desk.command(U_ALICE, T_TRIAGE, "report availability acme 2026-Q1");
    expect(postsIn(desk.gateway.deliveries, T_TRIAGE).at(-1)?.message.text).toContain(
      "• Voice: 100 % (commitment 99.99 %, met); 0 min unavailable, 120 min excluded",
    );
  });
});

describe("incidents: the edges", () => {
  it("makes an incident of a client's ticket, linked to it; asks which incident when several are open; refuses a client", async () => {
    const desk = await aDesk(CONFIG);
    await desk.post(U_CARLA, C_ACME, "Voice calls drop for everyone");
    await desk.command(U_ALICE, T_TRIAGE, "incident from T-1");
    expect(desk.gateway.lastAnswer().message.text).toMatch(
      /^Declared T-2 \(P\d\) from T-1, which is linked to it\.$/,
    );
    expect((await desk.store.get(1))?.links.duplicateOf).toBe(2);
    expect((await desk.store.get(2))?.links.duplicates).toEqual([1]);
    expect(postsIn(desk.gateway.deliveries, C_ACME).map((d) => d.message.text)).toContain(
      "We are tracking this as an incident; you will get its updates here.",
    );
    await desk.command(U_ALICE, T_TRIAGE, "incident declare P2 Exports are slow");
    await desk.command(U_ALICE, T_TRIAGE, "incident update Still looking");
    expect(desk.gateway.lastAnswer().message.text).toBe("Say which incident: T-3, T-2.");
    await desk.command(U_ALICE, T_TRIAGE, "incident impact T-3 Voice broken");
    expect(desk.gateway.lastAnswer().message.text).toMatch(
      /^Name the product \(or all\), then unavailable, degraded or recovered/,
    );
    await desk.command(U_ALICE, T_TRIAGE, "incident impact T-3 Fax unavailable");
    expect(desk.gateway.lastAnswer().message.text).toMatch(
      /^"Fax" is not a product of the contract: use one of Business Messaging, Voice/,
    );
    expect(await desk.command(U_CARLA, C_ACME, "incident declare P1 Everything is down")).toMatchObject({
      outcome: "refused",
    });
    // A client never sees an incident as a ticket of theirs.
    await desk.command(U_CARLA, C_ACME, "status T-2");
    expect(desk.gateway.lastAnswer().message.text).toBe(
      "There is no ticket T-2. Try `list` to see open tickets.",
    );
  });
});

import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { cli } from "../support/cli.js";

const lines = (...records: object[]) => records.map((record) => JSON.stringify(record)).join("\n");

const tickets = lines(
  {
    ticket: "T-1",
    events: [
      { at: "2026-02-10T10:00:00-08:00", type: "opened", priority: "urgent" },
      { at: "2026-02-10T10:30:00-08:00", type: "agent_reply" },
      { at: "2026-02-10T11:00:00-08:00", type: "customer_reply" },
      { at: "2026-02-10T23:01:00-08:00", type: "agent_reply" },
    ],
  },
  { ticket: "T-2", events: [{ at: "2026-02-11T10:00:00-08:00", type: "opened", priority: "low" }] },
  {
    ticket: "T-3",
    plan: "essential",
    events: [{ at: "2026-02-12T10:00:00-08:00", type: "opened", priority: "urgent" }],
  },
);

/** A decoded PNG: its size, and how many different colours it shows. */
function decoded(image: Buffer) {
  const png = PNG.sync.read(image);
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4) colours.add(png.data.readUInt32BE(i));
  return { width: png.width, height: png.height, colours: colours.size };
}

describe("sla-desk report compliance", () => {
  it("prints the contract's figures as one JSON object with exactly the documented fields", async () => {
    const { code, out } = await cli(
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
      tickets,
    );
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      policy: "celigo",
      plan: "premier",
      period: { start: "2026-01-01T00:00:00-08:00", end: "2026-04-01T00:00:00-07:00" },
      events: 2,
      met: 1,
      violations: 1,
      pending: 0,
      violationPercent: 50,
      creditPercent: 30,
      excluded: [
        { ticket: "T-2", reason: "low priority tickets are excluded from the SLA" },
        { ticket: "T-3", reason: "the essential plan is excluded from the SLA" },
      ],
      violationList: [
        {
          ticket: "T-1",
          metric: "follow_up",
          start: "2026-02-10T11:00:00-08:00",
          due: "2026-02-10T23:00:00-08:00",
          metAt: "2026-02-10T23:01:00-08:00",
          lateMinutes: 1,
        },
      ],
    });
  });

  it("writes CSV, a row per SLA event, and a chart PNG of events met and violated per week", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sla-desk-report-"));
    const chart = join(dir, "compliance.png");
    const file = join(dir, "tickets.jsonl");
    await writeFile(file, tickets);
    const args = ["report", "compliance", "--policy", "celigo", "--plan", "premier", "--period", "2026-Q1"];
    const { code, out } = await cli([...args, "--tickets", file, "--format", "csv", "--chart", chart]);
    expect(code).toBe(0);
    expect(out.split("\r\n")).toEqual([
      "ticket,metric,start,due,metAt,state,lateMinutes",
      "T-1,first_response,2026-02-10T10:00:00-08:00,2026-02-10T11:00:00-08:00,2026-02-10T10:30:00-08:00,met,",
      "T-1,follow_up,2026-02-10T11:00:00-08:00,2026-02-10T23:00:00-08:00,2026-02-10T23:01:00-08:00,violated,1",
      "",
    ]);
    expect(decoded(await readFile(chart))).toMatchObject({ width: 800, height: 400 });
    expect(decoded(await readFile(chart)).colours).toBeGreaterThan(8);
  });

  it("refuses a bad line by its number and a bad period, with exit code 2", async () => {
    const args = ["report", "compliance", "--policy", "celigo", "--period", "2026-Q1", "--tickets", "-"];
    const bad = await cli(
      args,
      `${tickets}\n{"ticket": "T-4", "events": [{"at": "soon", "type": "opened"}]}`,
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^sla-desk: line 4: T-4: event 1: /);
    const period = await cli([
      "report",
      "compliance",
      "--policy",
      "celigo",
      "--period",
      "Q1",
      "--tickets",
      "-",
    ]);
    expect(period.code).toBe(2);
    expect(period.err).toContain('"Q1" is not a period');
  });
});

describe("sla-desk report availability", () => {
  const incidents = lines(
    {
      id: "i1",
      start: "2026-03-10T10:00:00+01:00",
      end: "2026-03-10T11:00:00+01:00",
      products: ["Voice"],
      impact: "unavailable",
    },
    {
      id: "m1",
      start: "2026-03-10T10:30:00+01:00",
      end: "2026-03-10T12:00:00+01:00",
      products: ["Voice"],
      impact: "unavailable",
      excluded: "maintenance",
    },
  );

  it("prints each product's availability against its commitment, and a chart", async () => {
    const dir = await mkdtemp(join(tmpdir(), "sla-desk-report-"));
    const chart = join(dir, "availability.png");
    const args = [
      "report",
      "availability",
      "--policy",
      "cm-connect-engage",
      "--period",
      "2026-Q1",
      "--incidents",
      "-",
    ];
    const { code, out } = await cli([...args, "--chart", chart], incidents);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(Object.keys(report)).toEqual(["policy", "period", "totalMinutes", "products", "creditPercent"]);
    expect(report).toMatchObject({ policy: "cm-connect-engage", totalMinutes: 129_540, creditPercent: null });
    expect(report.products).toHaveLength(5);
    expect(Object.keys(report.products[0])).toEqual([
      "product",
      "commitmentPercent",
      "unavailableMinutes",
      "excludedMinutes",
      "availabilityPercent",
      "met",
      "minutesLeft",
    ]);
    expect(report.products[1]).toMatchObject({
      product: "Voice",
      unavailableMinutes: 30,
      excludedMinutes: 90,
      met: false,
    });
    const image = decoded(await readFile(chart));
    expect(image).toMatchObject({ width: 800, height: 400 });
    expect(image.colours).toBeGreaterThan(8);
    const csv = await cli([...args, "--format", "csv"], incidents);
    expect(csv.out.split("\r\n")[2]).toMatch(/^Voice,99\.99,30,90,99\.976825\d+,false,-17\.05\d*$/);
  });
});

describe("sla-desk maintenance check", () => {
  it("prints the rules a window breaks and exits 1; a window that keeps them exits 0", async () => {
    const args = ["maintenance", "check", "--policy", "kongo-hubspot", "--duration", "1h"];
    const ok = await cli([
      ...args,
      "--start",
      "2026-06-13T01:00:00+10:00",
      "--announced",
      "2026-06-09T09:00:00+10:00",
    ]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toEqual({
      ok: true,
      problems: [],
      warnings: [],
      noticeHours: 88,
      requiredNoticeHours: 72,
    });
    const bad = await cli([
      ...args,
      "--start",
      "2026-06-12T17:30:00+10:00",
      "--announced",
      "2026-06-11T09:00:00+10:00",
      "--used",
      "150",
    ]);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out).problems).toHaveLength(3);
    const emergency = await cli([
      "maintenance",
      "check",
      "--policy",
      "cm-connect-engage",
      "--start",
      "2026-06-13T22:00:00+02:00",
      "--duration",
      "90m",
      "--announced",
      "2026-06-12T21:00:00+02:00",
      "--emergency",
    ]);
    expect(emergency.code).toBe(0);
    expect(JSON.parse(emergency.out)).toMatchObject({ ok: true, requiredNoticeHours: 24, noticeHours: 25 });
  });
});

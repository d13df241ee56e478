import { describe, expect, it } from "vitest";
import { parseHistory, replayHistory } from "../../../src/application/replay-history.js";
import { InvalidEventError } from "../../../src/domain/errors.js";
import { parseInstant } from "../../../src/domain/sla/instant.js";
import { Policy } from "../../../src/domain/sla/policy.js";
import type { PolicyDocument } from "../../../src/domain/sla/policy-schema.js";
import { presetPolicy } from "../../../src/policies/presets.js";

type RawEvent = { at: string; type: string; priority?: string; status?: string };

function replay(policy: Policy | string, events: RawEvent[], at?: string, plan?: string) {
  const resolved = typeof policy === "string" ? (presetPolicy(policy) as Policy) : policy;
  const history = parseHistory(events, resolved);
  return replayHistory(
    resolved,
    plan,
    history,
    at === undefined ? undefined : parseInstant(at, resolved.zone),
  );
}

// cm-connect-engage, Tuesday 2025-06-10 in Amsterdam (CEST, +02:00).
const t = (hhmm: string, day = "10") => `2025-06-${day}T${hhmm}:00+02:00`;

describe("first response", () => {
  it("is met by the first public agent reply on time", () => {
    const out = replay("cm-connect-engage", [
      { at: t("10:00"), type: "opened", priority: "P3" },
      { at: t("11:00"), type: "agent_reply" },
    ]);
    expect(out.metrics.first_response).toEqual({
      state: "met",
      due: "2025-06-11T09:30:00+02:00",
      breaches: 0,
    });
  });
  it("is running until due and breached after it", () => {
    const events = [{ at: t("10:00"), type: "opened", priority: "P1" }];
    expect(replay("cm-connect-engage", events, t("11:00")).metrics.first_response?.state).toBe("running");
    expect(replay("cm-connect-engage", events, t("11:01")).metrics.first_response).toEqual({
      state: "breached",
      due: t("11:00"),
      breaches: 1,
    });
  });
  it("a reply at the due instant is on time; a minute later is a breach met late", () => {
    const onTime = replay("cm-connect-engage", [
      { at: t("10:00"), type: "opened", priority: "P1" },
      { at: t("11:00"), type: "agent_reply" },
    ]);
    expect(onTime.metrics.first_response?.state).toBe("met");
    const late = replay("cm-connect-engage", [
      { at: t("10:00"), type: "opened", priority: "P1" },
      { at: t("11:01"), type: "agent_reply" },
    ]);
    expect(late.metrics.first_response).toEqual({ state: "breached", due: t("11:00"), breaches: 1 });
  });
  it("is met by an incident update too", () => {
    const out = replay("cm-connect-engage", [
      { at: t("10:00"), type: "opened", priority: "P1" },
      { at: t("10:10"), type: "update_posted" },
    ]);
    expect(out.metrics.first_response?.state).toBe("met");
  });
  it("ignores events after --at", () => {
    const out = replay(
      "cm-connect-engage",
      [
        { at: t("10:00"), type: "opened", priority: "P1" },
        { at: t("10:30"), type: "agent_reply" },
      ],
      t("10:20"),
    );
    expect(out.metrics.first_response?.state).toBe("running");
  });
});

describe("follow-up (celigo premier, 12 h for urgent)", () => {
  const at = (hhmm: string, day = "12") => `2025-06-${day}T${hhmm}:00-07:00`;
  it("starts at a customer reply after the first response and is met by the next agent reply", () => {
    const out = replay(
      "celigo",
      [
        { at: at("10:00"), type: "opened", priority: "urgent" },
        { at: at("10:30"), type: "agent_reply" },
        { at: at("11:00"), type: "customer_reply" },
        { at: at("12:00"), type: "customer_reply" },
        { at: at("20:00"), type: "agent_reply" },
      ],
      undefined,
      "premier",
    );
    expect(out.metrics.follow_up).toEqual({ state: "met", due: at("23:00"), breaches: 0 });
  });
  it("counts each breached cycle", () => {
    const out = replay(
      "celigo",
      [
        { at: at("10:00"), type: "opened", priority: "urgent" },
        { at: at("10:30"), type: "agent_reply" },
        { at: at("11:00"), type: "customer_reply" },
        { at: at("23:30"), type: "agent_reply" },
        { at: at("08:00", "13"), type: "customer_reply" },
      ],
      at("21:00", "13"),
      "premier",
    );
    expect(out.metrics.follow_up).toEqual({ state: "breached", due: at("20:00", "13"), breaches: 2 });
  });
  it("a customer reply before the first response starts nothing", () => {
    const out = replay(
      "celigo",
      [
        { at: at("10:00"), type: "opened", priority: "urgent" },
        { at: at("10:10"), type: "customer_reply" },
      ],
      at("10:20"),
      "premier",
    );
    expect(out.metrics.follow_up).toBeUndefined();
    expect(out.metrics.first_response?.state).toBe("running");
  });
});

describe("update cadence (cm-connect-engage P1: every 15 minutes)", () => {
  it("each update restarts the cadence; late updates count as breaches", () => {
    const out = replay(
      "cm-connect-engage",
      [
        { at: t("10:00"), type: "opened", priority: "P1" },
        { at: t("10:14"), type: "update_posted" },
        { at: t("10:35"), type: "update_posted" },
        { at: t("10:50"), type: "update_posted" },
      ],
      t("10:55"),
    );
    expect(out.metrics.update).toEqual({ state: "running", due: t("11:05"), breaches: 1 });
  });
  it("resolving stops the cadence", () => {
    const out = replay(
      "cm-connect-engage",
      [
        { at: t("10:00"), type: "opened", priority: "P1" },
        { at: t("10:10"), type: "resolved" },
      ],
      t("12:00"),
    );
    expect(out.metrics.update).toEqual({ state: "met", due: t("10:15"), breaches: 0 });
    expect(out.status).toBe("resolved");
  });
  it("a downgrade to a level without updates ends the cadence, an upgrade starts it", () => {
    const down = replay(
      "cm-connect-engage",
      [
        { at: t("10:00"), type: "opened", priority: "P2" },
        { at: t("10:20"), type: "priority_changed", priority: "P4" },
      ],
      t("12:00"),
    );
    expect(down.metrics.update?.state).toBe("met");
    const up = replay(
      "cm-connect-engage",
      [
        { at: t("10:00"), type: "opened", priority: "P4" },
        { at: t("10:20"), type: "priority_changed", priority: "P2" },
      ],
      t("10:40"),
    );
    expect(up.metrics.update).toEqual({ state: "running", due: t("10:50"), breaches: 0 });
  });
});

describe("priority changes re-target running clocks from their original start", () => {
  it("P3 to P1 makes the first response due one business hour after opening", () => {
    const out = replay(
      "cm-connect-engage",
      [
        { at: t("10:00"), type: "opened", priority: "P3" },
        { at: t("10:30"), type: "priority_changed", priority: "P1" },
      ],
      t("10:45"),
    );
    expect(out.priority).toBe("P1");
    expect(out.metrics.first_response).toEqual({ state: "running", due: t("11:00"), breaches: 0 });
  });
  it("an upgrade past the new due time is an immediate breach", () => {
    const out = replay(
      "cm-connect-engage",
      [
        { at: t("10:00"), type: "opened", priority: "P3" },
        { at: t("12:00"), type: "priority_changed", priority: "P1" },
      ],
      t("12:00"),
    );
    expect(out.metrics.first_response?.state).toBe("breached");
  });
  it("a met clock keeps the target it was met under", () => {
    const out = replay("cm-connect-engage", [
      { at: t("10:00"), type: "opened", priority: "P3" },
      { at: t("13:00"), type: "agent_reply" },
      { at: t("13:10"), type: "priority_changed", priority: "P1" },
    ]);
    expect(out.metrics.first_response).toEqual({
      state: "met",
      due: "2025-06-11T09:30:00+02:00",
      breaches: 0,
    });
  });
});

describe("pauses, workaround, resolution and reopening", () => {
  const awaitingCustomer: PolicyDocument = {
    id: "paused",
    name: "Kissflow with a pause while awaiting the customer",
    calendars: { weekdays: { zone: "Asia/Kolkata", hours: ["mon-fri 00:00-24:00"], hoursPerDay: 24 } },
    priorities: ["critical"],
    targets: [
      { metric: "workaround", amount: "4h", calendar: "weekdays" },
      { metric: "resolution", amount: "48h", calendar: "weekdays" },
    ],
    pauses: [{ statuses: ["answered"], metrics: ["resolution"] }],
  };
  const policy = Policy.fromDocument(awaitingCustomer);
  const k = (hhmm: string, day = "10") => `2025-06-${day}T${hhmm}:00+05:30`;

  it("a clock stands still while the ticket waits for the customer", () => {
    const events = [
      { at: k("10:00"), type: "opened", priority: "critical" },
      { at: k("12:00"), type: "status", status: "answered" },
    ];
    expect(replay(policy, events, k("18:00")).metrics.resolution).toEqual({
      state: "paused",
      due: null,
      breaches: 0,
    });
    const resumed = replay(
      policy,
      [...events, { at: k("22:00"), type: "status", status: "in_progress" }],
      k("23:00"),
    );
    // 2 h ran before the pause; 46 h remain from Tuesday 22:00: 2 + 24 + 20, Thursday 20:00.
    expect(resumed.metrics.resolution).toEqual({ state: "running", due: k("20:00", "12"), breaches: 0 });
  });
  it("a workaround meets the workaround clock only", () => {
    const out = replay(policy, [
      { at: k("10:00"), type: "opened", priority: "critical" },
      { at: k("13:00"), type: "workaround" },
    ]);
    expect(out.metrics.workaround?.state).toBe("met");
    expect(out.metrics.resolution?.state).toBe("running");
  });
  it("reopening starts a new resolution cycle; the earlier one keeps its verdict", () => {
    const out = replay(
      "kissflow",
      [
        { at: k("10:00"), type: "opened", priority: "critical" },
        { at: k("10:30"), type: "agent_reply" },
        { at: k("10:00", "13"), type: "resolved" },
        { at: k("10:00", "16"), type: "reopened" },
      ],
      k("11:00", "16"),
    );
    expect(out.metrics.resolution).toEqual({ state: "running", due: k("10:00", "18"), breaches: 1 });
    expect(out.status).toBe("open");
  });
});

describe("bad histories", () => {
  it("refuses events before the ticket was opened", () => {
    expect(() => replay("cm-connect-engage", [{ at: t("10:00"), type: "agent_reply" }])).toThrow(
      InvalidEventError,
    );
  });
  it("names the event and the field that is wrong", () => {
    expect(() =>
      replay("cm-connect-engage", [
        { at: t("10:00"), type: "opened", priority: "P1" },
        { at: t("10:05"), type: "status", status: "sleeping" },
      ]),
    ).toThrow(/event 2: status/);
    expect(() => replay("cm-connect-engage", [{ at: t("10:00"), type: "opened", priority: "P9" }])).toThrow(
      /no priority "P9"/,
    );
    expect(() => replay("cm-connect-engage", [{ at: "yesterday", type: "opened", priority: "P1" }])).toThrow(
      /not an ISO-8601/,
    );
  });
});

describe("a clock stopped while paused", () => {
  it("is met if its target was not used up before the pause", () => {
    const policy = Policy.fromDocument({
      id: "pause-then-resolve",
      name: "pause then resolve",
      calendars: { always: { zone: "UTC", hours: "24x7", hoursPerDay: 24 } },
      priorities: ["normal"],
      targets: [{ metric: "resolution", amount: "4h", calendar: "always" }],
      pauses: [{ statuses: ["answered"], metrics: ["resolution"] }],
    });
    const out = replay(policy, [
      { at: "2025-06-10T10:00:00Z", type: "opened", priority: "normal" },
      { at: "2025-06-10T11:00:00Z", type: "status", status: "answered" },
      { at: "2025-06-12T11:00:00Z", type: "resolved" },
    ]);
    expect(out.metrics.resolution).toEqual({ state: "met", due: "2025-06-10T14:00:00+00:00", breaches: 0 });
  });
});

describe("readings in several zones", () => {
  it("shows each metric's due time in its own calendar's zone, as `due` does", () => {
    const policy = Policy.fromDocument({
      id: "two-zones",
      name: "Amsterdam desk, New York follow-the-sun",
      calendars: {
        amsterdam: { zone: "Europe/Amsterdam", hours: "24x7", hoursPerDay: 24 },
        newYork: { zone: "America/New_York", hours: "24x7", hoursPerDay: 24 },
      },
      priorities: ["high"],
      targets: [
        { metric: "first_response", amount: "1h", calendar: "amsterdam" },
        { metric: "resolution", amount: "4h", calendar: "newYork" },
      ],
    });
    const out = replay(
      policy,
      [{ at: "2025-06-10T10:00:00+02:00", type: "opened", priority: "high" }],
      "2025-06-10T10:30:00+02:00",
    );
    expect(out.metrics.first_response?.due).toBe("2025-06-10T11:00:00+02:00");
    expect(out.metrics.resolution?.due).toBe("2025-06-10T08:00:00-04:00");
  });
});

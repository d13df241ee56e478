import { describe, expect, it } from "vitest";
import {
  dueReminders,
  nextReminderAt,
  plannedReminders,
  snoozeChoices,
} from "../../../src/domain/reminders/reminders.js";
import { presetIds, presetPolicy } from "../../../src/policies/presets.js";
import { aTicket } from "../../support/tickets.js";

const OPENED = Date.parse("2026-03-03T09:00:00+01:00");
const MINUTE = 60_000;

function ticketOn(policyId: string, level: string, plan: string | null) {
  return aTicket({
    id: 7,
    policy: policyId,
    plan,
    createdAt: OPENED,
    priority: { level, by: "agent", reason: "test", at: OPENED },
    sla: [{ at: OPENED, type: "opened", priority: level }],
  });
}

describe("every preset's reminders", () => {
  for (const id of presetIds()) {
    const policy = presetPolicy(id);
    if (policy === undefined) continue;
    const plan = policy.resolvePlan();
    for (const level of policy.priorities.map((p) => p.id)) {
      it(`${id} ${level}: nudges on the contract's update cadence and pages as its escalation says`, () => {
        const ticket = ticketOn(id, level, plan);
        const planned = plannedReminders(ticket, policy, OPENED);
        const update = policy.target("update", plan, level, OPENED);
        const nudges = planned.filter((r) => r.kind === "update");
        if (update === null || update.amountMs === "scheduled") expect(nudges).toEqual([]);
        else {
          const due = update.calendar.addOpenTime(OPENED, update.amountMs);
          expect(nudges.map((r) => [r.step, r.at])).toEqual([
            ["nudge", due],
            ["backup", update.calendar.addOpenTime(due, update.amountMs)],
            ["channel", update.calendar.addOpenTime(due, 2 * update.amountMs)],
          ]);
        }
        const escalation = policy.escalationFor(level);
        const page = planned.find((r) => r.kind === "page");
        if (escalation.timing === "none") expect(page).toBeUndefined();
        if (escalation.timing === "immediately") expect(page?.at).toBe(OPENED);
        if (escalation.timing === "next_business_hours")
          expect(page?.at).toBe(
            escalation.calendar.isOpen(OPENED) ? OPENED : escalation.calendar.nextOpening(OPENED),
          );
        for (const breach of planned.filter((r) => r.kind === "breach")) {
          const target = policy.target(breach.metric ?? "resolution", plan, level, OPENED);
          expect(breach.slaAt).toBe(
            target === null ? null : target.calendar.addOpenTime(OPENED, target.amountMs as number),
          );
        }
      });
    }
  }
});

describe("the CM.com update cadences", () => {
  const policy = presetPolicy("cm-connect-engage");
  if (policy === undefined) throw new Error("no preset");
  it.each([
    ["P1", 15],
    ["P2", 30],
  ])("%s: every %i minutes around the clock, at night too", (level, minutes) => {
    const night = Date.parse("2026-03-07T02:00:00+01:00");
    const ticket = {
      ...ticketOn("cm-connect-engage", level, null),
      createdAt: night,
      sla: [{ at: night, type: "opened" as const, priority: level }],
    };
    const nudge = plannedReminders(ticket, policy, night).find((r) => r.step === "nudge");
    expect(nudge?.at).toBe(night + minutes * MINUTE);
  });

  it("P3: 120 minutes of business hours", () => {
    const nudge = plannedReminders(ticketOn("cm-connect-engage", "P3", null), policy, OPENED).find(
      (r) => r.step === "nudge",
    );
    expect(nudge?.at).toBe(OPENED + 120 * MINUTE);
  });
});

describe("due reminders and the next time to look", () => {
  const policy = presetPolicy("cm-connect-engage");
  if (policy === undefined) throw new Error("no preset");
  const ticket = ticketOn("cm-connect-engage", "P1", null);

  it("leaves out deliveries already sent and those waiting for a retry", () => {
    const sent = { ...ticket, deliveries: { "T-7:page:P1/oncall": { state: "sent" as const, at: OPENED } } };
    const retry = { state: "failed" as const, attempts: 1, retryAt: OPENED + 5000, error: "down", done: [] };
    const failed = { ...sent, deliveries: { ...sent.deliveries, "T-7:page:P1/channel": retry } };
    expect(dueReminders([sent], () => policy, OPENED).map((r) => [r.key, r.slots])).toEqual([
      ["T-7:page:P1", ["channel"]],
    ]);
    expect(dueReminders([failed], () => policy, OPENED)).toEqual([]);
    expect(nextReminderAt(failed, policy, OPENED)).toBe(OPENED + 5000);
    expect(dueReminders([failed], () => policy, OPENED + 5000)).toHaveLength(1);
  });

  it("has nothing for a resolved ticket", () => {
    const resolved = { ...ticket, status: "resolved" as const };
    expect(plannedReminders(resolved, policy, OPENED)).toEqual([]);
    expect(nextReminderAt(resolved, policy, OPENED)).toBeNull();
  });

  it("offers snoozes of a third, two thirds and one whole period", () => {
    expect(snoozeChoices(15 * MINUTE)).toEqual([5, 10, 15]);
    expect(snoozeChoices(120 * MINUTE)).toEqual([40, 80, 120]);
    expect(snoozeChoices(2 * MINUTE)).toEqual([1, 2]);
  });
});

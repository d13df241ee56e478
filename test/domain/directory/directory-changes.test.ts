import { describe, expect, it } from "vitest";
import { applyDirectoryEdit, NO_DIRECTORY_CHANGES } from "../../../src/domain/directory/directory-changes.js";

const record = (eventId: string, summary: string) => ({ at: 1, by: "slack:U0BOB", eventId, summary });

describe("the directory's changes", () => {
  it("apply each change of an event once, however often the event is retried", () => {
    const customer = { kind: "customer", id: "newco", customer: { name: "New Co" } } as const;
    const channel = { kind: "channel", conversation: "slack:C1", customer: "newco" } as const;
    const once = applyDirectoryEdit(NO_DIRECTORY_CHANGES, customer, record("Ev1", "added newco"));
    const both = applyDirectoryEdit(once, channel, record("Ev1", "linked C1"));
    expect(both.revision).toBe(2);
    expect(applyDirectoryEdit(both, customer, record("Ev1", "added newco"))).toBe(both);
    expect(applyDirectoryEdit(both, channel, record("Ev1", "linked C1"))).toBe(both);
    const unlinked = applyDirectoryEdit(both, { ...channel, customer: null }, record("Ev2", "unlinked C1"));
    expect(unlinked).toMatchObject({ revision: 3, channels: { "slack:C1": null } });
    expect(unlinked.history.map((h) => h.summary)).toEqual(["added newco", "linked C1", "unlinked C1"]);
  });
});

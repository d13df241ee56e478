import { describe, expect, it } from "vitest";
import { IllegalTransitionError } from "../../../src/domain/ticket/status.js";
import {
  agentReply,
  assign,
  claim,
  close,
  customerReply,
  reopen,
  resolve,
  unclaim,
} from "../../../src/domain/ticket/transitions.js";
import { aTicket } from "../../support/tickets.js";

const alice = { platform: "slack", id: "U0ALICE", name: "Alice" } as const;
const bob = { platform: "slack", id: "U0BOB", name: "Bob" } as const;
const carla = { platform: "slack", id: "U0CARLA", name: "Carla" } as const;
const at = Date.UTC(2026, 2, 3, 10, 0);
const by = (user: typeof alice | typeof bob | typeof carla, eventId = "Ev1") => ({ by: user, at, eventId });

describe("a ticket's transitions", () => {
  it("claim: takes an unclaimed ticket into work, with a typed event in its history and a status clock event", () => {
    const { ticket, event } = claim(aTicket({ id: 1 }), by(alice));
    expect(event).toEqual({ at, type: "claimed", actor: alice, eventId: "Ev1" });
    expect(ticket).toMatchObject({ status: "in_progress", assignee: alice, updatedAt: at });
    expect(ticket.history.at(-1)).toEqual(event);
    expect(ticket.sla.at(-1)).toEqual({ at, type: "status", status: "in_progress" });
  });

  it("claim: refuses a ticket someone holds, one you hold, and a resolved one, naming what to do", () => {
    const held = aTicket({ id: 2, assignee: bob, status: "in_progress" });
    expect(() => claim(held, by(alice))).toThrow(
      "T-2 is claimed by Bob; use `assign T-2 @you` to take it over.",
    );
    expect(() => claim(held, by(bob))).toThrow("You already have T-2.");
    expect(() => claim(aTicket({ id: 3, status: "resolved" }), by(alice))).toThrow(
      "T-3 is resolved; `reopen T-3` first.",
    );
  });

  it("unclaim and assign: a ticket being worked on waits for the team again; an answered one stays answered", () => {
    const working = claim(aTicket({ id: 1 }), by(alice)).ticket;
    expect(unclaim(working, by(alice, "Ev2")).ticket).toMatchObject({ status: "open", assignee: null });
    const answered = aTicket({ id: 1, status: "answered", assignee: alice });
    expect(unclaim(answered, by(alice)).ticket).toMatchObject({ status: "answered", assignee: null });
    expect(assign(aTicket({ id: 1 }), bob, by(alice)).ticket).toMatchObject({
      status: "in_progress",
      assignee: bob,
    });
    expect(assign(answered, bob, by(alice)).ticket.status).toBe("answered");
  });

  it("replies: an agent's answer marks it answered; the client's reply wants an answer again, or reopens a resolved ticket", () => {
    const answered = agentReply(aTicket({ id: 1 }), "Looking", by(alice)).ticket;
    expect(answered.status).toBe("answered");
    const replied = customerReply(answered, "Still broken", by(carla, "Ev2"));
    expect(replied.ticket.status).toBe("customer_reply");
    expect(replied.event.type).toBe("customer_reply");
    const resolved = resolve(answered, "", by(alice, "Ev3")).ticket;
    const reopened = customerReply(resolved, "Not fixed", by(carla, "Ev4"));
    expect(reopened.event.type).toBe("reopened_by_reply");
    expect(reopened.ticket.status).toBe("open");
    expect(reopened.ticket.sla.at(-1)).toEqual({ at, type: "reopened" });
  });

  it("resolve, close and reopen go through the status machine", () => {
    const resolved = resolve(aTicket({ id: 1 }), "fixed", by(alice)).ticket;
    expect(() => resolve(resolved, "", by(alice, "Ev2"))).toThrow(IllegalTransitionError);
    const closed = close(resolved, by(alice, "Ev3")).ticket;
    expect(closed.status).toBe("closed");
    // A resolved ticket's clocks stopped when it was resolved: closing it adds no second stop.
    expect(closed.sla.filter((e) => e.type === "resolved")).toHaveLength(1);
    expect(() => close(closed, by(alice, "Ev4"))).toThrow(IllegalTransitionError);
    expect(reopen(closed, by(alice, "Ev5")).ticket.status).toBe("open");
    expect(() => reopen(aTicket({ id: 9 }), by(alice))).toThrow(IllegalTransitionError);
  });
});

import { afterAll, describe, expect, it } from "vitest";
import { KeyvTicketStore } from "../../adapters/storage/keyv-ticket-store.js";
import { record, type Ticket } from "../../src/domain/ticket/ticket.js";
import type { OutboxDraft, OutboxEntry } from "../../src/ports/outbox.js";
import type { Change, CommitResult } from "../../src/ports/ticket-store.js";
import type { BackendUnderTest } from "../support/backends.js";
import { aTicket, C_ACME } from "../support/tickets.js";

const AT = Date.UTC(2026, 2, 3, 9, 0);
const C_TRIAGE = "C0TRIAGE";

/** A change of these tickets (new ones at version 1), with nothing else unless given. */
function changeOf(tickets: readonly Ticket[], more: Partial<Change> = {}): Change {
  return {
    at: AT,
    tickets: tickets.map((ticket) => ({ ticket, expectedVersion: ticket.version - 1 })),
    threads: [],
    outbox: [],
    ...more,
  };
}

/** The next version of a ticket, with one more history line. */
const next = (ticket: Ticket, type = "note") =>
  record({ ...ticket, version: ticket.version + 1 }, { at: ticket.updatedAt + 1, type });

function aDraft(
  key: string,
  lane = "ticket:1:client",
  target: OutboxDraft["target"] | undefined = undefined,
): OutboxDraft {
  return {
    key,
    lane,
    rank: 0,
    target: target ?? { kind: "post", to: { platform: "slack", conversation: C_ACME } },
    message: { text: key },
  };
}

const claimFor = (owner: string, until: number) => ({ owner, until });

/** What a committed change put in the outbox. */
function written(result: CommitResult): readonly OutboxEntry[] {
  if (!result.committed) throw new Error(`refused: ${result.conflict}`);
  return result.outbox;
}

/** The behaviour every TicketStore backend must show; run once per backend. */
export function ticketStoreContract(backend: BackendUnderTest): void {
  describe.skipIf(backend.unavailable !== null)(`TicketStore on ${backend.name}`, () => {
    const stores: KeyvTicketStore[] = [];
    let run = 0;
    /** Each test gets its own key space, and may open several replicas of it. */
    const replicaOf = async (space: string, owner = "desk-a") => {
      const store = await KeyvTicketStore.open(await backend.open(), `${backend.prefix}${space}:`, owner);
      stores.push(store);
      return store;
    };
    let store: KeyvTicketStore;
    let space: string;
    afterAll(async () => {
      await Promise.all(stores.map((s) => s.close()));
    });
    const fresh = async () => {
      space = `t${++run}`;
      store = await replicaOf(space);
      return store;
    };

    it("hands out ticket numbers that are never handed out again", async () => {
      await fresh();
      const first = await store.nextNumber();
      expect(await store.nextNumber()).toBe(first + 1);
      const parallel = await Promise.all(Array.from({ length: 40 }, () => store.nextNumber()));
      expect(new Set(parallel).size).toBe(40);
      expect(Math.min(...parallel)).toBeGreaterThan(first + 1);
      await store.commit(changeOf([aTicket({ id: Math.max(...parallel) })]));
      // A new process on the same store continues after the highest committed ticket.
      expect(await (await replicaOf(space)).nextNumber()).toBeGreaterThan(Math.max(...parallel));
    });

    if (backend.shared)
      it("gives replicas drawing numbers at once different numbers", async () => {
        await fresh();
        const other = await replicaOf(space, "desk-b");
        const drawn = await Promise.all(
          Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? store : other).nextNumber()),
        );
        expect(new Set(drawn).size).toBe(30);
      });

    it("stores a ticket whole and refuses a second ticket with its number", async () => {
      await fresh();
      const ticket = aTicket({ id: 7, description: ':rotating_light: café <!channel> "quoted"\nline two' });
      expect(await store.commit(changeOf([ticket]))).toEqual({ committed: true, outbox: [] });
      expect(await store.get(7)).toEqual(ticket);
      expect(await store.commit(changeOf([aTicket({ id: 7, title: "other" })]))).toEqual({
        committed: false,
        conflict: "version",
      });
      expect((await store.get(7))?.title).toBe("Checkout fails");
    });

    it("saves against the version read and refuses a stale write, changing nothing of it", async () => {
      await fresh();
      await store.commit(changeOf([aTicket({ id: 1 })]));
      const read = (await store.get(1)) as Ticket;
      expect((await store.commit(changeOf([next(read, "claimed")]))).committed).toBe(true);
      const stale = await store.commit(
        changeOf([next(read, "stale")], {
          threads: [{ thread: { platform: "slack", conversation: C_ACME, thread: "9.9" }, ticket: 1 }],
          outbox: [aDraft("stale#1")],
        }),
      );
      expect(stale).toEqual({ committed: false, conflict: "version" });
      const stored = (await store.get(1)) as Ticket;
      expect(stored.version).toBe(2);
      expect(stored.history.map((h) => h.type)).toEqual(["opened", "claimed"]);
      expect(
        await store.findByThread({ platform: "slack", conversation: C_ACME, thread: "9.9" }),
      ).toBeUndefined();
      expect(await store.pendingOutbox(0, 10, AT, "desk-a")).toEqual([]);
    });

    it("loses no update when replicas write one ticket at once (each retries on conflict)", async () => {
      await fresh();
      const replicas = [store, await replicaOf(space), await replicaOf(space)];
      await store.commit(changeOf([aTicket({ id: 1 })]));
      const addNote = async (writer: KeyvTicketStore, n: number) => {
        for (;;) {
          const current = (await writer.get(1)) as Ticket;
          const noted = {
            ...next(current),
            history: [...current.history, { at: 1, type: "note", text: `${n}` }],
          };
          if ((await writer.commit(changeOf([noted]))).committed) return;
        }
      };
      await Promise.all(Array.from({ length: 24 }, (_, n) => addNote(replicas[n % 3] as KeyvTicketStore, n)));
      const stored = (await store.get(1)) as Ticket;
      expect(stored.version).toBe(25);
      expect(stored.history.filter((h) => h.type === "note")).toHaveLength(24);
    });

    it("finds a ticket by any thread indexed to it, and by its card's thread once the card landed", async () => {
      await fresh();
      const ticket = aTicket({ id: 3 });
      const other = { platform: "teams" as const, conversation: "19:acme@thread.tacv2", thread: "1710" };
      await store.commit(
        changeOf([ticket], {
          threads: [
            { thread: ticket.clientThread, ticket: 3 },
            { thread: other, ticket: 3 },
          ],
        }),
      );
      expect((await store.findByThread(ticket.clientThread))?.id).toBe(3);
      expect((await store.findByThread(other))?.id).toBe(3);
      const card = aDraft("open#2", "ticket:3:triage", {
        kind: "post",
        to: { platform: "slack", conversation: C_TRIAGE },
        lands: { ticket: 3, side: "triage" },
      });
      const outbox = written(await store.commit(changeOf([next(ticket)], { outbox: [card] })));
      const ref = { platform: "slack" as const, conversation: C_TRIAGE, message: "1700000200.000001" };
      await store.settleOutbox(outbox[0] as OutboxEntry, { state: "delivered", at: AT, ref });
      const triageThread = { platform: "slack" as const, conversation: C_TRIAGE, thread: ref.message };
      expect(await store.get(3)).toMatchObject({ triageCard: ref, triageThread });
      expect((await store.findByThread(triageThread))?.id).toBe(3);
      expect(await store.landedCard(3, "triage")).toEqual(ref);
      expect(
        await store.findByThread({ platform: "slack", conversation: C_ACME, thread: "0.0" }),
      ).toBeUndefined();
    });

    it("lists by openness, customer, assignee and due time, most recently updated first", async () => {
      await fresh();
      const agent = { platform: "slack" as const, id: "U0AGENT" };
      // The numbers are drawn as the desk draws them, so a new process knows how far to read.
      for (let n = 0; n < 4; n++) await store.nextNumber();
      await store.commit(changeOf([aTicket({ id: 1, updatedAt: 10, dueAt: 100 })]));
      await store.commit(
        changeOf([aTicket({ id: 2, customer: "globex", assignee: agent, updatedAt: 20, dueAt: 300 })]),
      );
      await store.commit(changeOf([aTicket({ id: 3, status: "resolved", updatedAt: 30 })]));
      const restarted = await replicaOf(space);
      await restarted.commit(changeOf([aTicket({ id: 4, updatedAt: 40 })]));
      const ids = async (q: Parameters<KeyvTicketStore["list"]>[0]) =>
        (await restarted.list(q)).map((t) => t.id);
      expect(await ids({ open: true })).toEqual([4, 2, 1]);
      expect(await ids({ open: false })).toEqual([3]);
      expect(await ids({ customer: "globex" })).toEqual([2]);
      expect(await ids({ assignee: "slack:U0AGENT" })).toEqual([2]);
      expect(await ids({ open: true, assignee: null })).toEqual([4, 1]);
      expect(await ids({ dueBy: 200 })).toEqual([1]);
      const one = (await restarted.get(1)) as Ticket;
      await restarted.commit(changeOf([{ ...next(one, "resolved"), status: "resolved", updatedAt: 50 }]));
      expect(await ids({ open: true })).toEqual([4, 2]);
    });

    // Only shared backends have replicas; an SQLite file is one desk process's.
    if (backend.shared)
      it("shows a replica that refreshes all the time every write of the others, none skipped", async () => {
        await fresh();
        const replica = await replicaOf(space);
        const writers = [store, await replicaOf(space), await replicaOf(space)];
        let writing = true;
        const refreshes = (async () => {
          let count = 0;
          for (; writing; count++) await replica.list({});
          return count;
        })();
        await Promise.all(
          writers.map(async (writer) => {
            for (let k = 0; k < 8; k++) {
              const id = await writer.nextNumber();
              await writer.commit(changeOf([aTicket({ id, updatedAt: id })]));
              const made = (await writer.get(id)) as Ticket;
              await writer.commit(changeOf([{ ...next(made), updatedAt: 1000 + id }]));
            }
          }),
        );
        writing = false;
        expect(await refreshes).toBeGreaterThan(3);
        const seen = await replica.list({});
        expect(seen).toHaveLength(24);
        expect(seen.every((summary) => summary.updatedAt === 1000 + summary.id)).toBe(true);
      });

    it("records an inbound event once: a redelivery is recognised, by any replica, handled or not", async () => {
      await fresh();
      const entry = {
        id: "slack:Ev1",
        source: "slack",
        payload: { text: "down" },
        partition: "slack:C1",
        receivedAt: AT,
      };
      expect(await store.recordInbound(entry, claimFor("desk-a", AT + 10_000))).toBe(true);
      expect(await store.recordInbound(entry, claimFor("desk-a", AT + 10_000))).toBe(false);
      const other = await replicaOf(space, "desk-b");
      expect(await other.recordInbound(entry, claimFor("desk-b", AT + 10_000))).toBe(false);
      await store.commit(changeOf([], { inboxDone: "slack:Ev1" }));
      expect(await other.recordInbound(entry, claimFor("desk-b", AT + 10_000))).toBe(false);
    });

    it("completes an inbox entry in the same write as its change, once: a second handler is refused", async () => {
      await fresh();
      await store.recordInbound(
        { id: "Ev2", source: "desk", payload: {}, partition: "p", receivedAt: AT },
        claimFor("desk-a", AT + 10_000),
      );
      const other = await replicaOf(space, "desk-b");
      const [a, b] = await Promise.all([
        store.commit(changeOf([aTicket({ id: 1 })], { inboxDone: "Ev2", outbox: [aDraft("Ev2#1")] })),
        other.commit(changeOf([aTicket({ id: 2 })], { inboxDone: "Ev2", outbox: [aDraft("Ev2#1")] })),
      ]);
      expect([a.committed, b.committed].sort()).toEqual([false, true]);
      const refused = a.committed ? b : a;
      expect(refused).toEqual({ committed: false, conflict: "handled" });
      expect(await store.pendingOutbox(0, 10, AT, "desk-a")).toHaveLength(1);
      // The refused change's ticket was not written either.
      expect([await store.get(1), await store.get(2)].filter((t) => t !== undefined)).toHaveLength(1);
      expect(await store.inboxDepth()).toEqual({ count: 0, oldest: null });
    });

    it("gives an entry whose claim lapsed to the next sweep, and sets it aside after a final failure", async () => {
      await fresh();
      const inbound = (id: string, receivedAt: number) => ({
        id,
        source: "desk",
        payload: { id },
        partition: "p",
        receivedAt,
      });
      await store.recordInbound(inbound("E-old", AT), claimFor("desk-a", AT + 1000));
      await store.recordInbound(inbound("E-new", AT + 5), claimFor("desk-a", AT + 60_000));
      expect(await store.inboxDepth()).toEqual({ count: 2, oldest: AT });
      const other = await replicaOf(space, "desk-b");
      const claimed = await other.claimStaleInbound(AT + 2000, claimFor("desk-b", AT + 12_000), 10);
      expect(claimed).toEqual([
        {
          id: "E-old",
          source: "desk",
          payload: { id: "E-old" },
          partition: "p",
          receivedAt: AT,
          attempts: 0,
        },
      ]);
      // Claimed now: nobody else takes it until that claim lapses.
      expect(await store.claimStaleInbound(AT + 3000, claimFor("desk-a", AT + 13_000), 10)).toEqual([]);
      await other.releaseInbound("E-old", AT + 4000, "Slack answered 500", false);
      const again = await store.claimStaleInbound(AT + 4000, claimFor("desk-a", AT + 14_000), 10);
      expect(again.map((e) => [e.id, e.attempts])).toEqual([["E-old", 1]]);
      await store.releaseInbound("E-old", AT + 5000, "still failing", true);
      expect(await store.claimStaleInbound(AT + 100_000_000, claimFor("desk-a", 0), 10)).toEqual([
        expect.objectContaining({ id: "E-new" }),
      ]);
    });

    it("keeps outbox entries in commit order, each key once, and answers with the process that wrote them", async () => {
      await fresh();
      const answer = aDraft("Ev3#2", "answer:slack:U0A", {
        kind: "answer",
        user: { platform: "slack", id: "U0A" },
        in: { platform: "slack", conversation: C_ACME },
      });
      const first = await store.commit(changeOf([], { outbox: [aDraft("Ev3#1"), answer] }));
      const second = await store.commit(changeOf([], { outbox: [aDraft("Ev3#1"), aDraft("Ev4#1")] }));
      expect(first.committed && first.outbox.map((e) => e.key)).toEqual(["Ev3#1", "Ev3#2"]);
      expect(second.committed && second.outbox.map((e) => e.key)).toEqual(["Ev4#1"]);
      const mine = await store.pendingOutbox(0, 10, AT, "desk-a");
      expect(mine.map((e) => e.key)).toEqual(["Ev3#1", "Ev3#2", "Ev4#1"]);
      expect(mine.map((e) => e.seq)).toEqual([...mine.map((e) => e.seq)].sort((a, b) => a - b));
      expect(first.committed && first.outbox[1]).toMatchObject({
        claimedBy: "desk-a",
        target: { kind: "answer" },
      });
      if (backend.shared) {
        const other = await replicaOf(space, "desk-b");
        expect((await other.pendingOutbox(0, 10, AT, "desk-b")).map((e) => e.key)).toEqual([
          "Ev3#1",
          "Ev4#1",
        ]);
        // Once the writer's claim lapses (it died), another process sends the answer.
        expect((await other.pendingOutbox(0, 10, AT + 60_000, "desk-b")).map((e) => e.key)).toContain(
          "Ev3#2",
        );
      } else {
        // A file's one desk process, restarted, sends what its earlier life claimed and did not send.
        const restarted = await replicaOf(space, "desk-b");
        expect((await restarted.pendingOutbox(0, 10, AT, "desk-b")).map((e) => e.key)).toContain("Ev3#2");
      }
      expect((await store.pendingOutbox(mine[1]?.seq ?? 0, 10, AT, "desk-a")).map((e) => e.key)).toEqual([
        "Ev4#1",
      ]);
    });

    it("records each outcome: a retry stays pending with its time, a delivery or a refusal leaves", async () => {
      await fresh();
      const outbox = written(
        await store.commit(changeOf([], { outbox: [aDraft("E#1"), aDraft("E#2"), aDraft("E#3")] })),
      );
      const [one, two, three] = outbox as [OutboxEntry, OutboxEntry, OutboxEntry];
      await store.settleOutbox(one, { state: "retry", attempts: 1, retryAt: AT + 1000, error: "503" });
      await store.settleOutbox(two, {
        state: "delivered",
        at: AT,
        ref: { platform: "slack", conversation: C_ACME, message: "1.2" },
      });
      await store.settleOutbox(three, { state: "dead", at: AT, error: "channel_not_found" });
      const left = await store.pendingOutbox(0, 10, AT, "desk-a");
      expect(left.map((e) => [e.key, e.attempts, e.retryAt])).toEqual([["E#1", 1, AT + 1000]]);
      expect(await store.outboxDepth()).toEqual({ count: 1, oldest: AT });
      // A late second outcome of a settled entry changes nothing.
      await store.settleOutbox(two, { state: "retry", attempts: 9, retryAt: 1, error: "late" });
      expect(await store.pendingOutbox(0, 10, AT, "desk-a")).toHaveLength(1);
      // Settled entries are forgotten after their memory (Redis lets them expire by themselves).
      if (backend.name !== "redis") {
        expect(await store.pruneOutbox(AT)).toBe(0);
        expect(await store.pruneOutbox(AT + 1)).toBe(2);
        expect(await store.pendingOutbox(0, 10, AT, "desk-a")).toHaveLength(1);
      }
    });

    it("keeps settings beside the tickets", async () => {
      await fresh();
      await store.setSetting("oncall", { user: "U1" });
      expect(await (await replicaOf(space)).getSetting("oncall")).toEqual({ user: "U1" });
      expect(await store.getSetting("missing")).toBeUndefined();
    });
  });
}

import { afterAll, describe, expect, it } from "vitest";
import { KeyvTicketStore } from "../../adapters/storage/keyv-ticket-store.js";
import { record, type Ticket } from "../../src/domain/ticket/ticket.js";
import type { BackendUnderTest } from "../support/backends.js";
import { aTicket, C_ACME } from "../support/tickets.js";

/** The behaviour every TicketStore backend must show; run once per backend. */
export function ticketStoreContract(backend: BackendUnderTest): void {
  describe.skipIf(backend.unavailable !== null)(`TicketStore on ${backend.name}`, () => {
    const stores: KeyvTicketStore[] = [];
    let run = 0;
    /** Each test gets its own key space, and may open several replicas of it. */
    const replicaOf = async (space: string) => {
      const store = await KeyvTicketStore.open(await backend.open(), `${backend.prefix}${space}:`);
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

    it("reserves one number per event, the same number when the event comes again", async () => {
      await fresh();
      const first = await store.reserveNumber("Ev1");
      const second = await store.reserveNumber("Ev2");
      expect(second).toBe(first + 1);
      expect(await store.reserveNumber("Ev1")).toBe(first);
      const parallel = await Promise.all(Array.from({ length: 40 }, (_, i) => store.reserveNumber(`P${i}`)));
      expect(new Set(parallel).size).toBe(40);
      expect(Math.min(...parallel)).toBeGreaterThan(second);
    });

    it("gives two replicas racing on one event the same number", async () => {
      await fresh();
      const other = await replicaOf(space);
      const [a, b] = await Promise.all([store.reserveNumber("Race"), other.reserveNumber("Race")]);
      expect(a).toBe(b);
    });

    it("stores a ticket whole and refuses a second ticket with its number", async () => {
      await fresh();
      const ticket = aTicket({ id: 7, description: ':rotating_light: café <!channel> "quoted"\nline two' });
      expect(await store.create(ticket)).toBe(true);
      expect(await store.get(7)).toEqual(ticket);
      expect(await store.create(aTicket({ id: 7, title: "other" }))).toBe(false);
      expect((await store.get(7))?.title).toBe("Checkout fails");
    });

    it("saves against the version read and refuses a stale write, changing nothing", async () => {
      await fresh();
      await store.create(aTicket({ id: 1 }));
      const read = (await store.get(1)) as Ticket;
      const claimed = record(read, { at: read.createdAt + 1, type: "claimed" }, { status: "in_progress" });
      expect(await store.save(claimed, read.version)).toBe(true);
      expect(await store.save(record(read, { at: 2, type: "stale" }), read.version)).toBe(false);
      const stored = (await store.get(1)) as Ticket;
      expect(stored.version).toBe(2);
      expect(stored.status).toBe("in_progress");
      expect(stored.history.map((h) => h.type)).toEqual(["opened", "claimed"]);
    });

    it("loses no update when replicas write one ticket at once (each retries on conflict)", async () => {
      await fresh();
      const replicas = [store, await replicaOf(space), await replicaOf(space)];
      await store.create(aTicket({ id: 1 }));
      const addNote = async (writer: KeyvTicketStore, n: number) => {
        for (;;) {
          const current = (await writer.get(1)) as Ticket;
          const next = record(current, { at: current.updatedAt, type: "note", text: `note ${n}` });
          if (await writer.save(next, current.version)) return;
        }
      };
      await Promise.all(Array.from({ length: 24 }, (_, n) => addNote(replicas[n % 3] as KeyvTicketStore, n)));
      const stored = (await store.get(1)) as Ticket;
      expect(stored.version).toBe(25);
      expect(stored.history.filter((h) => h.type === "note")).toHaveLength(24);
    });

    it("finds a ticket by its client thread and by any thread indexed to it", async () => {
      await fresh();
      const ticket = aTicket({ id: 3 });
      await store.create(ticket);
      const triage = { platform: "teams" as const, conversation: "19:triage@thread.tacv2", thread: "1710" };
      await store.indexThread(triage, 3);
      expect((await store.findByThread(ticket.clientThread))?.id).toBe(3);
      expect((await store.findByThread(triage))?.id).toBe(3);
      expect(
        await store.findByThread({ platform: "slack", conversation: C_ACME, thread: "0.0" }),
      ).toBeUndefined();
    });

    it("lists by openness, customer, assignee and due time, most recently updated first", async () => {
      await fresh();
      const agent = { platform: "slack" as const, id: "U0AGENT" };
      for (const event of ["E1", "E2", "E3", "E4"]) await store.reserveNumber(event);
      await store.create(aTicket({ id: 1, updatedAt: 10, dueAt: 100 }));
      await store.create(aTicket({ id: 2, customer: "globex", assignee: agent, updatedAt: 20, dueAt: 300 }));
      await store.create(aTicket({ id: 3, status: "resolved", updatedAt: 30 }));
      const restarted = await replicaOf(space);
      await restarted.create(aTicket({ id: 4, updatedAt: 40 }));
      const ids = async (q: Parameters<KeyvTicketStore["list"]>[0]) =>
        (await restarted.list(q)).map((t) => t.id);
      expect(await ids({ open: true })).toEqual([4, 2, 1]);
      expect(await ids({ open: false })).toEqual([3]);
      expect(await ids({ customer: "globex" })).toEqual([2]);
      expect(await ids({ assignee: "slack:U0AGENT" })).toEqual([2]);
      expect(await ids({ open: true, assignee: null })).toEqual([4, 1]);
      expect(await ids({ dueBy: 200 })).toEqual([1]);
      const one = (await restarted.get(1)) as Ticket;
      await restarted.save(record(one, { at: 50, type: "resolved" }, { status: "resolved" }), one.version);
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
          writers.map(async (writer, w) => {
            for (let k = 0; k < 8; k++) {
              const id = await writer.reserveNumber(`E${w}-${k}`);
              await writer.create(aTicket({ id, updatedAt: id }));
              const made = (await writer.get(id)) as Ticket;
              await writer.save({ ...made, updatedAt: 1000 + id }, made.version);
            }
          }),
        );
        writing = false;
        expect(await refreshes).toBeGreaterThan(3);
        const seen = await replica.list({});
        expect(seen).toHaveLength(24);
        expect(seen.every((summary) => summary.updatedAt === 1000 + summary.id)).toBe(true);
      });

    it("keeps a half-made ticket invisible and lets the redelivered event finish it", async () => {
      await fresh();
      const id = await store.reserveNumber("EvCrash");
      const ticket = aTicket({ id });
      // The process died after indexing the thread, before writing the ticket.
      await store.indexThread(ticket.clientThread, id);
      const restarted = await replicaOf(space);
      expect(await restarted.findByThread(ticket.clientThread)).toBeUndefined();
      expect(await restarted.list({})).toEqual([]);
      expect(await restarted.reserveNumber("EvCrash")).toBe(id);
      expect(await restarted.create(ticket)).toBe(true);
      expect((await restarted.findByThread(ticket.clientThread))?.id).toBe(id);
    });

    it("answers first delivery once per event id", async () => {
      await fresh();
      expect(await store.firstDelivery("Ev9")).toBe(true);
      expect(await store.firstDelivery("Ev9")).toBe(false);
      expect(await (await replicaOf(space)).firstDelivery("Ev9")).toBe(false);
    });

    it("keeps settings beside the tickets", async () => {
      await fresh();
      await store.setSetting("oncall", { user: "U1" });
      expect(await (await replicaOf(space)).getSetting("oncall")).toEqual({ user: "U1" });
      expect(await store.getSetting("missing")).toBeUndefined();
    });
  });
}

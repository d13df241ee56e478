import { afterAll, describe, expect, it, vi } from "vitest";
import type { KeyvBackend } from "../../../adapters/storage/keyv-backend.js";
import { RedisLease } from "../../../adapters/storage/leases.js";
import { backendsUnderTest } from "../../support/backends.js";

// An SQLite file has one desk process, whose lease is always its own: only shared stores elect.
for (const backend of (await backendsUnderTest()).filter((b) => b.shared)) {
  describe.skipIf(backend.unavailable !== null)(`scheduler lease on ${backend.name}`, () => {
    const opened: KeyvBackend[] = [];
    let run = 0;
    /** Two desk processes: separate connections to one lease key. */
    const twoProcesses = async (ttlMs: number) => {
      const key = `${backend.prefix}lease${++run}`;
      const [a, b] = [await backend.open(), await backend.open()];
      opened.push(a, b);
      return [a.lease(key, ttlMs), b.lease(key, ttlMs)] as const;
    };
    afterAll(async () => {
      await Promise.all(opened.map((b) => b.close()));
    });

    it("is held by one process at a time; renewing keeps the fence, a new holder gets a higher one", async () => {
      const [a, b] = await twoProcesses(10_000);
      const fence = await a.acquire();
      expect(fence).toBeGreaterThan(0);
      expect(a.holds()).toBe(true);
      expect(await b.acquire()).toBeNull();
      expect(b.holds()).toBe(false);
      expect(await a.acquire()).toBe(fence);
      await a.release();
      expect(a.holds()).toBe(false);
      expect(await b.acquire()).toBe((fence as number) + 1);
      expect(await a.acquire()).toBeNull();
    });

    it("passes to another process when the holder stops renewing (it died)", async () => {
      const [a, b] = await twoProcesses(150);
      const fence = await a.acquire();
      expect(await b.acquire()).toBeNull();
      // The server expires the lease on its own clock; poll for it rather than guess a sleep.
      await vi.waitFor(async () => expect(await b.acquire()).toBe((fence as number) + 1), {
        timeout: 3000,
        interval: 25,
      });
      expect(await a.acquire()).toBeNull();
    });
  });
}

describe("lease deadline", () => {
  it("stops counting on the lease before its period runs out on the server", async () => {
    let now = 0;
    let reply = 1;
    const client = { eval: async () => reply };
    const lease = new RedisLease(client, "k", 1000, () => now);
    expect(await lease.acquire()).toBe(1);
    now = 799;
    expect(lease.holds()).toBe(true);
    now = 800;
    expect(lease.holds()).toBe(false);
    reply = -1;
    expect(await lease.acquire()).toBeNull();
    expect(lease.holds()).toBe(false);
  });
});

import { afterAll, describe, expect, it } from "vitest";
import type { KeyvBackend } from "../../../adapters/storage/keyv-backend.js";
import { KeyvDirectoryLedger } from "../../../adapters/storage/keyv-directory-ledger.js";
import { deskConfigSchema } from "../../../src/config/desk-config.js";
import { StoredDirectory } from "../../../src/config/stored-directory.js";
import { applyDirectoryEdit } from "../../../src/domain/directory/directory-changes.js";
import { presetPolicy } from "../../../src/policies/presets.js";
import { silentLogger } from "../../../src/ports/logger.js";
import { backendsUnderTest } from "../../support/backends.js";
import { DESK_CONFIG } from "../../support/desk.js";

const policy = (id: string) => {
  const found = presetPolicy(id);
  if (found === undefined) throw new Error(`no policy ${id}`);
  return found;
};
const opened: KeyvBackend[] = [];
afterAll(async () => {
  for (const backend of opened.splice(0)) await backend.close();
});

for (const backend of await backendsUnderTest())
  describe.skipIf(backend.unavailable !== null)(`the directory's changes on ${backend.name}`, () => {
    it("lose no change when two desk processes make many at once, and reach the other process before its next event", async () => {
      const [one, two] = [await backend.open(), await backend.open()];
      opened.push(one, two);
      const key = `${backend.prefix}directory`;
      const ledgers = [new KeyvDirectoryLedger(one, key), new KeyvDirectoryLedger(two, key)];
      const seed = deskConfigSchema.parse(DESK_CONFIG);
      const options = { shared: backend.shared, logger: silentLogger };
      const other = await StoredDirectory.open(seed, policy, ledgers[1] as KeyvDirectoryLedger, options);
      await Promise.all(
        Array.from({ length: 24 }, (_, i) =>
          (ledgers[i % 2] as KeyvDirectoryLedger).update((current) =>
            applyDirectoryEdit(
              current,
              { kind: "customer", id: `c${i}`, customer: { name: `Customer ${i}` } },
              { at: i, by: "slack:U0BOB", eventId: `Ev${i}`, summary: `added c${i}` },
            ),
          ),
        ),
      );
      const changes = await ledgers[0]?.read();
      expect(changes?.revision).toBe(24);
      expect(Object.keys(changes?.customers ?? {}).sort()).toEqual(
        Array.from({ length: 24 }, (_, i) => `c${i}`).sort(),
      );
      expect(await ledgers[1]?.revision()).toBe(24);
      await ledgers[0]?.update((current) =>
        applyDirectoryEdit(
          current,
          { kind: "channel", conversation: "slack:C0NEW", customer: "c3" },
          { at: 99, by: "slack:U0BOB", eventId: "EvLink", summary: "linked C0NEW" },
        ),
      );
      // A refresh before each event (no force) is enough for the other process to see it.
      if (backend.shared) {
        await other.refresh();
        expect(other.customerAt({ platform: "slack", conversation: "C0NEW" })?.id).toBe("c3");
      }
    });
  });

import { z } from "zod";
import { type DirectoryChanges, NO_DIRECTORY_CHANGES } from "../../src/domain/directory/directory-changes.js";
import type { DirectoryLedger } from "../../src/ports/directory-ledger.js";
import type { KeyvBackend } from "./keyv-backend.js";
import { SharedDocument } from "./shared-document.js";

const role = z.enum(["agent", "lead"]);
const changesSchema = z.object({
  revision: z.number().int().min(0),
  customers: z.record(
    z.string(),
    z.object({ name: z.string(), policy: z.string().optional(), plan: z.string().optional() }),
  ),
  channels: z.record(z.string(), z.string().nullable()),
  agents: z.record(z.string(), role.nullable()),
  history: z.array(
    z.object({
      at: z.number(),
      by: z.string(),
      byName: z.string().optional(),
      eventId: z.string(),
      summary: z.string(),
    }),
  ),
});

/** The directory's changes as a shared document beside the tickets. */
export class KeyvDirectoryLedger implements DirectoryLedger {
  private readonly document: SharedDocument<DirectoryChanges>;

  constructor(backend: KeyvBackend, key: string) {
    this.document = new SharedDocument(
      backend,
      key,
      changesSchema as z.ZodType<DirectoryChanges>,
      NO_DIRECTORY_CHANGES,
      "list of customers and agents",
    );
  }

  read(): Promise<DirectoryChanges> {
    return this.document.read();
  }

  revision(): Promise<number> {
    return this.document.revision();
  }

  update(edit: (current: DirectoryChanges) => DirectoryChanges): Promise<DirectoryChanges> {
    return this.document.update(edit);
  }
}

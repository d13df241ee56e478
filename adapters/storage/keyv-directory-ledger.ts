import { z } from "zod";
import { type DirectoryChanges, NO_DIRECTORY_CHANGES } from "../../src/domain/directory/directory-changes.js";
import { BusyTicketError } from "../../src/domain/errors.js";
import type { DirectoryLedger } from "../../src/ports/directory-ledger.js";
import type { KeyvBackend } from "./keyv-backend.js";

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

/** Writes that lost to another process's are tried again this often before the lead is asked to retry. */
const SWAP_ATTEMPTS = 50;

/**
 * The directory's changes as two documents beside the tickets: the changes themselves, replaced whole
 * by compare-and-swap so two leads' changes never overwrite each other, and their revision, which every
 * desk process reads before each event to see whether there is anything new.
 */
export class KeyvDirectoryLedger implements DirectoryLedger {
  private readonly revisionKey: string;

  constructor(
    private readonly backend: KeyvBackend,
    private readonly key: string,
  ) {
    this.revisionKey = `${key}:revision`;
  }

  async read(): Promise<DirectoryChanges> {
    return parse(await this.backend.readDocument(this.key));
  }

  async revision(): Promise<number> {
    return revisionOf(await this.backend.readDocument(this.revisionKey));
  }

  async update(edit: (current: DirectoryChanges) => DirectoryChanges): Promise<DirectoryChanges> {
    for (let attempt = 0; attempt < SWAP_ATTEMPTS; attempt++) {
      const raw = await this.backend.readDocument(this.key);
      const current = parse(raw);
      const next = edit(current);
      if (next === current) return current;
      if (!(await this.backend.swapDocument(this.key, raw, JSON.stringify({ value: next })))) {
        // Another process wrote first: wait a little, spread, so writers racing together do not race again.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * Math.min(attempt + 1, 10)));
        continue;
      }
      await this.publish(next.revision);
      return next;
    }
    throw new BusyTicketError("The list of customers and agents");
  }

  /** Raises the revision document to `revision` (never lowers it: a slower writer may come second). */
  private async publish(revision: number): Promise<void> {
    for (let attempt = 0; attempt < SWAP_ATTEMPTS; attempt++) {
      const raw = await this.backend.readDocument(this.revisionKey);
      if (revisionOf(raw) >= revision) return;
      if (await this.backend.swapDocument(this.revisionKey, raw, JSON.stringify({ value: revision }))) return;
    }
  }
}

function parse(raw: string | undefined): DirectoryChanges {
  if (raw === undefined) return NO_DIRECTORY_CHANGES;
  const parsed = changesSchema.safeParse((JSON.parse(raw) as { value?: unknown }).value);
  if (!parsed.success)
    throw new Error(`the stored directory changes are unreadable: ${parsed.error.message}`);
  return parsed.data;
}

function revisionOf(raw: string | undefined): number {
  if (raw === undefined) return 0;
  const value = (JSON.parse(raw) as { value?: unknown }).value;
  return typeof value === "number" ? value : 0;
}

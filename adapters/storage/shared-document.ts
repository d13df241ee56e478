import type { z } from "zod";
import { BusyTicketError } from "../../src/domain/errors.js";
import type { KeyvBackend } from "./keyv-backend.js";

/** Writes that lost to another process's are tried again this often before the person is asked to retry. */
const SWAP_ATTEMPTS = 50;

/**
 * One small document every desk process reads and changes, stored beside the tickets: replaced whole by
 * compare-and-swap, so two processes' changes never overwrite each other, with its revision in a
 * document of its own that a process can read cheaply to see whether there is anything new.
 */
export class SharedDocument<T extends { readonly revision: number }> {
  private readonly revisionKey: string;

  constructor(
    private readonly backend: KeyvBackend,
    private readonly key: string,
    private readonly schema: z.ZodType<T>,
    private readonly empty: T,
    /** What the document is, for the message when a stored one cannot be read. */
    private readonly what: string,
  ) {
    this.revisionKey = `${key}:revision`;
  }

  async read(): Promise<T> {
    return this.parse(await this.backend.readDocument(this.key));
  }

  async revision(): Promise<number> {
    return revisionOf(await this.backend.readDocument(this.revisionKey));
  }

  /** Applies `edit` to the current document and writes it; returns what was written (or the unchanged one). */
  async update(edit: (current: T) => T): Promise<T> {
    for (let attempt = 0; attempt < SWAP_ATTEMPTS; attempt++) {
      const raw = await this.backend.readDocument(this.key);
      const current = this.parse(raw);
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
    throw new BusyTicketError(this.what.charAt(0).toUpperCase() + this.what.slice(1));
  }

  /** Raises the revision document to `revision` (never lowers it: a slower writer may come second). */
  private async publish(revision: number): Promise<void> {
    for (let attempt = 0; attempt < SWAP_ATTEMPTS; attempt++) {
      const raw = await this.backend.readDocument(this.revisionKey);
      if (revisionOf(raw) >= revision) return;
      if (await this.backend.swapDocument(this.revisionKey, raw, JSON.stringify({ value: revision }))) return;
    }
  }

  private parse(raw: string | undefined): T {
    if (raw === undefined) return this.empty;
    const parsed = this.schema.safeParse((JSON.parse(raw) as { value?: unknown }).value);
    if (!parsed.success) throw new Error(`the stored ${this.what} is unreadable: ${parsed.error.message}`);
    return parsed.data;
  }
}

function revisionOf(raw: string | undefined): number {
  if (raw === undefined) return 0;
  const value = (JSON.parse(raw) as { value?: unknown }).value;
  return typeof value === "number" ? value : 0;
}

import type { ConversationRef } from "../domain/refs.js";
import type { Ticket } from "../domain/ticket/ticket.js";
import type { OutboxDraft } from "../ports/outbox.js";
import type { Change, TicketStore } from "../ports/ticket-store.js";

interface Staged {
  readonly ticket: Ticket;
  readonly expectedVersion: number;
}

/**
 * What one inbound event (or one scheduler step) does, gathered before anything is written: the tickets
 * it changes, the threads it indexes and the messages it sends. Nothing reaches the store or a chat
 * until the turn commits, as one write; a turn whose write is refused is thrown away and run again.
 */
export class Turn {
  private readonly staged = new Map<number, Staged>();
  private readonly threads: { thread: ConversationRef; ticket: number }[] = [];
  private drafts: OutboxDraft[] = [];
  private sent = 0;

  /** `key` makes the turn's outbox keys: the same event run again writes the same keys. */
  constructor(
    readonly key: string,
    private readonly store: TicketStore,
  ) {}

  /** The ticket as this turn sees it: with its own staged changes, else as stored. */
  async get(id: number): Promise<Ticket | undefined> {
    return this.staged.get(id)?.ticket ?? (await this.store.get(id));
  }

  isStaged(id: number): boolean {
    return this.staged.has(id);
  }

  /** Stages a ticket write against the version this turn first read (0 for a new ticket). */
  stage(ticket: Ticket, readVersion: number): Ticket {
    const expectedVersion = this.staged.get(ticket.id)?.expectedVersion ?? readVersion;
    const staged = { ...ticket, version: expectedVersion + 1 };
    this.staged.set(ticket.id, { ticket: staged, expectedVersion });
    return staged;
  }

  indexThread(thread: ConversationRef, ticket: number): void {
    this.threads.push({ thread, ticket });
  }

  /** Queues a message; a card update replaces an earlier update of the same card in this turn. */
  send(draft: Omit<OutboxDraft, "key"> & { readonly key?: string }): void {
    const { target } = draft;
    if (target.kind === "update")
      this.drafts = this.drafts.filter(
        (d) =>
          !(d.target.kind === "update" && d.target.ticket === target.ticket && d.target.side === target.side),
      );
    this.sent += 1;
    this.drafts.push({ ...draft, key: draft.key ?? `${this.key}#${this.sent}` });
  }

  /** Drops everything staged so far: the event is refused and changes nothing. */
  discard(): void {
    this.staged.clear();
    this.threads.length = 0;
    this.drafts = [];
  }

  get isEmpty(): boolean {
    return this.staged.size === 0 && this.threads.length === 0 && this.drafts.length === 0;
  }

  change(at: number, inboxDone?: string): Change {
    return {
      at,
      tickets: [...this.staged.values()].map(({ ticket, expectedVersion }) => ({ ticket, expectedVersion })),
      threads: this.threads,
      outbox: this.drafts,
      inboxDone,
    };
  }
}

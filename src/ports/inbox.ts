/**
 * Inbound events as received, written before the platform is acknowledged. `source` names the adapter
 * that can read the payload ("slack", "teams", or "desk" for an already neutral event).
 */
export interface InboxEntry {
  readonly id: string;
  readonly source: string;
  readonly payload: unknown;
  /** Events of one partition (a conversation) are handled one at a time, in the order received. */
  readonly partition: string;
  readonly receivedAt: number;
  readonly attempts: number;
}

/** Who is handling an entry, and until when another process must leave it alone. */
export interface InboxClaim {
  readonly owner: string;
  readonly until: number;
}

export interface Inbox {
  /**
   * Durably records an event, claimed by its receiver. False when this id was recorded before (a
   * redelivery), whether or not its first delivery changed anything.
   */
  recordInbound(entry: Omit<InboxEntry, "attempts">, claim: InboxClaim): Promise<boolean>;
  /** Entries not yet handled whose claim has lapsed, oldest first, now claimed by `claim.owner`. */
  claimStaleInbound(now: number, claim: InboxClaim, limit: number): Promise<InboxEntry[]>;
  /**
   * Gives an entry back after a failed attempt, to be tried again from `retryAt`; after too many, it is
   * set aside as failed with the reason.
   */
  releaseInbound(id: string, retryAt: number, error: string, giveUp: boolean): Promise<void>;
  /** How many entries wait, and the oldest one's receipt time. */
  inboxDepth(): Promise<{ readonly count: number; readonly oldest: number | null }>;
  /** Forgets handled entries received before `before`; a redelivery older than that is no longer recognised. */
  pruneInbound(before: number): Promise<number>;
}

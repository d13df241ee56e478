/**
 * The right to run the reminder scheduler, held by one desk process at a time. Each new holder gets a
 * higher fence, which it writes beside every delivery it claims, so a later holder can tell a delivery
 * left in flight by an earlier one from its own.
 */
export interface Lease {
  /** Takes the lease if it is free, or extends it if this process holds it; the fence while held, else null. */
  acquire(): Promise<number | null>;
  /** Whether this process surely still holds it, by its own clock (false once it may have lapsed). */
  holds(): boolean;
  /** Gives the lease up at once, so another process can take over without waiting for it to lapse. */
  release(): Promise<void>;
}

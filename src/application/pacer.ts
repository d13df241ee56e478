import type { Pacing } from "../ports/chat-gateway.js";

/**
 * Sliding-window pacing per conversation: remembers when each post went out and says whether another
 * may go now, or when. In memory: after a restart the first posts may meet a rate limit, which the
 * dispatcher waits out like any other.
 */
export class Pacer {
  private readonly sent = new Map<string, number[]>();

  mayPost(pacing: Pacing, now: number): boolean {
    if (pacing.windows.every((w) => w.windowMs <= 0)) return true;
    return this.nextSlot(pacing, now) <= now;
  }

  /** The earliest instant at which every window of `pacing` has room for one more post. */
  nextSlot(pacing: Pacing, now: number): number {
    const log = this.sent.get(pacing.key) ?? [];
    let slot = now;
    for (const { limit, windowMs } of pacing.windows) {
      // Written as `at + windowMs > now` so that the slot computed below is, exactly, free.
      const inWindow = log.filter((at) => at + windowMs > now);
      if (inWindow.length >= limit)
        slot = Math.max(slot, (inWindow[inWindow.length - limit] ?? now) + windowMs);
    }
    return slot;
  }

  /**
   * A send counted at `from` is known to have arrived by `to` (its answer came): it counts from then on.
   * The platform counts arrivals, and a send can take a while to arrive; counting it by the time its
   * answer came keeps the next ones from arriving within its window however long it travelled.
   */
  arrived(pacing: Pacing, from: number, to: number): void {
    const log = this.sent.get(pacing.key);
    const at = log?.indexOf(from) ?? -1;
    if (log === undefined || at < 0) return;
    log[at] = Math.max(from, to);
    log.sort((a, b) => a - b);
  }

  count(pacing: Pacing, now: number): void {
    const longest = Math.max(...pacing.windows.map((w) => w.windowMs));
    const log = (this.sent.get(pacing.key) ?? []).filter((at) => at + longest > now);
    log.push(now);
    this.sent.set(pacing.key, log);
  }
}

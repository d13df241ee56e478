import type { Lease } from "../../src/ports/lease.js";

/** A lease the test hands out or takes away; each new grant raises the fence. */
export class FakeLease implements Lease {
  held = true;
  fence = 1;

  async acquire(): Promise<number | null> {
    return this.held ? this.fence : null;
  }

  holds(): boolean {
    return this.held;
  }

  async release(): Promise<void> {
    this.held = false;
  }

  /** Another process takes over: a higher fence. */
  handOver(): void {
    this.held = true;
    this.fence += 1;
  }
}

import type { Clock } from "../../src/ports/clock.js";

/** A clock the test moves by hand. */
export class FakeClock implements Clock {
  constructor(private at: number) {}

  now(): number {
    return this.at;
  }

  set(iso: string): void {
    this.at = Date.parse(iso);
  }

  advance(minutes: number): void {
    this.at += minutes * 60_000;
  }
}

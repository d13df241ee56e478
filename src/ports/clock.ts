/** The desk's only source of "now". The core never reads the system clock; tests drive a fake one. */
export interface Clock {
  /** The current instant, in epoch milliseconds. */
  now(): number;
}

import type { Clock } from "../src/ports/clock.js";

export const systemClock: Clock = { now: () => Date.now() };

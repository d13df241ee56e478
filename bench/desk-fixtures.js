// What the benchmarks share: a desk configuration with many customer channels, and its policies.
import { deskConfigSchema } from "../dist/src/config/desk-config.js";
import { presetPolicy } from "../dist/src/policies/presets.js";

/** A desk with `customers` customers, each posting in its own channel C0CUST<n>, and one agent. */
export function benchConfig(customers = 50) {
  return deskConfigSchema.parse({
    triage: { platform: "slack", conversation: "C0TRIAGE" },
    customers: Array.from({ length: customers }, (_, i) => ({
      id: `customer-${i}`,
      channels: [{ platform: "slack", conversation: `C0CUST${i}` }],
    })),
    agents: [{ platform: "slack", id: "U0AGENT", name: "Agent" }],
  });
}

export const policy = (id) => presetPolicy(id);

export const CLIENT_MESSAGES = [
  "Our checkout is down for all users, nobody can pay",
  "The export to CSV fails for one report, we can use PDF meanwhile",
  "Typo on the invoice page footer",
  "Calls to our support line drop after 30 seconds for the whole team",
];

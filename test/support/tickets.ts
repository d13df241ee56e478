import type { Ticket } from "../../src/domain/ticket/ticket.js";

export const C_ACME = "C0ACME";
export const U_CLIENT = "U0CLIENT";

/** A stored ticket with sensible defaults; override what the test is about. */
export function aTicket(overrides: Partial<Ticket> & { id: number }): Ticket {
  const at = overrides.createdAt ?? Date.UTC(2026, 2, 3, 9, 0);
  return {
    version: 1,
    customer: "acme",
    policy: "cm-connect-engage",
    plan: null,
    clientThread: { platform: "slack", conversation: C_ACME, thread: `1700000000.${overrides.id}` },
    requester: { platform: "slack", id: U_CLIENT, name: "Carla Client" },
    title: "Checkout fails",
    description: "Checkout fails for every customer",
    priority: { level: "P2", by: "suggestion", reason: "outage", confidence: 0.8, at },
    awaitingTriageAnswers: false,
    status: "open",
    assignee: null,
    links: { duplicates: [] },
    sla: [{ at, type: "opened", priority: "P2" }],
    dueAt: null,
    history: [{ at, type: "opened", text: "Checkout fails" }],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

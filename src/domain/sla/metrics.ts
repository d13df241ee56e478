/** The SLA metrics a policy can set targets for, in the order reports show them. */
export const METRICS = ["first_response", "follow_up", "update", "workaround", "resolution"] as const;
export type Metric = (typeof METRICS)[number];

/** Ticket statuses (the Kongo seed's set, plus `resolved` before `closed`). */
export const STATUSES = ["open", "in_progress", "customer_reply", "answered", "resolved", "closed"] as const;
export type TicketStatus = (typeof STATUSES)[number];

import { INCIDENT_CUSTOMER, type Ticket, ticketNumber } from "../domain/ticket/ticket.js";
import type { DeskContext } from "./desk-context.js";

/** Reports this close in time may be one outage. */
const WINDOW_MS = 30 * 60_000;
/** Share of distinct words two reports must have in common. */
const ALIKE = 0.4;
const STOP = new Set(
  "the and for are but not you all any can had her was one our out has have this that with from they been were what when your there their will would about which into just like some than them then very also does dont isnt cant wont".split(
    " ",
  ),
);

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length >= 3 && !STOP.has(word)),
  );
}

function alike(a: Set<string>, b: Set<string>): boolean {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  const union = a.size + b.size - shared;
  return shared >= 2 && union > 0 && shared / union >= ALIKE;
}

/**
 * When a new ticket reads like an open incident, or like another customer's ticket opened in the last
 * half hour, its triage thread suggests linking them, with one button: several clients reporting one
 * outage become one incident's tickets.
 */
export async function suggestLink(ctx: DeskContext, ticket: Ticket): Promise<void> {
  const mine = words(`${ticket.title} ${ticket.description}`);
  if (mine.size < 2) return;
  const now = ctx.now();
  const { store } = ctx.deps;
  // Incidents first: linking to one reaches its updates; then other customers' recent reports.
  const incidents = await store.list({ open: true, customer: INCIDENT_CUSTOMER });
  const recent = await store.list({ open: true, changedSince: now - WINDOW_MS, limit: 50 });
  const candidates = [
    ...incidents,
    ...recent.filter((s) => s.customer !== ticket.customer && s.customer !== INCIDENT_CUSTOMER),
  ].filter((summary) => summary.id !== ticket.id);
  for (const summary of candidates) {
    const other = await ctx.get(summary.id);
    if (other === undefined || other.links.duplicateOf !== undefined) continue;
    if (other.incident === undefined && other.createdAt < now - WINDOW_MS) continue;
    if (!alike(mine, words(`${other.title} ${other.description}`))) continue;
    const [n, m] = [ticketNumber(ticket.id), ticketNumber(other.id)];
    const what =
      other.incident === undefined
        ? `${m}, another customer's report from ${Math.max(1, Math.round((now - other.createdAt) / 60_000))} min ago`
        : `incident ${m}`;
    ctx.toThread(ticket, "triage", {
      text: `${n} reads like ${what}: "${other.title}". Link them so ${n}'s client hears ${m}'s updates?`,
      actions: [{ id: "ticket.link", label: `Link ${n} to ${m}`, value: `${ticket.id}:${other.id}` }],
    });
    return;
  }
}

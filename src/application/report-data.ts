import { type ImpactWindow, incidentWindows } from "../domain/reports/availability.js";
import type { ReportedTicket } from "../domain/reports/compliance.js";
import type { MaintenancePlan } from "../domain/reports/maintenance-plan.js";
import type { ReportPeriod } from "../domain/reports/period.js";
import type { Policy } from "../domain/sla/policy.js";
import { INCIDENT_CUSTOMER, ticketNumber } from "../domain/ticket/ticket.js";
import type { TicketStore } from "../ports/ticket-store.js";
import { productsOf } from "./incident-impacts.js";

/**
 * What the reports read from the store, shared by the desk's chat reports and `sla-desk export`, so a
 * report in chat and the command line's report from an export always agree.
 */

/** A customer's tickets opened in the period, with their clock events and plans. */
export async function ticketsOfCustomer(
  store: TicketStore,
  customer: string,
  period: ReportPeriod,
): Promise<ReportedTicket[]> {
  const tickets: ReportedTicket[] = [];
  const summaries = (await store.list({ customer })).sort((a, b) => a.id - b.id);
  for (const summary of summaries) {
    const ticket = await store.get(summary.id);
    if (ticket === undefined || ticket.createdAt < period.start || ticket.createdAt >= period.end) continue;
    tickets.push({ ticket: ticketNumber(ticket.id), plan: ticket.plan ?? undefined, events: ticket.sla });
  }
  return tickets;
}

/**
 * The stretches of time the contract's products were unavailable or degraded (from incidents) or under
 * maintenance (excluded), up to `until`, that touch the period.
 */
export async function impactWindows(
  store: TicketStore,
  maintenance: MaintenancePlan,
  policy: Policy,
  period: ReportPeriod,
  until: number,
): Promise<ImpactWindow[]> {
  const products = productsOf(policy);
  const ofContract = (names: readonly string[]) =>
    names.flatMap((name) => products.filter((product) => product.toLowerCase() === name.toLowerCase()));
  const windows: ImpactWindow[] = [];
  const incidents = (await store.list({ customer: INCIDENT_CUSTOMER })).sort((a, b) => a.id - b.id);
  for (const summary of incidents) {
    const incident = await store.get(summary.id);
    if (incident?.incident === undefined) continue;
    for (const window of incidentWindows(ticketNumber(incident.id), incident.incident, until)) {
      const mine = ofContract(window.products ?? []);
      if (mine.length > 0 && window.end > period.start && window.start < period.end)
        windows.push({ ...window, products: mine });
    }
  }
  for (const window of maintenance.windows) {
    const mine = ofContract(window.products);
    // Maintenance still to come has not happened yet: it counts once it has.
    const end = Math.min(window.end, until);
    if (mine.length > 0 && end > period.start && window.start < Math.min(period.end, end))
      windows.push({
        id: `maintenance:${window.id}`,
        start: window.start,
        end,
        products: mine,
        impact: "unavailable",
        excluded: "maintenance",
      });
  }
  return windows;
}

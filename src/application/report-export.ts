import type { ImpactWindow } from "../domain/reports/availability.js";
import type { ReportedTicket } from "../domain/reports/compliance.js";
import { formatInstant } from "../domain/sla/instant.js";
import type { SlaEvent } from "../domain/sla/timeline.js";

/**
 * The lines `sla-desk export` writes: exactly what `sla-desk report` reads, so a report from an export
 * gives the numbers the desk's own report gives.
 */

export function ticketLine(ticket: ReportedTicket, zone: string): string {
  return JSON.stringify({
    ticket: ticket.ticket,
    ...(ticket.plan !== undefined && { plan: ticket.plan }),
    events: ticket.events.map((event) => eventRecord(event, zone)),
  });
}

function eventRecord(event: SlaEvent, zone: string): Record<string, string> {
  const at = formatInstant(event.at, zone);
  switch (event.type) {
    case "opened":
      return {
        at,
        type: event.type,
        priority: event.priority,
        ...(event.scheduledFor !== undefined && { scheduledFor: formatInstant(event.scheduledFor, zone) }),
      };
    case "priority_changed":
      return { at, type: event.type, priority: event.priority };
    case "status":
      return { at, type: event.type, status: event.status };
    default:
      return { at, type: event.type };
  }
}

export function impactLine(window: ImpactWindow, zone: string): string {
  return JSON.stringify({
    id: window.id,
    start: formatInstant(window.start, zone),
    end: formatInstant(window.end, zone),
    ...(window.products !== undefined && { products: window.products }),
    impact: window.impact,
    ...(window.excluded !== undefined && { excluded: window.excluded }),
  });
}

import type { AvailabilityReport } from "../domain/reports/availability.js";
import type { SlaEventRow } from "../domain/reports/compliance.js";
import type { ReportPeriod } from "../domain/reports/period.js";

/** Draws reports' charts as PNG images; adapters pass a renderer. */
export interface ChartRenderer {
  compliance(rows: readonly SlaEventRow[], period: ReportPeriod, title: string): Uint8Array;
  availability(report: AvailabilityReport, title: string): Uint8Array;
}

import type { MaintenancePlan } from "../domain/reports/maintenance-plan.js";

/** Where accepted maintenance windows are kept, beside the tickets; concurrent changes never overwrite each other. */
export interface MaintenanceLedger {
  read(): Promise<MaintenancePlan>;
  update(edit: (current: MaintenancePlan) => MaintenancePlan): Promise<MaintenancePlan>;
}

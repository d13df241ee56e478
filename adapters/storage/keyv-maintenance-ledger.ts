import { z } from "zod";
import { type MaintenancePlan, NO_MAINTENANCE } from "../../src/domain/reports/maintenance-plan.js";
import type { MaintenanceLedger } from "../../src/ports/maintenance-ledger.js";
import type { KeyvBackend } from "./keyv-backend.js";
import { SharedDocument } from "./shared-document.js";

const planSchema = z.object({
  revision: z.number().int().min(0),
  windows: z.array(
    z.object({
      id: z.string(),
      start: z.number(),
      end: z.number(),
      products: z.array(z.string()),
      text: z.string(),
      emergency: z.boolean(),
      announcedAt: z.number(),
      by: z.object({
        platform: z.enum(["slack", "teams", "local"]),
        id: z.string(),
        name: z.string().optional(),
      }),
      customers: z.array(z.string()),
      remindAt: z.number(),
      remindedAt: z.number().optional(),
    }),
  ),
});

/** The accepted maintenance windows as a shared document beside the tickets. */
export class KeyvMaintenanceLedger implements MaintenanceLedger {
  private readonly document: SharedDocument<MaintenancePlan>;

  constructor(backend: KeyvBackend, key: string) {
    this.document = new SharedDocument(
      backend,
      key,
      planSchema as z.ZodType<MaintenancePlan>,
      NO_MAINTENANCE,
      "maintenance plan",
    );
  }

  read(): Promise<MaintenancePlan> {
    return this.document.read();
  }

  update(edit: (current: MaintenancePlan) => MaintenancePlan): Promise<MaintenancePlan> {
    return this.document.update(edit);
  }
}

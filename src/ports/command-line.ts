import type { ChartRenderer } from "./charts.js";
import type { Clock } from "./clock.js";
import type { MaintenanceLedger } from "./maintenance-ledger.js";
import type { TicketStore } from "./ticket-store.js";

/** The desk's stores, opened by a command beside a running desk to read them (it writes nothing). */
export interface StoresForReading {
  readonly store: TicketStore;
  readonly maintenance: MaintenanceLedger;
  close(): Promise<void>;
}

/** What the command line's exports and reports use from outside the core; the composition root supplies it. */
export interface CommandLineAdapters {
  readonly clock: Clock;
  readonly charts: ChartRenderer;
  /** The stores the environment names (SLA_DESK_STORE, ...), opened to read. */
  openStores(env: NodeJS.ProcessEnv): Promise<StoresForReading>;
}

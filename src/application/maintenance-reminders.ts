import { DeskContext, type DeskDeps } from "./desk-context.js";
import { announce } from "./maintenance-commands.js";
import { Turn } from "./turn.js";

/**
 * The scheduler's part for maintenance: a window whose reminder time has come is announced again in
 * the same channels. The messages carry keys of their own, so a tick repeated after a crash (before the
 * window was marked reminded) queues nothing twice. Returns how many windows were announced.
 */
export async function remindMaintenance(deps: DeskDeps, now: number): Promise<number> {
  const ledger = deps.maintenance;
  if (ledger === undefined) return 0;
  const due = (await ledger.read()).windows.filter(
    (w) => w.remindedAt === undefined && w.remindAt <= now && w.end > now,
  );
  for (const window of due) {
    const turn = new Turn(`maintenance:${window.id}:reminder`, deps.store);
    const affected = deps.directory.customers().filter((l) => window.customers.includes(l.customer.id));
    announce(new DeskContext(deps, turn), window, affected, "reminder");
    const result = await deps.store.commit(turn.change(now));
    if (result.committed && result.outbox.length > 0) deps.onCommitted?.(result.outbox);
    await ledger.update((plan) => ({
      revision: plan.revision + 1,
      windows: plan.windows.map((w) => (w.id === window.id ? { ...w, remindedAt: now } : w)),
    }));
  }
  return due.length;
}

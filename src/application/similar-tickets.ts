import { INCIDENT_CUSTOMER } from "../domain/ticket/ticket.js";
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

/** Word sets of titles seen lately: the same few dozen titles are compared with every new ticket. */
const titleWords = new Map<string, Set<string>>();
const TITLES_KEPT = 2000;

function wordsOfTitle(title: string): Set<string> {
  let found = titleWords.get(title);
  if (found === undefined) {
    found = words(title);
    if (titleWords.size >= TITLES_KEPT) titleWords.delete(titleWords.keys().next().value as string);
    titleWords.set(title, found);
  }
  return found;
}

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
 * What a new ticket reads like: an open incident, or another customer's ticket changed in the last half
 * hour with a title of mostly the same words. Its triage card then offers to link them with one button,
 * so several clients reporting one outage become one incident's tickets. Only titles the store keeps
 * in memory are compared: a new ticket costs no extra reads or writes.
 */
export async function similarTicket(ctx: DeskContext, title: string, description: string, customer: string) {
  // The opening words say what it is about; a long description adds little but cost.
  const mine = words(`${title} ${description.slice(0, 200)}`);
  if (mine.size < 2) return undefined;
  const { store } = ctx.deps;
  const incidents = await store.list({ open: true, customer: INCIDENT_CUSTOMER, stale: true });
  const recent = await store.list({
    open: true,
    changedSince: ctx.now() - WINDOW_MS,
    limit: 50,
    stale: true,
  });
  const candidates = [
    ...incidents,
    ...recent.filter((s) => s.customer !== customer && s.customer !== INCIDENT_CUSTOMER),
  ];
  return candidates.find((summary) => alike(mine, wordsOfTitle(summary.title)))?.id;
}

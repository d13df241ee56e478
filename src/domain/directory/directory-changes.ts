/** A customer added from chat: its name and, unless the defaults apply, its contract and plan. */
export interface StoredCustomer {
  readonly name: string;
  readonly policy?: string;
  readonly plan?: string;
}

export type TeamRole = "agent" | "lead";

/** One change a lead made from chat, as the history keeps it. */
export interface DirectoryChangeRecord {
  readonly at: number;
  /** `platform:id` of the lead who made it, and their name when the platform gave it. */
  readonly by: string;
  readonly byName?: string;
  /** The event that made it: a retried event does not make the same change twice. */
  readonly eventId: string;
  readonly summary: string;
}

/**
 * What leads changed from chat on top of the configuration file: customers added, conversations linked
 * to a customer (or unlinked: null), team members added (or removed: null). The file stays the seed;
 * these win where they say something.
 */
export interface DirectoryChanges {
  /** Raised by every change, so a replica can tell whether its copy is current. */
  readonly revision: number;
  readonly customers: Readonly<Record<string, StoredCustomer>>;
  /** `platform:conversation` to a customer id, or null where a lead unlinked it. */
  readonly channels: Readonly<Record<string, string | null>>;
  /** `platform:id` to a role, or null where a lead removed the person. */
  readonly agents: Readonly<Record<string, TeamRole | null>>;
  readonly history: readonly DirectoryChangeRecord[];
}

export const NO_DIRECTORY_CHANGES: DirectoryChanges = {
  revision: 0,
  customers: {},
  channels: {},
  agents: {},
  history: [],
};

/** The history keeps this many changes, the latest last. */
const HISTORY_LIMIT = 1000;

export type DirectoryEdit =
  | { readonly kind: "customer"; readonly id: string; readonly customer: StoredCustomer }
  | { readonly kind: "channel"; readonly conversation: string; readonly customer: string | null }
  | { readonly kind: "agent"; readonly user: string; readonly role: TeamRole | null };

/** The changes with one more edit applied and recorded; unchanged when this event was applied already. */
export function applyDirectoryEdit(
  changes: DirectoryChanges,
  edit: DirectoryEdit,
  record: DirectoryChangeRecord,
): DirectoryChanges {
  // One event may make several changes (a new customer, then its channel): each is recorded once.
  if (changes.history.some((past) => past.eventId === record.eventId && past.summary === record.summary))
    return changes;
  const next = {
    ...changes,
    revision: changes.revision + 1,
    history: [...changes.history, record].slice(-HISTORY_LIMIT),
  };
  switch (edit.kind) {
    case "customer":
      return { ...next, customers: { ...changes.customers, [edit.id]: edit.customer } };
    case "channel":
      return { ...next, channels: { ...changes.channels, [edit.conversation]: edit.customer } };
    case "agent":
      return { ...next, agents: { ...changes.agents, [edit.user]: edit.role } };
  }
}

/** A conversation's or person's key in the changes. */
export function directoryKey(platform: string, id: string): string {
  return `${platform}:${id}`;
}

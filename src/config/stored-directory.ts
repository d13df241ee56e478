import {
  type DirectoryChanges,
  directoryKey,
  NO_DIRECTORY_CHANGES,
} from "../domain/directory/directory-changes.js";
import type { Platform } from "../domain/refs.js";
import type { Policy } from "../domain/sla/policy.js";
import type { Directory } from "../ports/directory.js";
import type { DirectoryLedger } from "../ports/directory-ledger.js";
import type { Logger } from "../ports/logger.js";
import { ConfigDirectory } from "./config-directory.js";
import type { DeskConfig } from "./desk-config.js";
import { ForwardingDirectory } from "./forwarding-directory.js";

export interface StoredDirectoryOptions {
  /** Other desk processes may change the directory (Redis, PostgreSQL): each refresh looks. */
  readonly shared: boolean;
  readonly logger: Logger;
}

/**
 * The configuration file's directory with what leads changed from chat on top: customers added,
 * channels linked and unlinked, team members added and removed. The file is the seed; the stored
 * changes win where they say something, and every desk process sees them before its next event.
 */
export class StoredDirectory extends ForwardingDirectory {
  private current: ConfigDirectory;
  private changes: DirectoryChanges = NO_DIRECTORY_CHANGES;
  private loaded = false;

  private constructor(
    private readonly seed: DeskConfig,
    private readonly policy: (idOrPath: string) => Policy,
    private readonly ledger: DirectoryLedger,
    private readonly options: StoredDirectoryOptions,
  ) {
    super();
    this.current = new ConfigDirectory(seed, policy);
  }

  static async open(
    seed: DeskConfig,
    policy: (idOrPath: string) => Policy,
    ledger: DirectoryLedger,
    options: StoredDirectoryOptions,
  ): Promise<StoredDirectory> {
    const directory = new StoredDirectory(seed, policy, ledger, options);
    await directory.reload(true);
    return directory;
  }

  private async reload(force: boolean): Promise<void> {
    // An SQLite file has one desk process: after the first read, every change is this process's own.
    if (!force && this.loaded && !this.options.shared) return;
    if (!force && (await this.ledger.revision()) === this.changes.revision) return;
    this.adopt(await this.ledger.read());
  }

  /** The changes as last read, history included. */
  stored(): DirectoryChanges {
    return this.changes;
  }

  /** Whether the configuration file (rather than a change from chat) says this. */
  seeded(): DeskConfig {
    return this.seed;
  }

  private adopt(changes: DirectoryChanges): void {
    this.loaded = true;
    if (changes.revision === this.changes.revision && this.changes !== NO_DIRECTORY_CHANGES) return;
    this.current = new ConfigDirectory(
      mergeDirectory(this.seed, changes, this.policy, this.options.logger),
      this.policy,
    );
    this.changes = changes;
  }

  protected get inner(): Directory {
    return this.current;
  }

  /** Reads the stored changes when another desk process may have made one since (or always, with `force`). */
  override async refresh(force = false): Promise<void> {
    await this.reload(force);
  }
}

/**
 * The configuration with the stored changes applied. A stored customer whose contract can no longer be
 * loaded (its policy file was taken out of the configuration) is left out and logged, not fatal.
 */
export function mergeDirectory(
  seed: DeskConfig,
  changes: DirectoryChanges,
  policy: (idOrPath: string) => Policy,
  logger: Logger,
): DeskConfig {
  const customers = new Map(seed.customers.map((customer) => [customer.id, { ...customer }]));
  for (const [id, stored] of Object.entries(changes.customers)) {
    try {
      policy(stored.policy ?? seed.defaultPolicy).resolvePlan(stored.plan);
    } catch (error) {
      logger.warn(
        { err: error, customer: id },
        "a customer added from chat names a contract the desk cannot load; left out",
      );
      continue;
    }
    const seeded = customers.get(id);
    customers.set(id, {
      id,
      name: stored.name,
      channels: seeded?.channels ?? [],
      ...(stored.policy !== undefined && { policy: stored.policy }),
      ...(stored.plan !== undefined && { plan: stored.plan }),
    });
  }
  for (const [conversation, owner] of Object.entries(changes.channels)) {
    for (const customer of customers.values())
      customer.channels = customer.channels.filter(
        (channel) => directoryKey(channel.platform, channel.conversation) !== conversation,
      );
    const target = owner === null ? undefined : customers.get(owner);
    if (target === undefined) continue;
    const split = conversation.indexOf(":");
    target.channels = [
      ...target.channels,
      { platform: conversation.slice(0, split) as Platform, conversation: conversation.slice(split + 1) },
    ];
  }
  const onCall = new Set(seed.oncall?.people.map((person) => directoryKey(person.platform, person.id)) ?? []);
  const agents = new Map(seed.agents.map((agent) => [directoryKey(agent.platform, agent.id), agent]));
  for (const [user, role] of Object.entries(changes.agents)) {
    const split = user.indexOf(":");
    const known = agents.get(user);
    // The rotation in the file names its people: they stay on the team while it does.
    if (role === null && !onCall.has(user)) agents.delete(user);
    else if (role !== null)
      agents.set(user, {
        ...known,
        platform: user.slice(0, split) as Platform,
        id: user.slice(split + 1),
        role,
      });
  }
  return { ...seed, customers: [...customers.values()], agents: [...agents.values()] };
}

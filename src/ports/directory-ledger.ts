import type { DirectoryChanges } from "../domain/directory/directory-changes.js";

/**
 * Where the changes leads make from chat are kept, beside the tickets. Every desk process reads them,
 * so a change takes effect on all of them; concurrent changes never overwrite each other.
 */
export interface DirectoryLedger {
  read(): Promise<DirectoryChanges>;
  /** The revision of the latest changes: a cheap read, to tell whether `read` would bring anything new. */
  revision(): Promise<number>;
  /**
   * Applies `edit` to the current changes and writes the result, reading again and re-applying when
   * another process wrote meanwhile. Returns what was written (or the current changes, unchanged).
   */
  update(edit: (current: DirectoryChanges) => DirectoryChanges): Promise<DirectoryChanges>;
}

import sqlite3 from "sqlite3";

/** One prepared statement, reused for every call. */
export interface Prepared {
  run(params: readonly unknown[]): Promise<{ readonly changes: number }>;
  get<T>(params: readonly unknown[]): Promise<T | undefined>;
  all<T>(params: readonly unknown[]): Promise<T[]>;
}

/** Thrown by a write unit to undo its own writes and still answer `result` (a refused change). */
export class RolledBack<T> {
  constructor(readonly result: T) {}
}

interface Queued {
  readonly unit: () => Promise<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** Units committed together at most: one transaction, one sync to disk. */
const MAX_BATCH = 256;

/**
 * The desk's writing connection to its SQLite file: prepared statements, and a write queue that
 * commits the units waiting at the moment as one transaction (group commit), each unit inside its own
 * savepoint so that one refused unit leaves the others' writes in place. SQLite has one writer anyway;
 * batching turns a burst of small commits into few syncs.
 */
export class SqliteConnection {
  private readonly queue: Queued[] = [];
  private flushing: Promise<void> | undefined;
  private readonly statements = new Map<string, Prepared>();
  private readonly raw: sqlite3.Statement[] = [];

  private constructor(private readonly db: sqlite3.Database) {}

  static async open(file: string, sync: "full" | "normal"): Promise<SqliteConnection> {
    const db = await new Promise<sqlite3.Database>((resolve, reject) => {
      const opened = new sqlite3.Database(file, (error) => (error ? reject(error) : resolve(opened)));
    });
    db.configure("busyTimeout", 5000);
    const connection = new SqliteConnection(db);
    // WAL lets reads run beside a write and makes each commit one append to the log.
    await connection.exec("PRAGMA journal_mode = WAL");
    await connection.exec(`PRAGMA synchronous = ${sync === "full" ? "FULL" : "NORMAL"}`);
    return connection;
  }

  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) =>
      this.db.exec(sql, (error) => (error ? reject(error) : resolve())),
    );
  }

  /** The statement for `sql`, prepared once. */
  prepare(sql: string): Prepared {
    const known = this.statements.get(sql);
    if (known !== undefined) return known;
    const statement = this.db.prepare(sql);
    this.raw.push(statement);
    const prepared: Prepared = {
      run: (params) =>
        new Promise((resolve, reject) =>
          statement.run(params, function (this: sqlite3.RunResult, error: Error | null) {
            if (error) reject(error);
            else resolve({ changes: this.changes });
          }),
        ),
      // Stepped to the end (and so reset), unlike sqlite3's own get: a half-read statement holds the
      // transaction open and a savepoint could not be released.
      get: <T>(params: readonly unknown[]) =>
        new Promise<T | undefined>((resolve, reject) =>
          statement.all(params, (error: Error | null, rows: T[]) =>
            error ? reject(error) : resolve(rows[0]),
          ),
        ),
      all: <T>(params: readonly unknown[]) =>
        new Promise<T[]>((resolve, reject) =>
          statement.all(params, (error: Error | null, rows: T[]) => (error ? reject(error) : resolve(rows))),
        ),
    };
    this.statements.set(sql, prepared);
    return prepared;
  }

  /**
   * Runs `unit` inside the next group commit and resolves with its result once that commit is on disk
   * (as far as the `synchronous` setting promises). A unit that throws `RolledBack` has its writes
   * undone and resolves with the given result; any other throw rejects it alone.
   */
  write<T>(unit: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ unit, resolve: resolve as (value: unknown) => void, reject });
      this.flushing ??= this.flush();
    });
  }

  /** Waits for queued writes, then finalizes the statements and closes the file. */
  async close(): Promise<void> {
    await this.flushing;
    await Promise.all(
      this.raw.map((statement) => new Promise((resolve) => statement.finalize(() => resolve(undefined)))),
    );
    await new Promise<void>((resolve, reject) =>
      this.db.close((error) => (error ? reject(error) : resolve())),
    );
  }

  private async flush(): Promise<void> {
    // Runs after the caller's push: a burst arriving in the same tick becomes one batch.
    await Promise.resolve();
    while (this.queue.length > 0) await this.commitBatch(this.queue.splice(0, MAX_BATCH));
    this.flushing = undefined;
  }

  private async commitBatch(batch: readonly Queued[]): Promise<void> {
    const outcomes: { ok: boolean; value: unknown }[] = [];
    try {
      await this.exec("BEGIN IMMEDIATE");
      for (const item of batch) {
        await this.prepare("SAVEPOINT unit").run([]);
        try {
          outcomes.push({ ok: true, value: await item.unit() });
        } catch (error) {
          await this.prepare("ROLLBACK TO unit").run([]);
          outcomes.push(
            error instanceof RolledBack ? { ok: true, value: error.result } : { ok: false, value: error },
          );
        }
        await this.prepare("RELEASE unit").run([]);
      }
      await this.exec("COMMIT");
    } catch (error) {
      await this.exec("ROLLBACK").catch(() => undefined);
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => {
      const outcome = outcomes[i] as { ok: boolean; value: unknown };
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.value);
    });
  }
}

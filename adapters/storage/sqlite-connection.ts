import sqlite3 from "sqlite3";

/** One prepared statement, reused for every call. */
export interface Prepared {
  run(params: readonly unknown[]): Promise<{ readonly changes: number }>;
  get<T>(params: readonly unknown[]): Promise<T | undefined>;
  all<T>(params: readonly unknown[]): Promise<T[]>;
}

/** The desk's writing connection to its SQLite file, with statements prepared once and reused. */
export class SqliteConnection {
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

  /** Runs `work` in one write transaction; the caller runs one transaction at a time. */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    await this.exec("BEGIN IMMEDIATE");
    try {
      const result = await work();
      await this.exec("COMMIT");
      return result;
    } catch (error) {
      await this.exec("ROLLBACK").catch(() => undefined);
      throw error;
    }
  }

  /** Finalizes the statements and closes the file. */
  async close(): Promise<void> {
    await Promise.all(
      this.raw.map((statement) => new Promise((resolve) => statement.finalize(() => resolve(undefined)))),
    );
    await new Promise<void>((resolve, reject) =>
      this.db.close((error) => (error ? reject(error) : resolve())),
    );
  }
}

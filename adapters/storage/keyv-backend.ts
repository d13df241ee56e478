import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import KeyvPostgres from "@keyv/postgres";
import KeyvRedis from "@keyv/redis";
import KeyvSqlite from "@keyv/sqlite";
import Keyv from "keyv";
import pg from "pg";
import type { Lease } from "../../src/ports/lease.js";
import type { Logger } from "../../src/ports/logger.js";
import { PostgresLease, type RedisEval, RedisLease, SoleLease, type SqlQuery } from "./leases.js";
import type { NativeStore } from "./native-store.js";
import { POSTGRES_SCHEMA } from "./postgres-sql.js";
import { PostgresStore } from "./postgres-store.js";
import { type RedisClient, Scripts, SWAP_DOCUMENT } from "./redis-scripts.js";
import { RedisStore } from "./redis-store.js";
import { SqliteConnection } from "./sqlite-connection.js";
import { holdSqliteFile } from "./sqlite-lock.js";
import { SQLITE_SCHEMA } from "./sqlite-sql.js";
import { SqliteStore } from "./sqlite-store.js";
import { SqliteWriter } from "./sqlite-writer.js";

/**
 * One storage connection: keyv for reading documents, the backend's native part (one transaction or
 * one script per change) for everything that writes.
 */
export interface KeyvBackend {
  readonly kind: "sqlite" | "redis" | "postgres";
  /** Several desk processes may use it (Redis, PostgreSQL); an SQLite file has one writer. */
  readonly shared: boolean;
  readonly keyv: Keyv;
  /** The native part for the documents under `prefix`, as the process `owner`. */
  native(prefix: string, owner: string): Promise<NativeStore>;
  /** Writes one document (raw, as keyv stores it) through the backend's writer. */
  setDocument(key: string, raw: string): Promise<void>;
  /** One document as stored (raw), or undefined. */
  readDocument(key: string): Promise<string | undefined>;
  /**
   * Writes a document only if it still reads `expected` (undefined: only if there is none), atomically
   * against every other writer; false when it changed meanwhile.
   */
  swapDocument(key: string, expected: string | undefined, raw: string): Promise<boolean>;
  /** The lease at `key` that elects one process to run the scheduler; on SQLite the one process always holds it. */
  lease(key: string, ttlMs: number): Lease;
  close(): Promise<void>;
}

export const DEFAULT_SQLITE_FILE = "./data/sla-desk.sqlite";

export interface BackendOptions {
  /**
   * SQLite's `synchronous` setting in WAL mode. `full` syncs every commit to disk (survives power loss);
   * `normal` syncs at checkpoints (survives a crash of the desk, may lose the last commits on power loss).
   */
  readonly sqliteSync?: "full" | "normal";
  /** Where the SQLite file's hold reports trouble. */
  readonly logger?: Logger;
  /**
   * Whether this process is the desk on an SQLite file (the default): false for a reader such as
   * `sla-desk export`, which may run beside the desk and writes nothing.
   */
  readonly hold?: boolean;
}

/**
 * Opens the store a URL names: `redis://…`, `postgres://…`/`postgresql://…`, or an SQLite file
 * (`sqlite://path` or a plain path; its folder is created on first start; `:memory:` is a file of its
 * own in the temporary folder, removed on close).
 */
export async function openKeyvBackend(
  url: string = DEFAULT_SQLITE_FILE,
  options: BackendOptions = {},
): Promise<KeyvBackend> {
  if (/^rediss?:\/\//.test(url)) return openRedis(url);
  if (/^postgres(ql)?:\/\//.test(url)) return openPostgres(url);
  return openSqlite(
    url.replace(/^sqlite:\/\//, ""),
    options.sqliteSync ?? "normal",
    options.logger,
    options.hold ?? true,
  );
}

/** keyv's own serializer walks objects by hand; tickets are plain JSON, so the built-in one is faster. */
function keyvOn(store: Keyv["store"]): Keyv {
  const keyv = new Keyv({ store, namespace: undefined, serialize: JSON.stringify, deserialize: JSON.parse });
  keyv.on("error", () => {
    // Errors also reject the pending call, which the caller handles; without a listener Node would crash.
  });
  return keyv;
}

async function openSqlite(
  path: string,
  sync: "full" | "normal",
  logger: Logger | undefined,
  hold: boolean,
): Promise<KeyvBackend> {
  // Reads and the one writer use connections of their own; an in-memory database would be two.
  const scratch = path === ":memory:" ? mkdtempSync(join(tmpdir(), "sla-desk-")) : undefined;
  const file = scratch === undefined ? path : join(scratch, "desk.sqlite");
  mkdirSync(dirname(file), { recursive: true });
  const release = hold ? await holdSqliteFile(resolve(file), logger) : async () => {};
  const connection = await SqliteConnection.open(file, sync);
  await connection.exec(SQLITE_SCHEMA);
  const writer = new SqliteWriter(connection);
  const rawDocument = async (key: string) =>
    (await connection.prepare("SELECT value FROM keyv WHERE key = ?").get<{ value: string }>([key]))?.value;
  const reader = new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: 5000 });
  return {
    kind: "sqlite",
    shared: false,
    keyv: keyvOn(reader),
    native: (prefix, owner) => SqliteStore.open(writer, prefix, owner),
    setDocument: async (key, raw) => {
      await writer.submit({ kind: "documents", documents: [{ key, raw }] });
    },
    // Through the writer, so a read never sees a transaction in flight on its connection.
    readDocument: (key) => writer.submit<string | undefined>({ kind: "run", work: () => rawDocument(key) }),
    swapDocument: (key, expected, raw) =>
      writer.submit<boolean>({
        kind: "run",
        work: async () => {
          if ((await rawDocument(key)) !== expected) return false;
          await connection.prepare("INSERT OR REPLACE INTO keyv (key, value) VALUES (?, ?)").run([key, raw]);
          return true;
        },
      }),
    lease: () => new SoleLease(),
    close: async () => {
      await writer.close();
      await reader.disconnect();
      await release();
      if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
    },
  };
}

async function openRedis(url: string): Promise<KeyvBackend> {
  const store = new KeyvRedis(url, { throwOnConnectError: true, throwOnErrors: true });
  const client = (await store.getClient()) as unknown as RedisEval &
    RedisClient & {
      set(key: string, value: string): Promise<unknown>;
    };
  const scripts = new Scripts(client);
  return {
    kind: "redis",
    shared: true,
    keyv: keyvOn(store),
    native: async (prefix, owner) => new RedisStore(client, prefix, owner),
    setDocument: async (key, raw) => {
      await client.set(key, raw);
    },
    readDocument: async (key) => (await client.get(key)) ?? undefined,
    swapDocument: async (key, expected, raw) =>
      Number(await scripts.run(SWAP_DOCUMENT, [expected ?? "", raw], [key])) === 1,
    lease: (key, ttlMs) => new RedisLease(client, key, ttlMs),
    close: () => store.disconnect(),
  };
}

/** @keyv/postgres shares one pg pool per process; it may be ended only when its last user closes. */
let postgresUsers = 0;
/** The desk's own pool, for transactions, shared the same way. */
let transactionPool: pg.Pool | undefined;

async function openPostgres(url: string): Promise<KeyvBackend> {
  const store = new KeyvPostgres({ uri: url });
  postgresUsers += 1;
  const query: SqlQuery = (sql, params) => store.query(sql, params);
  const table = `${store.opts.schema}.${store.opts.table}`;
  await query("SELECT 1", []);
  if (transactionPool === undefined) {
    transactionPool = new pg.Pool({ connectionString: url, max: 16 });
    transactionPool.on("error", () => {
      // An idle connection that broke is dropped by the pool; the next query opens another.
    });
  }
  const pool = transactionPool;
  await createPostgresTables(pool);
  return {
    kind: "postgres",
    shared: true,
    keyv: keyvOn(store),
    native: async (prefix, owner) => new PostgresStore(pool, table, prefix, owner),
    setDocument: async (key, raw) => {
      await pool.query(
        `INSERT INTO ${table} (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
        [key, raw],
      );
    },
    readDocument: async (key) =>
      (await pool.query<{ value: string }>(`SELECT value FROM ${table} WHERE key = $1`, [key])).rows[0]
        ?.value,
    swapDocument: async (key, expected, raw) => {
      const written =
        expected === undefined
          ? await pool.query(
              `INSERT INTO ${table} (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING`,
              [key, raw],
            )
          : await pool.query(`UPDATE ${table} SET value = $2 WHERE key = $1 AND value = $3`, [
              key,
              raw,
              expected,
            ]);
      return written.rowCount === 1;
    },
    lease: (key, ttlMs) => new PostgresLease(query, table, key, ttlMs),
    close: async () => {
      postgresUsers -= 1;
      if (postgresUsers > 0) return;
      await store.disconnect();
      transactionPool = undefined;
      await pool.end();
    },
  };
}

/** Creates the inbox and outbox tables once; desk processes starting together take turns. */
async function createPostgresTables(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock(7452110)");
    await client.query(POSTGRES_SCHEMA);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

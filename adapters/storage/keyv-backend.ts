import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import KeyvPostgres from "@keyv/postgres";
import KeyvRedis from "@keyv/redis";
import KeyvSqlite from "@keyv/sqlite";
import Keyv from "keyv";
import type { Lease } from "../../src/ports/lease.js";
import {
  type AtomicOps,
  postgresAtomicOps,
  type RedisEval,
  redisAtomicOps,
  type SharedAtomicOps,
  type SqlQuery,
  sqliteAtomicOps,
} from "./atomic-ops.js";
import { PostgresLease, RedisLease, SoleLease } from "./leases.js";

/** One storage connection: keyv for plain reads and writes, native atomic operations beside it. */
export type KeyvBackend = BackendBase &
  (
    | { readonly kind: "sqlite"; readonly shared: false; readonly atomic: AtomicOps }
    | { readonly kind: "redis" | "postgres"; readonly shared: true; readonly atomic: SharedAtomicOps }
  );

interface BackendBase {
  /** `shared`: several desk processes may use it (Redis, PostgreSQL); an SQLite file has one writer. */
  readonly keyv: Keyv;
  /** The lease at `key` that elects one process to run the scheduler; on SQLite the one process always holds it. */
  lease(key: string, ttlMs: number): Lease;
  close(): Promise<void>;
}

export const DEFAULT_SQLITE_FILE = "./data/sla-desk.sqlite";

/**
 * Opens the store a URL names: `redis://…`, `postgres://…`/`postgresql://…`, or an SQLite file
 * (`sqlite://path` or a plain path; its folder is created on first start).
 */
export async function openKeyvBackend(
  url: string = DEFAULT_SQLITE_FILE,
  options: BackendOptions = {},
): Promise<KeyvBackend> {
  if (/^rediss?:\/\//.test(url)) return openRedis(url);
  if (/^postgres(ql)?:\/\//.test(url)) return openPostgres(url);
  return openSqlite(url.replace(/^sqlite:\/\//, ""), options.sqliteSync ?? "normal");
}

export interface BackendOptions {
  /**
   * SQLite's `synchronous` setting in WAL mode. `full` syncs every commit to disk (survives power loss);
   * `normal` syncs at checkpoints (survives a crash of the desk, may lose the last commits on power loss).
   */
  readonly sqliteSync?: "full" | "normal";
}

/** keyv's own serializer walks objects by hand; tickets are plain JSON, so the built-in one is faster. */
function keyvOn(store: Keyv["store"]): Keyv {
  const keyv = new Keyv({ store, namespace: undefined, serialize: JSON.stringify, deserialize: JSON.parse });
  keyv.on("error", () => {
    // Errors also reject the pending call, which the caller handles; without a listener Node would crash.
  });
  return keyv;
}

async function openSqlite(file: string, sync: "full" | "normal"): Promise<KeyvBackend> {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const store = new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: 5000 });
  const query = ((sql, params) => store.query(sql, ...params)) as SqlQuery;
  // WAL lets reads run beside a write and makes each commit one append to the log.
  await query("PRAGMA journal_mode = WAL", []);
  await query(`PRAGMA synchronous = ${sync === "full" ? "FULL" : "NORMAL"}`, []);
  return {
    kind: "sqlite",
    shared: false,
    keyv: keyvOn(store),
    atomic: sqliteAtomicOps(query, store.opts.table ?? "keyv"),
    lease: () => new SoleLease(),
    close: () => store.disconnect(),
  };
}

async function openRedis(url: string): Promise<KeyvBackend> {
  const store = new KeyvRedis(url, { throwOnConnectError: true, throwOnErrors: true });
  const client = (await store.getClient()) as unknown as RedisEval;
  return {
    kind: "redis",
    shared: true,
    keyv: keyvOn(store),
    atomic: redisAtomicOps(client),
    lease: (key, ttlMs) => new RedisLease(client, key, ttlMs),
    close: () => store.disconnect(),
  };
}

/** @keyv/postgres shares one pg pool per process; it may be ended only when its last user closes. */
let postgresUsers = 0;

async function openPostgres(url: string): Promise<KeyvBackend> {
  const store = new KeyvPostgres({ uri: url });
  postgresUsers += 1;
  const query: SqlQuery = (sql, params) => store.query(sql, params);
  const table = `${store.opts.schema}.${store.opts.table}`;
  await query("SELECT 1", []);
  return {
    kind: "postgres",
    shared: true,
    keyv: keyvOn(store),
    atomic: postgresAtomicOps(query, table),
    lease: (key, ttlMs) => new PostgresLease(query, table, key, ttlMs),
    close: async () => {
      postgresUsers -= 1;
      if (postgresUsers === 0) await store.disconnect();
    },
  };
}

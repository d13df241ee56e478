/**
 * The two operations keyv's get/set cannot do safely across processes. Each backend implements them
 * natively (one SQL statement or one Lua script) on the raw value keyv stores: `{"value": <document>}`.
 */
export interface AtomicOps {
  /** Adds one to the counter at `key` and returns the new value (1 for a counter never used). */
  increment(key: string): Promise<number>;
  /**
   * Stores `raw` at `key` only if the stored document's `version` equals `expected` (0: nothing stored).
   * Returns false, changing nothing, when another writer got there first.
   */
  putIfVersion(key: string, raw: string, expected: number): Promise<boolean>;
}

/** Where a shared backend's change log lives: a counter, and one entry per change at `prefix<n>`. */
export interface ChangeLog {
  readonly counter: string;
  readonly prefix: string;
  /** The entry to store, raw (`{"value": …}`). */
  readonly raw: string;
}

/** What a backend several desk processes share must do on top: a write and its log entry as one step. */
export interface SharedAtomicOps extends AtomicOps {
  /**
   * `putIfVersion`, and when it stores, the next change-log entry in the same atomic step: readers never
   * see the counter ahead of its entry, and a writer that dies leaves neither the write nor the entry.
   */
  putIfVersionAndLog(key: string, raw: string, expected: number, log: ChangeLog): Promise<boolean>;
}

/** A connection's SQL runner, as the keyv SQL adapters expose it. */
export type SqlQuery = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

export function sqliteAtomicOps(query: SqlQuery, table: string): AtomicOps {
  return {
    async increment(key) {
      const rows = await query(
        `INSERT INTO ${table} (key, value) VALUES (?, '{"value":1}')
         ON CONFLICT(key) DO UPDATE SET value = json_object('value', json_extract(value, '$.value') + 1)
         RETURNING json_extract(value, '$.value') AS n`,
        [key],
      );
      return Number(rows[0]?.n);
    },
    async putIfVersion(key, raw, expected) {
      const rows =
        expected === 0
          ? await query(
              `INSERT INTO ${table} (key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING RETURNING key`,
              [key, raw],
            )
          : await query(
              `UPDATE ${table} SET value = ? WHERE key = ? AND json_extract(value, '$.value.version') = ? RETURNING key`,
              [raw, key, expected],
            );
      return rows.length === 1;
    },
  };
}

export function postgresAtomicOps(query: SqlQuery, table: string): SharedAtomicOps {
  const nextCount = `json_build_object('value', ((${table}.value::json ->> 'value')::bigint + 1))::text`;
  return {
    async putIfVersionAndLog(key, raw, expected, log) {
      // One statement is one transaction; the counter row's lock orders concurrent writers, so a
      // reader that sees the counter at n also sees entry n.
      const put =
        expected === 0
          ? `INSERT INTO ${table} (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING key`
          : `UPDATE ${table} SET value = $2 WHERE key = $1 AND (value::json -> 'value' ->> 'version')::bigint = $6 RETURNING key`;
      const rows = await query(
        `WITH put AS (${put}),
         counted AS (
           INSERT INTO ${table} (key, value) SELECT $3, '{"value":1}' FROM put
           ON CONFLICT (key) DO UPDATE SET value = ${nextCount}
           RETURNING (value::json ->> 'value')::bigint AS n
         )
         INSERT INTO ${table} (key, value) SELECT $4::text || counted.n::text, $5 FROM counted RETURNING key`,
        expected === 0
          ? [key, raw, log.counter, log.prefix, log.raw]
          : [key, raw, log.counter, log.prefix, log.raw, expected],
      );
      return rows.length === 1;
    },
    async increment(key) {
      const rows = await query(
        `INSERT INTO ${table} (key, value) VALUES ($1, '{"value":1}')
         ON CONFLICT (key) DO UPDATE
           SET value = json_build_object('value', ((${table}.value::json ->> 'value')::bigint + 1))::text
         RETURNING (value::json ->> 'value')::bigint AS n`,
        [key],
      );
      return Number(rows[0]?.n);
    },
    async putIfVersion(key, raw, expected) {
      const rows =
        expected === 0
          ? await query(
              `INSERT INTO ${table} (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING key`,
              [key, raw],
            )
          : await query(
              `UPDATE ${table} SET value = $1
               WHERE key = $2 AND (value::json -> 'value' ->> 'version')::bigint = $3 RETURNING key`,
              [raw, key, expected],
            );
      return rows.length === 1;
    },
  };
}

const INCREMENT_LUA = `
local current = redis.call('GET', KEYS[1])
local n = 1
if current then n = cjson.decode(current).value + 1 end
redis.call('SET', KEYS[1], cjson.encode({value = n}))
return n`;

const PUT_IF_VERSION_LUA = `
local current = redis.call('GET', KEYS[1])
local version = 0
if current then version = tonumber(cjson.decode(current).value.version) or -1 end
if version ~= tonumber(ARGV[2]) then return 0 end
redis.call('SET', KEYS[1], ARGV[1])
return 1`;

// The entry's key is made from the new count, so it cannot be declared up front: fine on one Redis
// server, not on a Redis Cluster.
const PUT_IF_VERSION_AND_LOG_LUA = `
local current = redis.call('GET', KEYS[1])
local version = 0
if current then version = tonumber(cjson.decode(current).value.version) or -1 end
if version ~= tonumber(ARGV[2]) then return 0 end
redis.call('SET', KEYS[1], ARGV[1])
local counter = redis.call('GET', KEYS[2])
local n = 1
if counter then n = cjson.decode(counter).value + 1 end
redis.call('SET', KEYS[2], cjson.encode({value = n}))
redis.call('SET', ARGV[3] .. n, ARGV[4])
return 1`;

/** The slice of a node-redis client the Lua scripts need. */
export interface RedisEval {
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

export function redisAtomicOps(client: RedisEval): SharedAtomicOps {
  return {
    async putIfVersionAndLog(key, raw, expected, log) {
      const stored = await client.eval(PUT_IF_VERSION_AND_LOG_LUA, {
        keys: [key, log.counter],
        arguments: [raw, String(expected), log.prefix, log.raw],
      });
      return Number(stored) === 1;
    },
    async increment(key) {
      return Number(await client.eval(INCREMENT_LUA, { keys: [key], arguments: [] }));
    },
    async putIfVersion(key, raw, expected) {
      const stored = await client.eval(PUT_IF_VERSION_LUA, {
        keys: [key],
        arguments: [raw, String(expected)],
      });
      return Number(stored) === 1;
    },
  };
}

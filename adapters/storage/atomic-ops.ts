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
  /** The conditional write, with the key as $1, the document as $2 and the expected version as `$<n>`. */
  const put = (expected: number, versionParam: string) =>
    expected === 0
      ? `INSERT INTO ${table} (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING key`
      : `UPDATE ${table} SET value = $2
         WHERE key = $1 AND (value::json -> 'value' ->> 'version')::bigint = ${versionParam} RETURNING key`;
  /** Counts up the counter row at `$<n>` (from 1), for the rows of `source`. */
  const countUp = (keyParam: string, source: string) =>
    `INSERT INTO ${table} (key, value) SELECT ${keyParam}, '{"value":1}' ${source}
     ON CONFLICT (key) DO UPDATE
       SET value = json_build_object('value', ((${table}.value::json ->> 'value')::bigint + 1))::text
     RETURNING (value::json ->> 'value')::bigint AS n`;
  const withExpected = (params: unknown[], expected: number) =>
    expected === 0 ? params : [...params, expected];
  return {
    async increment(key) {
      const rows = await query(countUp("$1", ""), [key]);
      return Number(rows[0]?.n);
    },
    async putIfVersion(key, raw, expected) {
      const rows = await query(put(expected, "$3"), withExpected([key, raw], expected));
      return rows.length === 1;
    },
    async putIfVersionAndLog(key, raw, expected, log) {
      // One statement is one transaction; the counter row's lock orders concurrent writers, so a
      // reader that sees the counter at n also sees entry n.
      const rows = await query(
        `WITH put AS (${put(expected, "$6")}), counted AS (${countUp("$3", "FROM put")})
         INSERT INTO ${table} (key, value) SELECT $4::text || counted.n::text, $5 FROM counted RETURNING key`,
        withExpected([key, raw, log.counter, log.prefix, log.raw], expected),
      );
      return rows.length === 1;
    },
  };
}

/** Leaves the script (returning 0) unless the document at KEYS[1] has the version ARGV[2], then writes ARGV[1]. */
const PUT_IF_VERSION = `
local current = redis.call('GET', KEYS[1])
local version = 0
if current then version = tonumber(cjson.decode(current).value.version) or -1 end
if version ~= tonumber(ARGV[2]) then return 0 end
redis.call('SET', KEYS[1], ARGV[1])`;

/** Counts up the counter at the given key (from 1) into the Lua variable n. */
const countUp = (key: string) => `
local counter = redis.call('GET', ${key})
local n = 1
if counter then n = cjson.decode(counter).value + 1 end
redis.call('SET', ${key}, cjson.encode({value = n}))`;

const INCREMENT_LUA = `${countUp("KEYS[1]")}
return n`;

const PUT_IF_VERSION_LUA = `${PUT_IF_VERSION}
return 1`;

// The entry's key is made from the new count, so it cannot be declared up front: fine on one Redis
// server, not on a Redis Cluster.
const PUT_IF_VERSION_AND_LOG_LUA = `${PUT_IF_VERSION}${countUp("KEYS[2]")}
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

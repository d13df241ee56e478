import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { performance } from "node:perf_hooks";
import type { Lease } from "../../src/ports/lease.js";

/** The slice of a node-redis client the leases need. */
export interface RedisEval {
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

/** A connection's SQL runner, as the keyv SQL adapters expose it. */
export type SqlQuery = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/** A monotonic clock in milliseconds: wall-clock jumps must not stretch a lease. */
export type Monotonic = () => number;

/**
 * Share of the lease period after a renewal request was sent during which this process still counts
 * the lease as its own; the rest is margin for clock drift and a slow reply.
 */
const SAFE_SHARE = 0.8;

/** Leases that expire on the server, renewed by the holder; taking one over raises the fence. */
abstract class ExpiringLease implements Lease {
  private readonly owner = `${hostname()}:${process.pid}:${randomUUID()}`;
  private deadline = Number.NEGATIVE_INFINITY;
  private fence: number | null = null;

  constructor(
    protected readonly ttlMs: number,
    private readonly monotonic: Monotonic = () => performance.now(),
  ) {}

  async acquire(): Promise<number | null> {
    const sent = this.monotonic();
    let fence: number | null;
    try {
      fence = await this.tryAcquire(this.owner);
    } catch {
      // The store is unreachable: whatever we held may lapse unseen, so stop counting on it.
      fence = null;
    }
    this.fence = fence;
    this.deadline = fence === null ? Number.NEGATIVE_INFINITY : sent + this.ttlMs * SAFE_SHARE;
    return fence;
  }

  holds(): boolean {
    return this.fence !== null && this.monotonic() < this.deadline;
  }

  async release(): Promise<void> {
    if (this.fence === null) return;
    this.fence = null;
    this.deadline = Number.NEGATIVE_INFINITY;
    await this.tryRelease(this.owner);
  }

  /** Takes the lease if free or expired, extends it if `owner` holds it; the fence, or null if another holds it. */
  protected abstract tryAcquire(owner: string): Promise<number | null>;
  protected abstract tryRelease(owner: string): Promise<void>;
}

const REDIS_ACQUIRE = `
local current = redis.call('GET', KEYS[1])
if current then
  local sep = string.find(current, '|', 1, true)
  if string.sub(current, 1, sep - 1) == ARGV[1] then
    redis.call('PEXPIRE', KEYS[1], ARGV[2])
    return tonumber(string.sub(current, sep + 1))
  end
  return -1
end
local fence = redis.call('INCR', KEYS[2])
redis.call('SET', KEYS[1], ARGV[1] .. '|' .. fence, 'PX', ARGV[2])
return fence`;

const REDIS_RELEASE = `
local current = redis.call('GET', KEYS[1])
if current and string.sub(current, 1, #ARGV[1] + 1) == ARGV[1] .. '|' then return redis.call('DEL', KEYS[1]) end
return 0`;

/** Redis: `owner|fence` at the lease key with a PX expiry, set and extended atomically by Lua; fences from INCR. */
export class RedisLease extends ExpiringLease {
  constructor(
    private readonly client: RedisEval,
    private readonly key: string,
    ttlMs: number,
    monotonic?: Monotonic,
  ) {
    super(ttlMs, monotonic);
  }

  protected async tryAcquire(owner: string): Promise<number | null> {
    const fence = Number(
      await this.client.eval(REDIS_ACQUIRE, {
        keys: [this.key, `${this.key}:fence`],
        arguments: [owner, String(Math.ceil(this.ttlMs))],
      }),
    );
    return fence > 0 ? fence : null;
  }

  protected async tryRelease(owner: string): Promise<void> {
    await this.client.eval(REDIS_RELEASE, { keys: [this.key], arguments: [owner] });
  }
}

/** PostgreSQL: one row in keyv's table, taken or extended by a single conditional upsert on the server's clock. */
export class PostgresLease extends ExpiringLease {
  constructor(
    private readonly query: SqlQuery,
    private readonly table: string,
    private readonly key: string,
    ttlMs: number,
    monotonic?: Monotonic,
  ) {
    super(ttlMs, monotonic);
  }

  protected async tryAcquire(owner: string): Promise<number | null> {
    const now = "(extract(epoch from clock_timestamp()) * 1000)::bigint";
    const held = "(current.value::json -> 'value')";
    const rows = await this.query(
      `INSERT INTO ${this.table} AS current (key, value)
       VALUES ($1, json_build_object('value', json_build_object('owner', $2::text, 'fence', 1, 'expires', ${now} + $3::bigint))::text)
       ON CONFLICT (key) DO UPDATE SET value = json_build_object('value', json_build_object(
         'owner', $2::text,
         'fence', CASE WHEN ${held} ->> 'owner' = $2::text THEN (${held} ->> 'fence')::bigint
                       ELSE (${held} ->> 'fence')::bigint + 1 END,
         'expires', ${now} + $3::bigint))::text
       WHERE ${held} ->> 'owner' = $2::text OR (${held} ->> 'expires')::bigint < ${now}
       RETURNING (value::json -> 'value' ->> 'fence')::bigint AS fence`,
      [this.key, owner, Math.ceil(this.ttlMs)],
    );
    return rows.length === 1 ? Number(rows[0]?.fence) : null;
  }

  protected async tryRelease(owner: string): Promise<void> {
    await this.query(
      `UPDATE ${this.table} SET value = json_build_object('value', json_build_object(
         'owner', '', 'fence', (value::json -> 'value' ->> 'fence')::bigint, 'expires', 0))::text
       WHERE key = $1 AND value::json -> 'value' ->> 'owner' = $2::text`,
      [this.key, owner],
    );
  }
}

/** An SQLite file has one desk process: it always holds the lease, with a fence of its own start time. */
export class SoleLease implements Lease {
  private readonly fence = Date.now();

  async acquire(): Promise<number> {
    return this.fence;
  }

  holds(): boolean {
    return true;
  }

  async release(): Promise<void> {}
}

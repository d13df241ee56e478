// The Lua scripts the Redis store runs, each one atomic on the server, and their loader.
import { createHash } from "node:crypto";
import { describeError } from "../../src/domain/errors.js";

/** The slice of a node-redis client the store needs. */
export interface RedisClient {
  evalSha(sha: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  scriptLoad(script: string): Promise<string>;
  get(key: string): Promise<string | null>;
  mGet(keys: string[]): Promise<(string | null)[]>;
}

/** Counts up the keyv counter document at the given key (from 1) into the Lua variable `n`. */
const countUp = (key: string) => `
local counter = redis.call('GET', ${key})
local n = 1
if counter then n = cjson.decode(counter).value + 1 end
redis.call('SET', ${key}, cjson.encode({value = n}))`;

// Keys are made from the prefix inside the scripts, so they run on one Redis server, not a Redis Cluster.
// Each script takes a batch: the changes, events or outcomes that queued while the previous one ran.
export const COMMIT = `
local p, changes, owner = ARGV[1], cjson.decode(ARGV[2]), ARGV[3]
local claimMs, keep = tonumber(ARGV[4]), tonumber(ARGV[5])
local results = {}
for c, change in ipairs(changes) do
  local at, refused = tonumber(change.at), false
  if change.inboxDone and redis.call('HGET', p .. 'inbox:' .. change.inboxDone, 'state') ~= 'pending' then
    refused = 'handled'
  end
  if not refused then
    for _, w in ipairs(change.tickets) do
      local current = redis.call('GET', w.key)
      local version = 0
      if current then version = tonumber(cjson.decode(current).value.version) or -1 end
      if version ~= w.expected then refused = 'version' end
    end
  end
  if refused then
    results[c] = {conflict = refused}
  else
    for _, w in ipairs(change.tickets) do
      redis.call('SET', w.key, w.raw)
      ${countUp("p .. 'seq:change'")}
      redis.call('SET', p .. 'change:' .. n, cjson.encode({value = w.id}))
    end
    for _, d in ipairs(change.documents) do redis.call('SET', d.key, d.raw) end
    if change.newTicket ~= cjson.null then
      local counter = redis.call('GET', p .. 'seq:ticket')
      if not counter or cjson.decode(counter).value < change.newTicket then
        redis.call('SET', p .. 'seq:ticket', cjson.encode({value = change.newTicket}))
      end
    end
    local seqs = {}
    for i, d in ipairs(change.outbox) do
      local byKey = p .. 'outbox:key:' .. d.key
      seqs[i] = 0
      if redis.call('EXISTS', byKey) == 0 then
        local seq = redis.call('INCR', p .. 'outbox:seq')
        local key = p .. 'outbox:' .. seq
        redis.call('HSET', key, 'draft', d.raw, 'createdAt', at, 'state', 'pending', 'attempts', 0, 'retryAt', 0)
        if d.answer then redis.call('HSET', key, 'claimedBy', owner, 'claimedUntil', at + claimMs) end
        redis.call('ZADD', p .. 'outbox:pending', seq, seq)
        redis.call('SET', byKey, seq, 'PX', keep)
        seqs[i] = seq
      end
    end
    if change.inboxDone then
      local key = p .. 'inbox:' .. change.inboxDone
      redis.call('HSET', key, 'state', 'done', 'doneAt', at, 'payload', '')
      redis.call('ZREM', p .. 'inbox:pending', change.inboxDone)
      redis.call('PEXPIRE', key, keep)
    end
    results[c] = {seqs = seqs, count = #change.outbox}
  end
end
return cjson.encode(results)`;

export const NEXT_NUMBERS = `
local counter = redis.call('GET', KEYS[1])
local n = tonumber(ARGV[1])
if counter then n = cjson.decode(counter).value + n end
redis.call('SET', KEYS[1], cjson.encode({value = n}))
return n`;

export const RECORD = `
local p, entries = ARGV[1], cjson.decode(ARGV[2])
local recorded = {}
for i, e in ipairs(entries) do
  local key = p .. 'inbox:' .. e[1]
  recorded[i] = 0
  if redis.call('EXISTS', key) == 0 then
    redis.call('HSET', key, 'source', e[2], 'partition', e[3], 'payload', e[4], 'receivedAt', e[5],
      'state', 'pending', 'claimedBy', e[6], 'claimedUntil', e[7], 'attempts', 0)
    redis.call('ZADD', p .. 'inbox:pending', e[7], e[1])
    recorded[i] = 1
  end
end
return recorded`;

export const CLAIM = `
local p, now, owner, claimUntil, limit = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5]
local ids = redis.call('ZRANGEBYSCORE', p .. 'inbox:pending', '-inf', now, 'LIMIT', 0, limit)
local out = {}
for _, id in ipairs(ids) do
  local key = p .. 'inbox:' .. id
  redis.call('HSET', key, 'claimedBy', owner, 'claimedUntil', claimUntil)
  redis.call('ZADD', p .. 'inbox:pending', claimUntil, id)
  local f = redis.call('HMGET', key, 'source', 'partition', 'payload', 'receivedAt', 'attempts')
  out[#out + 1] = {id, f[1], f[2], f[3], f[4], f[5]}
end
return out`;

export const RELEASE = `
local p, id = ARGV[1], ARGV[2]
local key = p .. 'inbox:' .. id
if redis.call('HGET', key, 'state') ~= 'pending' then return 0 end
redis.call('HINCRBY', key, 'attempts', 1)
redis.call('HSET', key, 'error', ARGV[4], 'claimedBy', '', 'claimedUntil', ARGV[3])
if ARGV[5] == '1' then
  redis.call('HSET', key, 'state', 'failed')
  redis.call('ZREM', p .. 'inbox:pending', id)
else
  redis.call('ZADD', p .. 'inbox:pending', ARGV[3], id)
end
return 1`;

export const PENDING_OUTBOX = `
local p, after, limit, now, owner = ARGV[1], ARGV[2], ARGV[3], tonumber(ARGV[4]), ARGV[5]
local seqs = redis.call('ZRANGEBYSCORE', p .. 'outbox:pending', '(' .. after, '+inf', 'LIMIT', 0, limit)
local out = {}
for _, seq in ipairs(seqs) do
  local f = redis.call('HMGET', p .. 'outbox:' .. seq, 'draft', 'createdAt', 'attempts', 'retryAt', 'claimedBy', 'claimedUntil')
  local by = f[5] or ''
  local elsewhere = by ~= '' and by ~= owner and (tonumber(f[6]) or 0) > now
  if f[1] and not elsewhere then
    out[#out + 1] = {seq, f[1], f[2], f[3] or '0', f[4] or '0', by, f[6] or '0'}
  end
end
return out`;

export const SETTLE = `
local p, settles, keep = ARGV[1], cjson.decode(ARGV[2]), ARGV[3]
for _, s in ipairs(settles) do
  local key = p .. 'outbox:' .. s.seq
  if redis.call('HGET', key, 'state') == 'pending' then
    if s.state == 'retry' then
      redis.call('HSET', key, 'attempts', s.attempts, 'retryAt', s.retryAt, 'error', s.error, 'claimedBy', '')
    else
      redis.call('HSET', key, 'state', s.state, 'error', s.error, 'settledAt', s.at, 'ref', s.ref, 'draft', '')
      redis.call('ZREM', p .. 'outbox:pending', s.seq)
      redis.call('PEXPIRE', key, keep)
      for _, d in ipairs(s.documents) do redis.call('SET', d.key, d.raw) end
    end
  end
end
return 1`;

export const DEPTH = `
local zset, hashPrefix, field = KEYS[1], ARGV[1], ARGV[2]
local count = redis.call('ZCARD', zset)
local first = redis.call('ZRANGE', zset, 0, 0)
local oldest = false
if first[1] then oldest = redis.call('HGET', hashPrefix .. first[1], field) end
return {count, oldest}`;

/** Loads each script once and runs it by its hash, loading it again if the server forgot it. */
export class Scripts {
  private readonly loaded = new Map<string, string>();

  constructor(private readonly client: RedisClient) {}

  async run(script: string, args: readonly (string | number)[], keys: string[] = []): Promise<unknown> {
    const sha = createHash("sha1").update(script).digest("hex");
    const options = { keys, arguments: args.map(String) };
    if (!this.loaded.has(sha)) this.loaded.set(sha, await this.client.scriptLoad(script));
    try {
      return await this.client.evalSha(sha, options);
    } catch (error) {
      if (!describeError(error).includes("NOSCRIPT")) throw error;
      await this.client.scriptLoad(script);
      return this.client.evalSha(sha, options);
    }
  }
}

/** Writes a document only if it still reads `expected` (an empty string: only if it is absent). */
export const SWAP_DOCUMENT = `
local current = redis.call('GET', KEYS[1]) or ''
if current ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2])
return 1`;

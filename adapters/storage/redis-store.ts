import { createHash } from "node:crypto";
import type { InboxClaim, InboxEntry } from "../../src/ports/inbox.js";
import type { OutboxDraft, OutboxEntry, OutboxOutcome } from "../../src/ports/outbox.js";
import type { CommitResult } from "../../src/ports/ticket-store.js";
import { Coalescer } from "./coalescer.js";
import {
  ANSWER_CLAIM_MS,
  entryOf,
  INBOX_MEMORY_MS,
  type LandedCard,
  landedDocuments,
  type NativeChange,
  type NativeStore,
} from "./native-store.js";

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
const COMMIT = `
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

const NEXT_NUMBERS = `
local counter = redis.call('GET', KEYS[1])
local n = tonumber(ARGV[1])
if counter then n = cjson.decode(counter).value + n end
redis.call('SET', KEYS[1], cjson.encode({value = n}))
return n`;

const RECORD = `
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

const CLAIM = `
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

const RELEASE = `
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

const PENDING_OUTBOX = `
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

const SETTLE = `
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

const DEPTH = `
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
      if (!String(error).includes("NOSCRIPT")) throw error;
      await this.client.scriptLoad(script);
      return this.client.evalSha(sha, options);
    }
  }
}

interface Settle {
  readonly seq: number;
  readonly state: string;
  readonly attempts: number;
  readonly retryAt: number;
  readonly error: string;
  readonly at: number | string;
  readonly ref: string;
  readonly documents: readonly { readonly key: string; readonly raw: string }[];
}

/**
 * A shared Redis: the inbox and outbox are hashes with sorted-set indexes. What this process writes is
 * batched: changes (and events recorded, outcomes, ticket numbers) that queue while a script runs go
 * in the next script, which checks and writes each of them in turn.
 */
export class RedisStore implements NativeStore {
  readonly shared = true;
  private readonly scripts: Scripts;
  private readonly records = new Coalescer<readonly unknown[], boolean>((entries) => this.recordAll(entries));
  private readonly numbers = new Coalescer<null, number>((asks) => this.numberAll(asks.length));
  private readonly commits = new Coalescer<NativeChange, CommitResult>((changes) => this.commitAll(changes));
  private readonly settles = new Coalescer<Settle, undefined>((settles) => this.settleAll(settles));

  constructor(
    private readonly client: RedisClient,
    private readonly space: string,
    private readonly owner: string,
  ) {
    this.scripts = new Scripts(client);
  }

  nextNumber(): Promise<number> {
    return this.numbers.submit(null);
  }

  async highestTicket(): Promise<number> {
    const raw = await this.client.get(`${this.space}seq:ticket`);
    return raw === null ? 0 : Number((JSON.parse(raw) as { value: number }).value);
  }

  commit(change: NativeChange): Promise<CommitResult> {
    return this.commits.submit(change);
  }

  recordInbound(entry: Omit<InboxEntry, "attempts">, claim: InboxClaim): Promise<boolean> {
    const payload = JSON.stringify(entry.payload);
    return this.records.submit([
      entry.id,
      entry.source,
      entry.partition,
      payload,
      entry.receivedAt,
      claim.owner,
      claim.until,
    ]);
  }

  async claimStaleInbound(now: number, claim: InboxClaim, limit: number): Promise<InboxEntry[]> {
    const rows = (await this.scripts.run(CLAIM, [
      this.space,
      now,
      claim.owner,
      claim.until,
      limit,
    ])) as string[][];
    return rows
      .map(([id, source, partition, payload, receivedAt, attempts]) => ({
        id: String(id),
        source: String(source),
        partition: String(partition),
        payload: JSON.parse(String(payload)) as unknown,
        receivedAt: Number(receivedAt),
        attempts: Number(attempts),
      }))
      .sort((a, b) => a.receivedAt - b.receivedAt);
  }

  async releaseInbound(id: string, retryAt: number, error: string, giveUp: boolean): Promise<void> {
    await this.scripts.run(RELEASE, [this.space, id, retryAt, error.slice(0, 2000), giveUp ? 1 : 0]);
  }

  inboxDepth() {
    return this.depth("inbox:pending", "inbox:", "receivedAt");
  }

  /** Handled entries expire by themselves after the inbox's memory. */
  async pruneInbound(): Promise<number> {
    return 0;
  }

  async pendingOutbox(afterSeq: number, limit: number, now: number, owner: string): Promise<OutboxEntry[]> {
    const rows = (await this.scripts.run(PENDING_OUTBOX, [
      this.space,
      afterSeq,
      limit,
      now,
      owner,
    ])) as string[][];
    return rows.map(([seq, draft, createdAt, attempts, retryAt, claimedBy, claimedUntil]) =>
      entryOf(JSON.parse(String(draft)) as OutboxDraft, {
        seq: Number(seq),
        createdAt: Number(createdAt),
        attempts: Number(attempts),
        retryAt: Number(retryAt),
        claimedBy: claimedBy || null,
        claimedUntil: Number(claimedUntil),
      }),
    );
  }

  settleOutbox(entry: OutboxEntry, outcome: OutboxOutcome, landed: LandedCard | undefined): Promise<void> {
    const retry = outcome.state === "retry";
    return this.settles.submit({
      seq: entry.seq,
      state: outcome.state,
      attempts: retry ? outcome.attempts : entry.attempts,
      retryAt: retry ? outcome.retryAt : 0,
      error: outcome.state === "retry" || outcome.state === "dead" ? outcome.error.slice(0, 2000) : "",
      at: retry ? "" : outcome.at,
      ref: outcome.state === "delivered" && outcome.ref ? JSON.stringify(outcome.ref) : "",
      documents: landedDocuments(landed),
    });
  }

  outboxDepth() {
    return this.depth("outbox:pending", "outbox:", "createdAt");
  }

  /** Settled entries expire by themselves. */
  async pruneOutbox(): Promise<number> {
    return 0;
  }

  async latestChange(): Promise<number> {
    const raw = await this.client.get(`${this.space}seq:change`);
    return raw === null ? 0 : Number((JSON.parse(raw) as { value: number }).value);
  }

  async changedTickets(from: number, to: number): Promise<number[]> {
    const keys = Array.from({ length: to - from + 1 }, (_, i) => `${this.space}change:${from + i}`);
    const raws = await this.client.mGet(keys);
    // Entries are written with their change number, so none is missing unless removed by hand.
    return raws.flatMap((raw) =>
      raw === null ? [] : [Number((JSON.parse(raw) as { value: number }).value)],
    );
  }

  async close(): Promise<void> {
    await Promise.all([this.records, this.numbers, this.commits, this.settles].map((c) => c.drained()));
  }

  private async recordAll(entries: readonly (readonly unknown[])[]): Promise<boolean[]> {
    const recorded = (await this.scripts.run(RECORD, [this.space, JSON.stringify(entries)])) as number[];
    return entries.map((_, i) => Number(recorded[i]) === 1);
  }

  private async numberAll(count: number): Promise<number[]> {
    const last = Number(await this.scripts.run(NEXT_NUMBERS, [count], [`${this.space}seq:ticket`]));
    return Array.from({ length: count }, (_, i) => last - count + 1 + i);
  }

  private async commitAll(changes: readonly NativeChange[]): Promise<CommitResult[]> {
    const payload = changes.map((change) => ({
      at: change.at,
      inboxDone: change.inboxDone ?? false,
      tickets: change.tickets,
      documents: change.documents,
      newTicket: change.newTicket,
      outbox: change.outbox.map((draft) => ({
        key: draft.key,
        raw: JSON.stringify(draft),
        answer: draft.target.kind === "answer",
      })),
    }));
    const answers = JSON.parse(
      String(
        await this.scripts.run(COMMIT, [
          this.space,
          JSON.stringify(payload),
          this.owner,
          ANSWER_CLAIM_MS,
          INBOX_MEMORY_MS,
        ]),
      ),
    ) as { conflict?: "version" | "handled"; seqs?: number[] | Record<string, never> }[];
    return changes.map((change, c) => {
      const answer = answers[c] ?? { conflict: "version" };
      if (answer.conflict !== undefined) return { committed: false, conflict: answer.conflict };
      const seqs = Array.isArray(answer.seqs) ? answer.seqs : [];
      const outbox = change.outbox.flatMap((draft, i) => {
        const seq = seqs[i] ?? 0;
        if (seq === 0) return [];
        const claimedBy = draft.target.kind === "answer" ? this.owner : null;
        return [
          entryOf(draft, { seq, createdAt: change.at, claimedBy, claimedUntil: change.at + ANSWER_CLAIM_MS }),
        ];
      });
      return { committed: true, outbox };
    });
  }

  private async settleAll(settles: readonly Settle[]): Promise<undefined[]> {
    await this.scripts.run(SETTLE, [this.space, JSON.stringify(settles), INBOX_MEMORY_MS]);
    return settles.map(() => undefined);
  }

  private async depth(zset: string, hashPrefix: string, field: string) {
    const [count, oldest] = (await this.scripts.run(
      DEPTH,
      [`${this.space}${hashPrefix}`, field],
      [`${this.space}${zset}`],
    )) as [number, string | null];
    return { count: Number(count), oldest: oldest ? Number(oldest) : null };
  }
}

/** Writes a document only if it still reads `expected` (an empty string: only if it is absent). */
export const SWAP_DOCUMENT = `
local current = redis.call('GET', KEYS[1]) or ''
if current ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2])
return 1`;

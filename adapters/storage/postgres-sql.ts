// The PostgreSQL schema and the statements the store runs, per table prefix.
export const POSTGRES_SCHEMA = `
CREATE TABLE IF NOT EXISTS sla_desk_inbox (
  space TEXT NOT NULL, id TEXT NOT NULL, source TEXT NOT NULL, partition_key TEXT NOT NULL,
  payload TEXT NOT NULL, received_at BIGINT NOT NULL, state TEXT NOT NULL, claimed_by TEXT,
  claimed_until BIGINT NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0, error TEXT, done_at BIGINT,
  PRIMARY KEY (space, id));
CREATE INDEX IF NOT EXISTS sla_desk_inbox_pending ON sla_desk_inbox (space, claimed_until) WHERE state = 'pending';
CREATE INDEX IF NOT EXISTS sla_desk_inbox_done ON sla_desk_inbox (space, done_at) WHERE state = 'done';
CREATE TABLE IF NOT EXISTS sla_desk_outbox (
  seq BIGSERIAL PRIMARY KEY, space TEXT NOT NULL, key TEXT NOT NULL, lane TEXT NOT NULL, rank INTEGER NOT NULL,
  draft TEXT NOT NULL, created_at BIGINT NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
  retry_at BIGINT NOT NULL DEFAULT 0, claimed_by TEXT, claimed_until BIGINT, error TEXT, settled_at BIGINT,
  ref TEXT, UNIQUE (space, key));
CREATE INDEX IF NOT EXISTS sla_desk_outbox_pending ON sla_desk_outbox (space, seq) WHERE state = 'pending';
CREATE INDEX IF NOT EXISTS sla_desk_outbox_settled ON sla_desk_outbox (space, settled_at) WHERE state <> 'pending';
`;

/** The SQL of one store, for keyv's table `table` (schema-qualified). Rows come as arrays (`unnest`). */
export function statements(table: string) {
  /** Counts a counter document up by `$<by>`, returning the new count as `n`. */
  const countUp = (keyParam: string, by: string) =>
    `INSERT INTO ${table} (key, value) VALUES (${keyParam}, json_build_object('value', ${by}::bigint)::text)
     ON CONFLICT (key) DO UPDATE
       SET value = json_build_object('value', (${table}.value::json ->> 'value')::bigint + ${by}::bigint)::text
     RETURNING (value::json ->> 'value')::bigint AS n`;
  return {
    inboxStates: `SELECT id, state FROM sla_desk_inbox WHERE space = $1 AND id = ANY($2::text[]) ORDER BY id FOR UPDATE`,
    versions: `SELECT key, (value::json -> 'value' ->> 'version')::bigint AS version FROM ${table}
      WHERE key = ANY($1::text[]) ORDER BY key FOR UPDATE`,
    inboxDone: `UPDATE sla_desk_inbox SET state = 'done', done_at = $1, payload = ''
      WHERE space = $2 AND id = ANY($3::text[]) AND state = 'pending'`,
    putDocuments: `INSERT INTO ${table} (key, value) SELECT * FROM unnest($1::text[], $2::text[])
      ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    nextNumbers: countUp("$1", "$2"),
    // The counter row's lock orders concurrent writers, so a reader that sees the counter at n also sees entry n.
    logChanges: `WITH counted AS (${countUp("$1", "$3")})
      INSERT INTO ${table} (key, value)
      SELECT $2 || (counted.n - $3 + t.ord)::text, json_build_object('value', t.id)::text
      FROM counted, unnest($4::bigint[]) WITH ORDINALITY AS t(id, ord)`,
    insertOutbox: `INSERT INTO sla_desk_outbox (space, key, lane, rank, draft, created_at, state, claimed_by, claimed_until)
      SELECT $1, t.key, t.lane, t.rank, t.draft, t.created_at, 'pending', t.claimed_by, t.claimed_until
      FROM unnest($2::text[], $3::text[], $4::int[], $5::text[], $6::bigint[], $7::text[], $8::bigint[])
        WITH ORDINALITY AS t(key, lane, rank, draft, created_at, claimed_by, claimed_until, ord)
      ORDER BY t.ord
      ON CONFLICT (space, key) DO NOTHING RETURNING seq, key`,
    recordInbound: `INSERT INTO sla_desk_inbox (space, id, source, partition_key, payload, received_at, state, claimed_by, claimed_until)
      SELECT $1, t.id, t.source, t.partition_key, t.payload, t.received_at, 'pending', t.claimed_by, t.claimed_until
      FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::text[], $8::bigint[])
        AS t(id, source, partition_key, payload, received_at, claimed_by, claimed_until)
      ON CONFLICT (space, id) DO NOTHING RETURNING id`,
    claimStale: `UPDATE sla_desk_inbox SET claimed_by = $1, claimed_until = $2
      WHERE space = $3 AND id IN (
        SELECT id FROM sla_desk_inbox WHERE space = $3 AND state = 'pending' AND claimed_until <= $4
        ORDER BY received_at LIMIT $5 FOR UPDATE SKIP LOCKED)
      RETURNING id, source, partition_key, payload, received_at, attempts`,
    releaseInbound: `UPDATE sla_desk_inbox SET claimed_by = NULL, claimed_until = $1, attempts = attempts + 1,
      error = $2, state = CASE WHEN $3 THEN 'failed' ELSE state END
      WHERE space = $4 AND id = $5 AND state = 'pending'`,
    inboxDepth: `SELECT count(*) AS count, min(received_at) AS oldest FROM sla_desk_inbox WHERE space = $1 AND state = 'pending'`,
    pruneInbound: `DELETE FROM sla_desk_inbox WHERE space = $1 AND state = 'done' AND done_at < $2`,
    pendingOutbox: `SELECT seq, draft, created_at, attempts, retry_at, claimed_by, claimed_until FROM sla_desk_outbox
      WHERE space = $1 AND state = 'pending' AND seq > $2 AND (claimed_by IS NULL OR claimed_by = $3 OR claimed_until <= $4)
      ORDER BY seq LIMIT $5`,
    // A delivered message's text (and an answer's response URL) is not kept; one set aside is.
    settleOutbox: `UPDATE sla_desk_outbox AS o SET state = s.state, attempts = s.attempts, retry_at = s.retry_at,
        error = s.error, settled_at = s.settled_at, ref = s.ref, claimed_by = NULL, claimed_until = NULL,
        draft = CASE WHEN s.state IN ('delivered', 'superseded') THEN '' ELSE o.draft END
      FROM unnest($1::bigint[], $2::text[], $3::int[], $4::bigint[], $5::text[], $6::bigint[], $7::text[])
        AS s(seq, state, attempts, retry_at, error, settled_at, ref)
      WHERE o.seq = s.seq AND o.state = 'pending'`,
    pruneOutbox: `DELETE FROM sla_desk_outbox WHERE space = $1 AND state <> 'pending' AND settled_at < $2`,
    outboxDepth: `SELECT count(*) AS count, min(created_at) AS oldest FROM sla_desk_outbox WHERE space = $1 AND state = 'pending'`,
    counter: `SELECT value FROM ${table} WHERE key = $1`,
    changes: `SELECT value FROM ${table} WHERE key = ANY($1::text[])`,
  };
}

/** Column arrays of rows, for `unnest`. */
export function columns(rows: readonly (readonly unknown[])[], width: number): unknown[][] {
  return Array.from({ length: width }, (_, c) => rows.map((row) => row[c] ?? null));
}

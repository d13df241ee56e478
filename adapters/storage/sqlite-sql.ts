// The SQLite file's schema and the statements its writer and stores run.
export const SQLITE_SCHEMA = `
CREATE TABLE IF NOT EXISTS keyv (key VARCHAR(255) PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS sla_desk_inbox (
  space TEXT NOT NULL, id TEXT NOT NULL, source TEXT NOT NULL, partition_key TEXT NOT NULL,
  payload TEXT NOT NULL, received_at INTEGER NOT NULL, state TEXT NOT NULL,
  claimed_by TEXT, claimed_until INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0,
  error TEXT, done_at INTEGER, PRIMARY KEY (space, id));
CREATE INDEX IF NOT EXISTS sla_desk_inbox_pending ON sla_desk_inbox (space, claimed_until) WHERE state = 'pending';
CREATE INDEX IF NOT EXISTS sla_desk_inbox_done ON sla_desk_inbox (space, done_at) WHERE state = 'done';
CREATE TABLE IF NOT EXISTS sla_desk_outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, space TEXT NOT NULL, key TEXT NOT NULL, lane TEXT NOT NULL,
  rank INTEGER NOT NULL, draft TEXT NOT NULL, created_at INTEGER NOT NULL, state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0, retry_at INTEGER NOT NULL DEFAULT 0, claimed_by TEXT,
  claimed_until INTEGER, error TEXT, settled_at INTEGER, ref TEXT, UNIQUE (space, key));
CREATE INDEX IF NOT EXISTS sla_desk_outbox_pending ON sla_desk_outbox (space, seq) WHERE state = 'pending';
CREATE INDEX IF NOT EXISTS sla_desk_outbox_settled ON sla_desk_outbox (space, settled_at) WHERE state <> 'pending';
`;

/** Rows arrive as one JSON array parameter (`json_each`): one statement per batch, whatever its size. */
const at = (i: number) => `json_extract(j.value, '$[${i}]')`;
export const SQL = {
  putDocuments: `INSERT INTO keyv (key, value) SELECT ${at(0)}, ${at(1)} FROM json_each(?) AS j WHERE true
    ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
  inboxStates: `SELECT i.space, i.id, i.state FROM (SELECT ${at(0)} AS space, ${at(1)} AS id FROM json_each(?) AS j) AS d
    JOIN sla_desk_inbox AS i ON i.space = d.space AND i.id = d.id`,
  versions: `SELECT key, json_extract(value, '$.value.version') AS version FROM keyv
    WHERE key IN (SELECT value FROM json_each(?))`,
  inboxDone: `UPDATE sla_desk_inbox SET state = 'done', done_at = ?, payload = ''
    FROM (SELECT ${at(0)} AS space, ${at(1)} AS id FROM json_each(?) AS j) AS d
    WHERE sla_desk_inbox.space = d.space AND sla_desk_inbox.id = d.id AND sla_desk_inbox.state = 'pending'`,
  recordInbound: `INSERT INTO sla_desk_inbox (space, id, source, partition_key, payload, received_at, state, claimed_by, claimed_until)
    SELECT ${at(0)}, ${at(1)}, ${at(2)}, ${at(3)}, ${at(4)}, ${at(5)}, 'pending', ${at(6)}, ${at(7)} FROM json_each(?) AS j WHERE true
    ON CONFLICT(space, id) DO NOTHING RETURNING space, id`,
  insertOutbox: `INSERT INTO sla_desk_outbox (space, key, lane, rank, draft, created_at, state, claimed_by, claimed_until)
    SELECT ${at(0)}, ${at(1)}, ${at(2)}, ${at(3)}, ${at(4)}, ${at(5)}, 'pending', ${at(6)}, ${at(7)} FROM json_each(?) AS j WHERE true
    ON CONFLICT(space, key) DO NOTHING RETURNING seq, space, key`,
  // A delivered message's text (and an answer's response URL) is not kept; one set aside is.
  settleOutbox: `UPDATE sla_desk_outbox SET state = s.state, attempts = s.attempts, retry_at = s.retry_at, error = s.error,
      settled_at = s.settled_at, ref = s.ref, claimed_by = NULL, claimed_until = NULL,
      draft = CASE WHEN s.state IN ('delivered', 'superseded') THEN '' ELSE draft END
    FROM (SELECT ${at(0)} AS seq, ${at(1)} AS state, ${at(2)} AS attempts, ${at(3)} AS retry_at, ${at(4)} AS error,
      ${at(5)} AS settled_at, ${at(6)} AS ref FROM json_each(?) AS j) AS s
    WHERE sla_desk_outbox.seq = s.seq AND sla_desk_outbox.state = 'pending'`,
  claimStale: `UPDATE sla_desk_inbox SET claimed_by = ?, claimed_until = ?
    WHERE space = ? AND state = 'pending' AND claimed_until <= ? AND id IN (
      SELECT id FROM sla_desk_inbox WHERE space = ? AND state = 'pending' AND claimed_until <= ?
      ORDER BY received_at LIMIT ?)
    RETURNING id, source, partition_key, payload, received_at, attempts`,
  releaseInbound: `UPDATE sla_desk_inbox SET claimed_by = NULL, claimed_until = ?, attempts = attempts + 1, error = ?,
    state = CASE WHEN ? THEN 'failed' ELSE state END WHERE space = ? AND id = ? AND state = 'pending'`,
  inboxDepth: `SELECT count(*) AS count, min(received_at) AS oldest FROM sla_desk_inbox WHERE space = ? AND state = 'pending'`,
  pruneInbound: `DELETE FROM sla_desk_inbox WHERE space = ? AND state = 'done' AND done_at < ?`,
  // A file has one desk process: an answer another process claimed was claimed by this one's earlier life.
  pendingOutbox: `SELECT seq, draft, created_at, attempts, retry_at FROM sla_desk_outbox
    WHERE space = ? AND state = 'pending' AND seq > ? ORDER BY seq LIMIT ?`,
  pruneOutbox: `DELETE FROM sla_desk_outbox WHERE space = ? AND state <> 'pending' AND settled_at < ?`,
  outboxDepth: `SELECT count(*) AS count, min(created_at) AS oldest FROM sla_desk_outbox WHERE space = ? AND state = 'pending'`,
  highestTicket: `SELECT max(CAST(substr(key, ?) AS INTEGER)) AS n FROM keyv WHERE key > ? AND key < ?`,
  counter: `SELECT json_extract(value, '$.value') AS n FROM keyv WHERE key = ?`,
} as const;

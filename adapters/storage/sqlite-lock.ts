import { hostname } from "node:os";
import { InvalidConfigError } from "../../src/config/config-directory.js";
import type { Logger } from "../../src/ports/logger.js";
import { SqliteConnection } from "./sqlite-connection.js";

/** How often the desk using a file says it is still there. */
const HEARTBEAT_MS = 5000;
/** A holder silent this long is gone (a machine that stopped, a process frozen), whatever its pid. */
const STALE_MS = 30_000;

const SCHEMA = `CREATE TABLE IF NOT EXISTS sla_desk_process (
  id INTEGER PRIMARY KEY CHECK (id = 1), host TEXT NOT NULL, pid INTEGER NOT NULL,
  started_at INTEGER NOT NULL, heartbeat INTEGER NOT NULL)`;

interface Holder {
  readonly host: string;
  readonly pid: number;
  readonly started_at: number;
  readonly heartbeat: number;
}

/** The files this process holds, with how many stores use each (tests open one file several times). */
const held = new Map<string, { users: number; release: () => Promise<void> }>();

/**
 * One SQLite file, one desk: an SQLite store is never shared, so a second desk process on the same file
 * would send every reminder and message twice. The first desk writes its host and pid into the file and
 * renews it; another process refuses to start while that desk runs. A desk that crashed is taken over at
 * once on its own machine (its pid is gone), after STALE_MS of silence from another machine.
 */
export async function holdSqliteFile(file: string, logger?: Logger): Promise<() => Promise<void>> {
  const known = held.get(file);
  if (known !== undefined) {
    known.users += 1;
    return releaseOnce(file);
  }
  const connection = await SqliteConnection.open(file, "normal");
  const me = { host: hostname(), pid: process.pid };
  try {
    await connection.exec(SCHEMA);
    await connection.transaction(async () => {
      const holder = await connection.prepare("SELECT * FROM sla_desk_process WHERE id = 1").get<Holder>([]);
      if (holder !== undefined && holdsIt(holder, me)) throw inUse(file, holder);
      await connection
        .prepare(
          "INSERT OR REPLACE INTO sla_desk_process (id, host, pid, started_at, heartbeat) VALUES (1, ?, ?, ?, ?)",
        )
        .run([me.host, me.pid, Date.now(), Date.now()]);
    });
  } catch (error) {
    await connection.close();
    throw error;
  }
  const renew = connection.prepare(
    "UPDATE sla_desk_process SET heartbeat = ? WHERE id = 1 AND host = ? AND pid = ?",
  );
  const timer = setInterval(() => {
    renew.run([Date.now(), me.host, me.pid]).then(
      ({ changes }) => {
        if (changes === 0)
          logger?.error(
            { file },
            "another desk took this SQLite file over after this one was silent too long",
          );
      },
      (error: unknown) => logger?.warn({ err: error, file }, "could not renew the hold on the SQLite file"),
    );
  }, HEARTBEAT_MS);
  timer.unref();
  held.set(file, {
    users: 1,
    release: async () => {
      clearInterval(timer);
      await connection
        .prepare("DELETE FROM sla_desk_process WHERE id = 1 AND host = ? AND pid = ?")
        .run([me.host, me.pid])
        .catch(() => undefined);
      await connection.close();
    },
  });
  return releaseOnce(file);
}

function releaseOnce(file: string): () => Promise<void> {
  let released = false;
  return async () => {
    const entry = held.get(file);
    if (released || entry === undefined) return;
    released = true;
    entry.users -= 1;
    if (entry.users > 0) return;
    held.delete(file);
    await entry.release();
  };
}

/** Whether the recorded holder is another desk that is still running. */
function holdsIt(holder: Holder, me: { host: string; pid: number }): boolean {
  if (Date.now() - holder.heartbeat > STALE_MS) return false;
  if (holder.host !== me.host) return true;
  return holder.pid !== me.pid && alive(holder.pid);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function inUse(file: string, holder: Holder): InvalidConfigError {
  const since = new Date(holder.started_at).toISOString();
  return new InvalidConfigError(
    [
      "stop that desk first, or give this one a file of its own (SLA_DESK_STORE); several desks share one store only on Redis or PostgreSQL",
    ],
    `another desk (pid ${holder.pid} on ${holder.host}, running since ${since}) is using ${file}`,
  );
}

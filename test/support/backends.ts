import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type KeyvBackend, openKeyvBackend } from "../../adapters/storage/keyv-backend.js";

export interface BackendUnderTest {
  readonly name: string;
  /** Whether several desk processes may share it; an SQLite file has one. */
  readonly shared: boolean;
  /** Why the backend's tests cannot run here, or null when they can. */
  readonly unavailable: string | null;
  /** Opens a connection; every call of one suite shares the same data. */
  open(): Promise<KeyvBackend>;
  /** A key prefix no other test run uses, so suites can share one server. */
  readonly prefix: string;
}

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const DATABASE_URL = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

/** SQLite always; Redis and PostgreSQL when a server answers (CI starts both). */
export async function backendsUnderTest(): Promise<BackendUnderTest[]> {
  const file = join(mkdtempSync(join(tmpdir(), "sla-desk-")), "desk.sqlite");
  const prefix = `test-${randomUUID()}:`;
  return [
    { name: "sqlite", shared: false, unavailable: null, open: () => openKeyvBackend(file), prefix },
    {
      name: "redis",
      shared: true,
      unavailable: await unreachable(REDIS_URL),
      open: () => openKeyvBackend(REDIS_URL),
      prefix,
    },
    {
      name: "postgres",
      shared: true,
      unavailable: await unreachable(DATABASE_URL),
      open: () => openKeyvBackend(DATABASE_URL),
      prefix,
    },
  ];
}

async function unreachable(url: string): Promise<string | null> {
  const { hostname, port } = new URL(url);
  const reachable = await new Promise<boolean>((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.setTimeout(500, () => {
      socket.destroy();
      resolve(false);
    });
    socket.on("error", () => resolve(false));
  });
  if (reachable) return null;
  const reason = `no server answers at ${hostname}:${port} (set ${url.startsWith("redis") ? "REDIS_URL" : "DATABASE_URL"} or start it; .ci/run does)`;
  console.warn(`skipping ${url.split(":")[0]} store tests: ${reason}`);
  return reason;
}

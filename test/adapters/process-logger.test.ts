import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const logger = pathToFileURL(join(import.meta.dirname, "..", "..", "dist", "adapters", "process-logger.js"));

/** Runs a few log calls in a child process (the logger writes to file descriptor 2) and returns its lines. */
function logLines(level: string, calls: string): Record<string, unknown>[] {
  const script = `import { processLogger } from ${JSON.stringify(logger.href)};
    const log = processLogger(${JSON.stringify(level)});
    ${calls}`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  expect(run.status).toBe(0);
  return run.stderr
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

describe("the desk process's log", () => {
  it("writes JSON lines with the level as a word and the message, and redacts credentials", () => {
    const [line] = logLines(
      "info",
      `log.warn({ ticket: 7, botToken: "xoxb-1", slack: { token: "xoxb-2", signingSecret: "s3" } }, "could not post");`,
    );
    expect(line).toMatchObject({ level: "warn", message: "could not post", ticket: 7 });
    expect(JSON.stringify(line)).not.toMatch(/xoxb-|s3/);
    expect(line?.botToken).toBe("[redacted]");
  });

  it("leaves out what is below its level", () => {
    const lines = logLines("warn", `log.info({}, "started"); log.error({ err: "boom" }, "event failed");`);
    expect(lines.map((l) => l.message)).toEqual(["event failed"]);
  });
});

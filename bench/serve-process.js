// The real `sla-desk serve` in a process of its own, for the load benchmarks: started in a fresh
// directory with its configuration and an SQLite store there, ready once it prints every line asked for.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const bin = join(import.meta.dirname, "..", "bin", "sla-desk.js");

/**
 * Starts serve with `config` and `env` (the caller says which of the machine's variables to drop) and
 * resolves with the child and, for each pattern in `ready`, its first capture (a port) as a number.
 */
export async function startServe(config, env, ready) {
  const cwd = mkdtempSync(join(tmpdir(), "sla-desk-bench-"));
  writeFileSync(join(cwd, "sla-desk.yaml"), JSON.stringify(config));
  const child = spawn(process.execPath, [bin, "serve"], {
    cwd,
    env: { ...env, SLA_DESK_STORE: join(cwd, "desk.sqlite") },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (c) => {
    output += c;
  });
  child.stderr.on("data", (c) => {
    output += c;
  });
  const ports = await new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      const found = ready.map((pattern) => pattern.exec(output)?.[1]);
      if (found.every((port) => port !== undefined)) {
        clearInterval(poll);
        resolve(found.map(Number));
      }
    }, 10);
    child.once("exit", (code) => reject(new Error(`desk exited with ${code}: ${output}`)));
  });
  return { child, ports, output: () => output };
}

import type { CliIo } from "../../src/cli/io.js";
import { run } from "../../src/cli/main.js";

/**
 * Runs the command line in process, with `input` as its standard input, and returns its exit code and
 * output. With `env`, it runs with exactly those desk settings (the machine's store, chat and desk
 * variables set aside), as a support lead's shell would have them.
 */
export async function cli(argv: string[], input = "", env?: NodeJS.ProcessEnv) {
  let out = "";
  let err = "";
  const io: CliIo = {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    readInput: async () => input,
  };
  const code = env === undefined ? await run(argv, io) : await withEnv(env, () => run(argv, io));
  return { code, out, err };
}

async function withEnv<T>(env: NodeJS.ProcessEnv, work: () => Promise<T>): Promise<T> {
  const saved = { ...process.env };
  for (const name of Object.keys(process.env))
    if (/^(SLA_DESK_|SLACK_|MICROSOFT_|TEAMS_|REDIS_URL|DATABASE_URL)/.test(name)) delete process.env[name];
  Object.assign(process.env, env);
  try {
    return await work();
  } finally {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
  }
}

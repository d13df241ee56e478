import { parseArgs } from "node:util";
import type { CliIo } from "./io.js";

/** `sla-desk serve`: runs the desk (local mode without chat credentials). */
export async function serveCommand(argv: string[], _io: CliIo): Promise<number> {
  parseArgs({ args: argv, options: {}, strict: true });
  const { serve } = await import("../main.js");
  await serve();
  return 0;
}

import { loadPolicy } from "../config/policy-source.js";
import { classifyPriority } from "../domain/priority/classify.js";
import { parseCommandArgs, requireString } from "./args.js";
import { type CliIo, EXIT_OK, UsageError } from "./io.js";

/** `sla-desk classify --policy <id> [text]`: the text from the arguments, or from stdin when none is given. */
export async function classifyCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs("classify", argv, { policy: { type: "string" } });
  const policy = await loadPolicy(requireString("classify", args, "policy"));
  const text = (args.positionals.length > 0 ? args.positionals.join(" ") : await io.readInput()).trim();
  if (text === "") throw new UsageError("classify: give the message text as an argument or on stdin");
  const { priority, confidence, reasons } = classifyPriority(text, policy);
  io.out(`${JSON.stringify({ priority, confidence, reasons })}\n`);
  return EXIT_OK;
}

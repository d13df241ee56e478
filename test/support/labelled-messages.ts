import { readFileSync } from "node:fs";
import { join } from "node:path";

/** One line of the labelled client messages (test/fixtures/labelled/client-messages.jsonl). */
export interface LabelledLine {
  readonly policy: string;
  readonly text: string;
  readonly priority: string;
  readonly split: "dev" | "held-out";
}

export const LABELLED_LINES: readonly LabelledLine[] = readFileSync(
  join(import.meta.dirname, "../fixtures/labelled/client-messages.jsonl"),
  "utf8",
)
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as LabelledLine);

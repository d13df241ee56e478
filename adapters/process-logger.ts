import pino from "pino";
import type { Logger } from "../src/ports/logger.js";

/** Paths that may hold a credential in what adapters log (Slack's SDK options, request headers). */
const SECRETS = [
  "token",
  "botToken",
  "appToken",
  "signingSecret",
  "password",
  "*.token",
  "*.botToken",
  "*.appToken",
  "*.signingSecret",
  "*.password",
  "headers.authorization",
  "*.headers.authorization",
];

/**
 * The desk process's log: one JSON line per event, with the level as a word and credentials redacted
 * should one ever be passed in; on stderr, or in `file` (local mode, whose terminal is the chat).
 */
export function processLogger(level = "info", file?: string): Logger {
  return pino(
    {
      level,
      messageKey: "message",
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: SECRETS, censor: "[redacted]" },
    },
    pino.destination(file === undefined ? { dest: 2, sync: true } : { dest: file, mkdir: true, sync: true }),
  );
}

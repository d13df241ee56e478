import { type ChildProcess, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { type FakeSlack, SIGNING_SECRET, signedHeaders } from "../fakes/fake-slack.js";
import { DESK_CONFIG } from "./desk.js";

const bin = join(import.meta.dirname, "..", "..", "bin", "sla-desk.js");

/** The real `sla-desk serve` in Slack HTTP mode, as its own process. */
export interface DeskProcess {
  readonly child: ChildProcess;
  readonly port: number;
  /** Everything it wrote, stdout and stderr. */
  output(): string;
  /** Resolves with the exit code once it has exited. */
  readonly exited: Promise<number | null>;
}

export interface ServeOptions {
  readonly cwd: string;
  readonly slack: FakeSlack;
  /** SLA_DESK_STORE: an SQLite file or a Redis/PostgreSQL URL. */
  readonly store: string;
  readonly namespace?: string;
  readonly env?: Record<string, string>;
  /** Overrides of the test desk's configuration. */
  readonly config?: Record<string, unknown>;
}

/** Writes the test desk's configuration into `cwd` and starts `serve` there; resolves once it listens. */
export async function startServe(options: ServeOptions): Promise<DeskProcess> {
  writeFileSync(join(options.cwd, "sla-desk.yaml"), JSON.stringify({ ...DESK_CONFIG, ...options.config }));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SLACK_BOT_TOKEN: "xoxb-test-token",
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: options.slack.apiUrl,
    PORT: "0",
    // The fake sets no rate limit; the desk's own pace would only slow the test down.
    SLACK_PACE_SCALE: "0",
    SLA_DESK_STORE: options.store,
    SLA_DESK_NAMESPACE: options.namespace ?? "sla-desk",
    LOG_LEVEL: "warn",
    METRICS_PORT: "0",
    ...options.env,
  };
  for (const name of ["REDIS_URL", "DATABASE_URL", "SLA_DESK_CONFIG", "SLACK_APP_TOKEN"]) delete env[name];
  const child = spawn(process.execPath, [bin, "serve"], {
    cwd: options.cwd,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    const poll = setInterval(() => {
      const listening = /HTTP mode on port (\d+)/.exec(output);
      if (listening !== null) {
        clearInterval(poll);
        resolve(Number(listening[1]));
      }
    }, 10);
    void exited.then((code) => {
      clearInterval(poll);
      reject(new Error(`serve exited with ${code}: ${output}`));
    });
  });
  return { child, port, output: () => output, exited };
}

/** A client's top-level message in a channel, as Slack's Events API posts it. */
export function messageEvent(eventId: string, channel: string, user: string, text: string, ts: string) {
  return {
    token: "verification-token",
    team_id: "T0TEAM",
    api_app_id: "A0DESK",
    type: "event_callback",
    event_id: eventId,
    event_time: 1_700_000_000,
    event: { type: "message", channel, user, text, ts, channel_type: "channel" },
  };
}

/** A `/ticket` command, as Slack posts it (form fields). */
export function commandFields(
  slack: FakeSlack,
  user: string,
  channel: string,
  text: string,
  trigger: string,
) {
  return new URLSearchParams({
    command: "/ticket",
    text,
    user_id: user,
    user_name: user.toLowerCase(),
    channel_id: channel,
    team_id: "T0TEAM",
    trigger_id: trigger,
    response_url: slack.responseUrl(user),
  }).toString();
}

/**
 * Posts a signed request to the desk; resolves with the HTTP status, or 0 when the desk did not answer
 * (the connection broke: the desk was killed or had stopped).
 */
export async function signedPost(
  port: number,
  body: string,
  contentType: string,
  extra: Record<string, string> = {},
): Promise<number> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: "POST",
      body,
      headers: { "content-type": contentType, ...signedHeaders(body), ...extra },
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

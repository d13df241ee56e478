import { existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { type DeskRuntime, startDeskRuntime } from "../adapters/desk-runtime.js";
import { ConsoleGateway, LOCAL_CONFIG, runConsoleChat } from "../adapters/local/console-chat.js";
import { processLogger } from "../adapters/process-logger.js";
import { leaseExpiryMs } from "../adapters/reminder-loop.js";
import { type SlackSetup, slackWebClient, startSlackApp } from "../adapters/slack/slack-app.js";
import { SlackZonesDirectory } from "../adapters/slack/slack-directory.js";
import { SlackGateway } from "../adapters/slack/slack-gateway.js";
import { SLACK_SOURCE, slackInboundHandler } from "../adapters/slack/slack-intake.js";
import { SlackProfiles } from "../adapters/slack/slack-web.js";
import { openKeyvBackend } from "../adapters/storage/keyv-backend.js";
import { KeyvTicketStore, processOwner } from "../adapters/storage/keyv-ticket-store.js";
import { systemClock } from "../adapters/system-clock.js";
import type { Desk } from "./application/desk.js";
import { ConfigDirectory } from "./config/config-directory.js";
import { parseDeskConfig, policyRegistry, readDeskConfig } from "./config/load-desk-config.js";
import type { Logger } from "./ports/logger.js";

/** Where tickets live: SLA_DESK_STORE, else DATABASE_URL (PostgreSQL), else REDIS_URL, else the SQLite file. */
export function storeUrl(env: NodeJS.ProcessEnv): string | undefined {
  return env.SLA_DESK_STORE ?? env.DATABASE_URL ?? env.REDIS_URL;
}

/** A redacted form for logs: a URL's password never reaches them. */
export function describeStore(url: string | undefined): string {
  if (url === undefined) return "SQLite file ./data/sla-desk.sqlite";
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, "//$1:***@");
}

const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"];

/** The Slack connection the environment describes, or undefined (no bot token). */
export function slackSetupFrom(env: NodeJS.ProcessEnv, logger: Logger): SlackSetup | undefined {
  if (!env.SLACK_BOT_TOKEN) return undefined;
  return {
    botToken: env.SLACK_BOT_TOKEN,
    appToken: env.SLACK_APP_TOKEN || undefined,
    // HTTP mode only when asked for by a signing secret; Socket Mode needs no public URL.
    signingSecret: env.SLACK_APP_TOKEN ? undefined : env.SLACK_SIGNING_SECRET || undefined,
    apiUrl: env.SLACK_API_URL || undefined,
    port: Number(env.PORT ?? 3000),
    logger,
  };
}

/**
 * The desk's key namespace in its store: several desks (or a desk and its staging twin) can share one
 * Redis or PostgreSQL under different namespaces.
 */
export function namespaceOf(env: NodeJS.ProcessEnv): string {
  const name = env.SLA_DESK_NAMESPACE ?? "sla-desk";
  return name.endsWith(":") ? name : `${name}:`;
}

/**
 * Slack's pace for posts to one channel, scaled: 1 (the default) is Slack's documented pace; a test
 * server that sets no limit can take a smaller scale, or 0 for none.
 */
function paceScale(env: NodeJS.ProcessEnv): number {
  const scale = Number(env.SLACK_PACE_SCALE ?? 1);
  return Number.isFinite(scale) && scale >= 0 ? scale : 1;
}

/** How long a stopping desk lets running work finish before it leaves the rest for the next start. */
function shutdownMs(env: NodeJS.ProcessEnv): number {
  const seconds = Number(env.SLA_DESK_SHUTDOWN_SECONDS ?? 10);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 10_000;
}

/**
 * Starts the desk: on Slack when SLACK_BOT_TOKEN is set, else in local mode (a terminal chat on the same
 * core and store, for trying the desk out). The reminder scheduler and the outbox run beside either.
 * SIGTERM or SIGINT stop it gracefully: new requests are refused (the platform retries them), running
 * work finishes (within SLA_DESK_SHUTDOWN_SECONDS), the rest stays in the inbox and outbox.
 */
export async function serve(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const logLevel = env.LOG_LEVEL?.toLowerCase() ?? "info";
  // In local mode the terminal is the chat: the log goes to a file beside the tickets.
  const logFile = env.SLACK_BOT_TOKEN ? undefined : (env.SLA_DESK_LOG_FILE ?? "./data/sla-desk.log");
  const logger = processLogger(LOG_LEVELS.includes(logLevel) ? logLevel : "info", logFile);
  if (!LOG_LEVELS.includes(logLevel))
    logger.warn({ given: env.LOG_LEVEL, levels: LOG_LEVELS }, "unknown LOG_LEVEL; logging at info");
  // A fault in a library's callback must not take the desk down: it is logged and the desk keeps serving.
  process.on("unhandledRejection", (reason) =>
    logger.error({ err: reason }, "unhandled rejection; still serving"),
  );
  process.on("uncaughtException", (error) =>
    logger.error({ err: error }, "uncaught exception; still serving"),
  );
  const configPath = env.SLA_DESK_CONFIG ?? (existsSync("sla-desk.yaml") ? "sla-desk.yaml" : undefined);
  const config = configPath === undefined ? parseDeskConfig(LOCAL_CONFIG) : await readDeskConfig(configPath);
  const policy = await policyRegistry(config);
  const url = storeUrl(env);
  const sqliteSync = env.SLA_DESK_SQLITE_SYNC === "full" ? "full" : "normal";
  const backend = await openKeyvBackend(url, { sqliteSync });
  const owner = processOwner();
  const namespace = namespaceOf(env);
  const store = await KeyvTicketStore.open(backend, namespace, owner);
  const write = (text: string) => process.stdout.write(text);
  const slackEnv = slackSetupFrom(env, logger);
  const slack = slackEnv === undefined ? undefined : await connectSlack(slackEnv, logger);
  const consoleGateway = new ConsoleGateway(write);
  const configured = new ConfigDirectory(config, policy);
  const directory = slack === undefined ? configured : new SlackZonesDirectory(configured, slack.profiles);
  const { tickSeconds, atRiskShare, leaseSeconds } = config.reminders;
  const loop = { tickMs: tickSeconds * 1000, leaseMs: leaseSeconds * 1000 };
  const runtime = await startDeskRuntime({
    store,
    gateway:
      slack === undefined
        ? consoleGateway
        : new SlackGateway(slackWebClient(slack.setup, true), paceScale(env)),
    clock: systemClock,
    directory,
    logger,
    policy,
    reminders: { riskShare: atRiskShare },
    lease: backend.lease(`${namespace}lease:scheduler`, leaseExpiryMs(loop)),
    shared: backend.shared,
    owner,
    ...loop,
    ...(slack !== undefined && { handlers: (desk: Desk) => ({ [SLACK_SOURCE]: slack.handler(desk) }) }),
  });
  write(
    `sla-desk: tickets in ${describeStore(url)}; configuration ${configPath ?? "built-in local demo"}` +
      `${logFile === undefined ? "" : `; log in ${logFile}`}.\n`,
  );
  if (slack !== undefined) {
    const running = await startSlackApp(runtime.desk, runtime.intake, slack.setup);
    // Agents' own time zones, for the times in their pages and nudges.
    void slack.profiles.prefetch(config.agents.filter((a) => a.platform === "slack").map((a) => a.id));
    write(
      `sla-desk: on Slack (${running.port === undefined ? "Socket Mode" : `HTTP mode on port ${running.port}, /slack/events`}).\n`,
    );
    await untilStopped();
    runtime.refuseNew();
    // A socket delivers nothing more once closed; an HTTP endpoint answers 503 until everything is done.
    if (running.port === undefined) await running.stop();
    await shutDown(runtime, store, logger, shutdownMs(env), running.port === undefined ? undefined : running);
    return;
  }
  if (env.MICROSOFT_APP_ID) write("sla-desk: this build has no Teams adapter yet; running locally.\n");
  const lines = createInterface({ input: process.stdin, terminal: false });
  const close = () => lines.close();
  process.once("SIGINT", close);
  process.once("SIGTERM", close);
  await runConsoleChat(runtime.desk, store, lines, write, consoleGateway, () => runtime.settled());
  await shutDown(runtime, store, logger, shutdownMs(env), undefined);
}

/** Finishes running work within the deadline, then closes the chat connection and the store, last. */
async function shutDown(
  runtime: DeskRuntime,
  store: KeyvTicketStore,
  logger: Logger,
  deadlineMs: number,
  chat: { stop(): Promise<void> } | undefined,
): Promise<void> {
  const { clean } = await runtime.stop(deadlineMs);
  await chat?.stop();
  if (clean) {
    await store.close();
    return;
  }
  // Work still running would write to a closed store: leave it to the inbox and outbox instead.
  logger.warn({ deadlineMs }, "stopped with work still running; the next start finishes it");
  process.exit(0);
}

/** The Slack side of the desk: its setup, people's profiles, and the handler of stored Slack requests. */
async function connectSlack(setup: SlackSetup, logger: Logger) {
  const client = slackWebClient(setup);
  const profiles = new SlackProfiles(client, logger);
  // The bot's own user id, so a message that starts by mentioning it is read as a command.
  const identity = await client.auth.test();
  const botUserId = identity.user_id;
  return {
    setup: { ...setup, profiles },
    profiles,
    handler: (desk: Desk) => slackInboundHandler(desk, client, profiles, () => botUserId),
  };
}

function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
}

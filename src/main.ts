import { existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { ConsoleGateway, LOCAL_CONFIG, runConsoleChat } from "../adapters/local/console-chat.js";
import { processLogger } from "../adapters/process-logger.js";
import { leaseExpiryMs, startReminderLoop } from "../adapters/reminder-loop.js";
import { type SlackSetup, slackWebClient, startSlackApp } from "../adapters/slack/slack-app.js";
import { SlackZonesDirectory } from "../adapters/slack/slack-directory.js";
import { SlackGateway } from "../adapters/slack/slack-gateway.js";
import { SlackProfiles } from "../adapters/slack/slack-web.js";
import { openKeyvBackend } from "../adapters/storage/keyv-backend.js";
import { KeyvTicketStore } from "../adapters/storage/keyv-ticket-store.js";
import { systemClock } from "../adapters/system-clock.js";
import { Desk } from "./application/desk.js";
import { ReminderScheduler } from "./application/run-due-reminders.js";
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
 * Starts the desk: on Slack when SLACK_BOT_TOKEN is set, else in local mode (a terminal chat on the same
 * core and store, for trying the desk out). The reminder scheduler runs beside either.
 */
export async function serve(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const logLevel = env.LOG_LEVEL?.toLowerCase() ?? "info";
  const stderrLogger = processLogger(LOG_LEVELS.includes(logLevel) ? logLevel : "info");
  if (!LOG_LEVELS.includes(logLevel))
    stderrLogger.warn({ given: env.LOG_LEVEL, levels: LOG_LEVELS }, "unknown LOG_LEVEL; logging at info");
  const configPath = env.SLA_DESK_CONFIG ?? (existsSync("sla-desk.yaml") ? "sla-desk.yaml" : undefined);
  const config = configPath === undefined ? parseDeskConfig(LOCAL_CONFIG) : await readDeskConfig(configPath);
  const policy = await policyRegistry(config);
  const url = storeUrl(env);
  const sqliteSync = env.SLA_DESK_SQLITE_SYNC === "full" ? "full" : "normal";
  const backend = await openKeyvBackend(url, { sqliteSync });
  const store = await KeyvTicketStore.open(backend);
  const write = (text: string) => process.stdout.write(text);
  const slackEnv = slackSetupFrom(env, stderrLogger);
  const slackClient = slackEnv === undefined ? undefined : slackWebClient(slackEnv);
  const profiles = slackClient === undefined ? undefined : new SlackProfiles(slackClient, stderrLogger);
  const slack = slackEnv === undefined ? undefined : { ...slackEnv, profiles };
  const consoleGateway = new ConsoleGateway(write);
  const configured = new ConfigDirectory(config, policy);
  const directory = profiles === undefined ? configured : new SlackZonesDirectory(configured, profiles);
  const { tickSeconds, atRiskShare, leaseSeconds } = config.reminders;
  const deps = {
    store,
    gateway: slackClient === undefined ? consoleGateway : new SlackGateway(slackClient),
    clock: systemClock,
    directory,
    logger: stderrLogger,
    policy,
    reminders: { riskShare: atRiskShare },
  };
  const desk = new Desk(deps);
  const loopOptions = { tickMs: tickSeconds * 1000, leaseMs: leaseSeconds * 1000, logger: stderrLogger };
  const lease = backend.lease("sla-desk:lease:scheduler", leaseExpiryMs(loopOptions));
  const reminders = startReminderLoop(new ReminderScheduler(deps, lease, deps.reminders), lease, loopOptions);
  write(
    `sla-desk: tickets in ${describeStore(url)}; configuration ${configPath ?? "built-in local demo"}.\n`,
  );
  try {
    if (slack !== undefined) {
      const running = await startSlackApp(desk, slack);
      // Agents' own time zones, for the times in their pages and nudges.
      void profiles?.prefetch(config.agents.filter((a) => a.platform === "slack").map((a) => a.id));
      write(
        `sla-desk: on Slack (${running.port === undefined ? "Socket Mode" : `HTTP mode on port ${running.port}, /slack/events`}).\n`,
      );
      await untilStopped();
      await running.stop();
      return;
    }
    if (env.MICROSOFT_APP_ID) write("sla-desk: this build has no Teams adapter yet; running locally.\n");
    await runConsoleChat(
      desk,
      store,
      createInterface({ input: process.stdin, terminal: false }),
      write,
      consoleGateway,
    );
  } finally {
    await reminders.stop();
    await store.close();
  }
}

function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
}

import { existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { every, LEARN_AGAIN_MS, learnedCorrections } from "../adapters/agent-learning.js";
import type { ChatAdapter } from "../adapters/chat-adapter.js";
import { type DeskRuntime, startDeskRuntime } from "../adapters/desk-runtime.js";
import { ConsoleGateway, LOCAL_CONFIG, runConsoleChat } from "../adapters/local/console-chat.js";
import { deskMetrics } from "../adapters/observability/desk-metrics.js";
import { startHealthServer } from "../adapters/observability/health-server.js";
import { OutageWatch, type Probe } from "../adapters/observability/outage-watch.js";
import { processLogger } from "../adapters/process-logger.js";
import { leaseExpiryMs } from "../adapters/reminder-loop.js";
import { chartRenderer } from "../adapters/reports/charts.js";
import { RoutingGateway } from "../adapters/routing-gateway.js";
import { portTaken, slackChatAdapter } from "../adapters/slack/slack-adapter.js";
import { connectSlack } from "../adapters/slack/slack-connection.js";
import { SlackZonesDirectory } from "../adapters/slack/slack-directory.js";
import { openKeyvBackend } from "../adapters/storage/keyv-backend.js";
import { KeyvDirectoryLedger } from "../adapters/storage/keyv-directory-ledger.js";
import { KeyvMaintenanceLedger } from "../adapters/storage/keyv-maintenance-ledger.js";
import { KeyvTicketStore, processOwner } from "../adapters/storage/keyv-ticket-store.js";
import { systemClock } from "../adapters/system-clock.js";
import { teamsChatAdapter } from "../adapters/teams/teams-adapter.js";
import type { Desk } from "./application/desk.js";
import { ConfigDirectory, InvalidConfigError } from "./config/config-directory.js";
import { readEnvironment } from "./config/environment.js";
import { parseDeskConfig, policyRegistry, readDeskConfig } from "./config/load-desk-config.js";
import { StoredDirectory } from "./config/stored-directory.js";
import { DeskError } from "./domain/errors.js";
import { prepareLanguageModel } from "./domain/priority/language-model.js";
import { prepareWordingModel } from "./domain/priority/wording-model.js";
import type { ChatGateway } from "./ports/chat-gateway.js";
import type { CommandLineAdapters } from "./ports/command-line.js";
import type { Logger } from "./ports/logger.js";

/** A redacted form for logs: a URL's password never reaches them. */
export function describeStore(url: string | undefined): string {
  if (url === undefined) return "SQLite file ./data/sla-desk.sqlite";
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, "//$1:***@");
}

/**
 * Starts the desk: on Slack when SLACK_BOT_TOKEN is set, on Teams when MICROSOFT_APP_ID is (or
 * SLA_DESK_TEAMS=local, anonymously on 127.0.0.1), on both at once when both are; else in local mode (a terminal chat on the same
 * core and store, for trying the desk out). The reminder scheduler and the outbox run beside either, and
 * a small listener serves /healthz, /readyz and /metrics (METRICS_PORT). SIGTERM or SIGINT stop it
 * gracefully: new requests are refused (the platform retries them), running work finishes (within
 * SLA_DESK_SHUTDOWN_SECONDS), the rest stays in the inbox and outbox.
 */
/** The adapters the command line's exports and reports use (they read the desk's store, draw charts). */
export const commandLineAdapters: CommandLineAdapters = {
  clock: systemClock,
  charts: chartRenderer,
  async openStores(env) {
    const settings = readEnvironment(env);
    // `hold: false`: a command beside a running desk takes no lock of its own.
    const backend = await openKeyvBackend(settings.store, { sqliteSync: settings.sqliteSync, hold: false });
    const store = await KeyvTicketStore.open(backend, settings.namespace, "export");
    const maintenance = new KeyvMaintenanceLedger(backend, `${settings.namespace}maintenance`);
    return { store, maintenance, close: () => store.close() };
  },
};

export async function serve(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const settings = readEnvironment(env);
  const configPath = settings.configPath ?? (existsSync("sla-desk.yaml") ? "sla-desk.yaml" : undefined);
  const { config, policy } = await loadConfiguration(configPath);
  // In local mode the terminal is the chat: the log goes to a file beside the tickets.
  const onChat = settings.slack !== undefined || settings.teams !== undefined;
  const logFile = onChat ? undefined : settings.logFile;
  const logger = processLogger(settings.logLevel, logFile);
  // A fault in a library's callback must not take the desk down: it is logged and the desk keeps serving.
  process.on("unhandledRejection", (reason) =>
    logger.error({ err: reason }, "unhandled rejection; still serving"),
  );
  process.on("uncaughtException", (error) =>
    logger.error({ err: error }, "uncaught exception; still serving"),
  );
  // Slack checks the token before anything is opened: a wrong one is a configuration mistake, said in one line.
  const slack =
    settings.slack === undefined ? undefined : await connectSlack({ ...settings.slack, logger }, logger);
  const url = settings.store;
  const backend = await openKeyvBackend(url, { sqliteSync: settings.sqliteSync, logger });
  const owner = processOwner();
  const namespace = settings.namespace;
  const store = await KeyvTicketStore.open(backend, namespace, owner);
  const write = (text: string) => process.stdout.write(text);
  const consoleGateway = new ConsoleGateway(write);
  const ledger = new KeyvDirectoryLedger(backend, `${namespace}directory`);
  const configured = await StoredDirectory.open(config, policy, ledger, { shared: backend.shared, logger });
  const directory = slack === undefined ? configured : new SlackZonesDirectory(configured, slack.profiles);
  const { tickSeconds, atRiskShare, leaseSeconds } = config.reminders;
  const loop = { tickMs: tickSeconds * 1000, leaseMs: leaseSeconds * 1000 };
  const lease = backend.lease(`${namespace}lease:scheduler`, leaseExpiryMs(loop));
  const teams = settings.teams;
  // The chat platforms this process serves; none is local mode.
  const adapters: ChatAdapter[] = [
    ...(slack === undefined
      ? []
      : [
          slackChatAdapter(slack, {
            paceScale: settings.paceScale,
            agents: config.agents.filter((a) => a.platform === "slack").map((a) => a.id),
          }),
        ]),
    ...(teams === undefined
      ? []
      : [
          teamsChatAdapter(teams, store, logger, () =>
            [directory.escalation, directory.triage].find((where) => where.platform === "teams"),
          ),
        ]),
  ];
  const reachable = new Map<string, Probe>();
  const probes: Record<string, Probe> = {
    store: () => store.inboxDepth().then(() => undefined),
    ...Object.fromEntries(
      adapters.map((adapter) => [adapter.platform, () => (reachable.get(adapter.platform) ?? notStarted)()]),
    ),
  };
  const watch = new OutageWatch(probes, logger, { probeMs: settings.probeMs });
  const platforms = onChat ? adapters.map((adapter) => adapter.platform) : ["local"];
  const metrics = deskMetrics({ store, lease, watch, platforms });
  // One desk, several platforms: each send goes to the gateway of the platform it is addressed on.
  const routing = new RoutingGateway();
  for (const adapter of adapters) if (adapter.gateway) routing.register(adapter.platform, adapter.gateway);
  const gateway: ChatGateway = onChat ? routing : consoleGateway;
  const handlers = (desk: Desk) =>
    Object.fromEntries(adapters.map((adapter) => [adapter.source, adapter.handler(desk)]));
  prepareLanguageModel();
  // some 10 s: the wording layer reads every labelled message; the first client message must not wait
  prepareWordingModel();
  const corrections = config.learnFromAgents ? await learnedCorrections(store, policy, logger) : undefined;
  const runtime = await startDeskRuntime({
    store,
    ...(corrections !== undefined && { corrections }),
    gateway,
    clock: systemClock,
    directory,
    logger,
    policy,
    reminders: { riskShare: atRiskShare },
    lease,
    ledger,
    maintenance: new KeyvMaintenanceLedger(backend, `${namespace}maintenance`),
    charts: chartRenderer,
    shared: backend.shared,
    owner,
    telemetry: metrics.telemetry,
    ...loop,
    handlers,
  });
  let accepting = false;
  const health =
    settings.metricsPort === undefined
      ? undefined
      : await startHealthServer({
          port: settings.metricsPort,
          registry: metrics.registry,
          readiness: () => ({ accepting, components: watch.report() }),
          logger,
        }).catch(async (error: unknown) => {
          await shutDown(runtime, store, logger, settings.shutdownMs, []);
          throw portTaken(error, "METRICS_PORT") ?? error;
        });
  write(
    `sla-desk: tickets in ${describeStore(url)}; configuration ${configPath ?? "built-in local demo"}` +
      `${logFile === undefined ? "" : `; log in ${logFile}`}` +
      `${health === undefined ? "" : `; health and metrics on port ${health.port}`}.\n`,
  );
  // Other processes' agents decide too: what they decided is read back from the store now and then.
  const relearning =
    corrections === undefined ? undefined : every(LEARN_AGAIN_MS, () => corrections.load(store), logger);
  const stopping = [health, relearning, { stop: () => watch.stop() }].filter((part) => part !== undefined);
  if (onChat) {
    // Listeners that stop only once everything is done (HTTP endpoints answer 503 meanwhile), and those that stop first.
    const stopLast: { stop(): Promise<void> }[] = [...stopping];
    const stopFirst: { stop(): Promise<void> }[] = [];
    // Listening for the stop before any platform can reach the desk: a stop during the start waits for it.
    const stopped = untilStopped();
    for (const adapter of adapters) {
      const running = await adapter
        .start(runtime.desk, runtime.intake, metrics.telemetry)
        .catch(async (error: unknown) => {
          await shutDown(runtime, store, logger, settings.shutdownMs, [...stopFirst, ...stopLast]);
          throw error;
        });
      routing.register(adapter.platform, running.gateway);
      reachable.set(adapter.platform, running.probe);
      (running.stopsFirst ? stopFirst : stopLast).push(running);
      write(`sla-desk: ${running.description}.\n`);
    }
    await watch.start();
    accepting = true;
    await stopped;
    accepting = false;
    runtime.refuseNew();
    await Promise.all(stopFirst.map((part) => part.stop()));
    await shutDown(runtime, store, logger, settings.shutdownMs, stopLast);
    return;
  }
  await watch.start();
  accepting = true;
  const lines = createInterface({ input: process.stdin, terminal: false });
  const close = () => lines.close();
  process.once("SIGINT", close);
  process.once("SIGTERM", close);
  await runConsoleChat(runtime.desk, store, lines, write, consoleGateway, () => runtime.settled());
  accepting = false;
  await shutDown(runtime, store, logger, settings.shutdownMs, stopping);
}

/** Finishes running work within the deadline, then stops the listeners (chat, health) and closes the store, last. */
async function shutDown(
  runtime: DeskRuntime,
  store: KeyvTicketStore,
  logger: Logger,
  deadlineMs: number,
  parts: readonly { stop(): Promise<void> }[],
): Promise<void> {
  const { clean } = await runtime.stop(deadlineMs);
  await Promise.all(parts.map((part) => part.stop()));
  if (clean) {
    await store.close();
    return;
  }
  // Work still running would write to a closed store: leave it to the inbox and outbox instead.
  logger.warn({ deadlineMs }, "stopped with work still running; the next start finishes it");
  process.exit(0);
}

/**
 * The configuration file, the policies it names and the directory they make, checked before anything
 * opens: whatever is wrong in them (a policy file that is not one, a plan its contract lacks) is a
 * configuration mistake, said in one line.
 */
async function loadConfiguration(path: string | undefined) {
  try {
    const config = path === undefined ? parseDeskConfig(LOCAL_CONFIG) : await readDeskConfig(path);
    const policy = await policyRegistry(config);
    new ConfigDirectory(config, policy);
    return { config, policy };
  } catch (error) {
    if (error instanceof DeskError && !(error instanceof InvalidConfigError))
      throw new InvalidConfigError([error.message], `${path ?? "the built-in configuration"} cannot be used`);
    throw error;
  }
}

/** A platform not started yet is not reachable. */
async function notStarted(): Promise<void> {
  throw new Error("not started yet");
}

function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
}

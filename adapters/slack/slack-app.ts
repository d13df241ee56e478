import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, HTTPReceiver, SocketModeReceiver } from "@slack/bolt";
import type { HomeView, RetryOptions } from "@slack/web-api";
import type { Desk } from "../../src/application/desk.js";
import { type Intake, ShuttingDownError } from "../../src/application/intake.js";
import type { Logger } from "../../src/ports/logger.js";
import { formOfButton, homeTab } from "./blocks.js";
import { fromButtonClick, type SlackButtonClick } from "./slack-inbound.js";
import { TICKET_REACTION } from "./slack-intake.js";
import { actionFormModal, newTicketModal } from "./slack-modals.js";
import { type InnerReceiver, IntakeReceiver } from "./slack-receiver.js";
import { apiBase, type SlackProfiles, slackLogger } from "./slack-web.js";

export { slackWebClient } from "./slack-web.js";

export interface SlackSetup {
  readonly botToken: string;
  /** Socket Mode (the default; no public URL needed). */
  readonly appToken?: string | undefined;
  /** HTTP Events API mode, with every request's signature checked. */
  readonly signingSecret?: string | undefined;
  /** The Web API base, e.g. https://slack-gov.com/api/ (GovSlack) or a test server. */
  readonly apiUrl?: string | undefined;
  /** HTTP mode's port (0: any free port). */
  readonly port?: number;
  readonly logger: Logger;
  /** How the Web API client retries failed calls other than the desk's sends (the outbox retries those). */
  readonly retryConfig?: RetryOptions;
  /** Shared with the Directory, so reminders show each reader's Slack time zone. */
  readonly profiles?: SlackProfiles;
}

export const SLASH_COMMAND = "/ticket";
/** What the app registers with Slack; `manifests/slack/manifest.yaml` declares the same (a test checks). */
export const SLACK_FEATURES = {
  command: SLASH_COMMAND,
  events: ["app_home_opened", "message.channels", "message.groups", "reaction_added"],
  messageShortcut: "create_ticket",
  ticketReaction: TICKET_REACTION,
} as const;

export interface RunningSlackApp {
  /** HTTP mode: the port the Events API endpoint (`/slack/events`) listens on. */
  readonly port: number | undefined;
  /** Whether Slack can reach the desk now (the socket is connected, or the HTTP endpoint listens). */
  connected(): boolean;
  stop(): Promise<void>;
}

/**
 * The desk on Slack through Bolt. Bolt's receiver checks each request and the intake records it before
 * Slack is acknowledged; the desk handles it after. Bolt's own listeners only open views (forms, the
 * Home tab), which must happen within Slack's 3 seconds and change nothing.
 */
export async function startSlackApp(desk: Desk, intake: Intake, setup: SlackSetup): Promise<RunningSlackApp> {
  const logger = slackLogger(setup.logger);
  const clientOptions = {
    slackApiUrl: apiBase(setup.apiUrl),
    ...(setup.retryConfig !== undefined && { retryConfig: setup.retryConfig }),
  };
  const socketMode = setup.signingSecret === undefined;
  if (socketMode && setup.appToken === undefined)
    throw new Error("set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)");
  const unrecorded = (error: unknown) =>
    error instanceof ShuttingDownError
      ? setup.logger.info({}, "a Slack request came while the desk shuts down; Slack will send it again")
      : setup.logger.error({ err: error }, "could not record a Slack request; Slack will send it again");
  const socketReceiver = socketMode
    ? new SocketModeReceiver({
        appToken: setup.appToken as string,
        logger,
        installerOptions: { clientOptions },
        // Not acknowledged: Slack delivers the envelope again.
        processEventErrorHandler: async ({ error }) => {
          unrecorded(error);
          return false;
        },
      })
    : undefined;
  const inner = (socketReceiver ??
    new HTTPReceiver({
      signingSecret: setup.signingSecret as string,
      logger,
      processEventErrorHandler: async ({ error, response }) => {
        unrecorded(error);
        // 503: Slack retries the event (elsewhere, if several desks share the URL). True: this handler
        // answered the request, so Bolt stops waiting for an acknowledgement.
        if (!response.headersSent) response.writeHead(503, { "retry-after": "1" }).end();
        return true;
      },
    })) as unknown as InnerReceiver;
  const app = new App({
    token: setup.botToken,
    receiver: new IntakeReceiver(inner, intake),
    clientOptions,
    logger,
  });
  registerViewOpeners(app, desk);
  app.error(async (error) => {
    setup.logger.error({ err: error }, "Slack listener failed");
  });

  const started = (await (socketMode ? app.start() : app.start(setup.port ?? 3000))) as unknown;
  const server = socketMode ? undefined : (started as Server);
  const port = server === undefined ? undefined : (server.address() as AddressInfo).port;
  const client = (socketReceiver as unknown as { client?: { connected?: boolean } } | undefined)?.client;
  return {
    port,
    connected: () => (server === undefined ? client?.connected === true : server.listening),
    async stop() {
      const stopping = app.stop();
      // Whatever still arrives is refused anyway; kept-alive connections need not hold the stop up.
      server?.closeAllConnections();
      await stopping;
    },
  };
}

/** The Home tab, the new-ticket form and buttons' forms: opened at once, with the trigger id. */
function registerViewOpeners(app: App, desk: Desk): void {
  app.event("app_home_opened", async ({ event, client }) => {
    if (event.tab !== "home") return;
    const view = await desk.home({ platform: "slack", id: event.user });
    await client.views.publish({ user_id: event.user, view: homeTab(view) as unknown as HomeView });
  });
  app.command(SLASH_COMMAND, async ({ ack, command, client }) => {
    await ack();
    await client.views.open({
      trigger_id: command.trigger_id,
      view: newTicketModal({ channel: command.channel_id }),
    });
  });
  app.action(/.+/, async ({ ack, body, action, client }) => {
    await ack();
    if (body.type !== "block_actions" || action.type !== "button") return;
    const form = formOfButton(action.value ?? "");
    const click = { ...(body as unknown as Omit<SlackButtonClick, "action">), action } as SlackButtonClick;
    const channel = click.channel?.id ?? click.container?.channel_id;
    if (form === undefined || channel === undefined) return;
    const thread = click.container?.thread_ts;
    const id = (fromButtonClick(click) as { action: string }).action;
    await client.views.open({
      trigger_id: click.trigger_id,
      view: actionFormModal(
        { id, label: "", value: form.value, form: form.form },
        { channel, ...(thread !== undefined && { thread }) },
      ),
    });
  });
}

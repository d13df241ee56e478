import { App, SocketModeReceiver } from "@slack/bolt";
import type { HomeView, RetryOptions } from "@slack/web-api";
import type { Desk } from "../../src/application/desk.js";
import { type Intake, ShuttingDownError } from "../../src/application/intake.js";
import type { Logger } from "../../src/ports/logger.js";
import type { Telemetry } from "../../src/ports/telemetry.js";
import { formOfButton, homeTab } from "./blocks.js";
import { SlackHttpReceiver } from "./slack-http-receiver.js";
import { fromButtonClick, type SlackButtonClick } from "./slack-inbound.js";
import { actionFormModal, newTicketModal } from "./slack-modals.js";
import { type InnerReceiver, IntakeReceiver, RejectedRequest } from "./slack-receiver.js";
import { TICKET_REACTION } from "./slack-requests.js";
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
  readonly telemetry?: Telemetry;
}

export const SLASH_COMMAND = "/ticket";
/** What the app registers with Slack; `manifests/slack/manifest.yaml` declares the same (a test checks). */
export const SLACK_FEATURES = {
  command: SLASH_COMMAND,
  events: [
    "app_home_opened",
    "member_joined_channel",
    "message.channels",
    "message.groups",
    "reaction_added",
  ],
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
  const socketReceiver = socketMode
    ? new SocketModeReceiver({
        appToken: setup.appToken as string,
        logger,
        installerOptions: { clientOptions },
        processEventErrorHandler: async ({ error }) => {
          // A malformed envelope is acknowledged and dropped; one the desk could not record is not
          // acknowledged, so Slack delivers it again.
          if (error instanceof RejectedRequest) {
            setup.logger.info({ reason: error.message }, "dropped a malformed Slack envelope");
            return true;
          }
          if (error instanceof ShuttingDownError)
            setup.logger.info(
              {},
              "a Slack envelope came while the desk shuts down; Slack will send it again",
            );
          else
            setup.logger.error({ err: error }, "could not record a Slack envelope; Slack will send it again");
          return false;
        },
      })
    : undefined;
  if (socketReceiver !== undefined) guardSocketMessages(socketReceiver, setup.logger);
  const httpReceiver = socketMode
    ? undefined
    : new SlackHttpReceiver({ signingSecret: setup.signingSecret as string, logger: setup.logger });
  const inner = (socketReceiver ?? httpReceiver) as unknown as InnerReceiver;
  const app = new App({
    token: setup.botToken,
    receiver: new IntakeReceiver(inner, intake, setup.telemetry),
    clientOptions,
    logger,
  });
  registerViewOpeners(app, desk);
  app.error(async (error) => {
    setup.logger.error({ err: error }, "Slack listener failed");
  });

  // The socket client says when its connection comes and goes (it reconnects by itself).
  let socketUp = false;
  socketReceiver?.client.on("connected", () => {
    socketUp = true;
  });
  for (const state of ["reconnecting", "disconnecting", "disconnected"])
    socketReceiver?.client.on(state, () => {
      socketUp = false;
    });
  await (socketMode ? app.start() : app.start(setup.port ?? 3000));
  return {
    port: httpReceiver?.port,
    connected: () => (httpReceiver === undefined ? socketUp : httpReceiver.port !== undefined),
    stop: () => app.stop().then(() => undefined),
  };
}

/**
 * The Socket Mode client reads each envelope in an async listener that fails on a malformed one (an
 * `events_api` envelope without an event), which would be an unhandled rejection: it is logged instead.
 */
function guardSocketMessages(receiver: SocketModeReceiver, logger: Logger): void {
  const client = receiver.client as unknown as {
    removeAllListeners(event: string): void;
    on(event: string, listener: (data: unknown, isBinary: boolean) => void): void;
    onWebSocketMessage(data: unknown, isBinary: boolean): Promise<void>;
  };
  client.removeAllListeners("ws_message");
  client.on("ws_message", (data, isBinary) => {
    client.onWebSocketMessage(data, isBinary).catch((error: unknown) => {
      logger.info({ reason: (error as Error).message }, "dropped a malformed Socket Mode envelope");
    });
  });
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
        { id, label: "", data: form.data, form: form.form },
        { channel, ...(thread !== undefined && { thread }) },
      ),
    });
  });
}

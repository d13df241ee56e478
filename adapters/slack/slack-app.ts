import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, SocketModeReceiver } from "@slack/bolt";
import type { HomeView, RetryOptions } from "@slack/web-api";
import type { Desk } from "../../src/application/desk.js";
import type { InboundEvent } from "../../src/application/inbound-events.js";
import type { Logger } from "../../src/ports/logger.js";
import { formOfButton, homeTab } from "./blocks.js";
import {
  fromButtonClick,
  fromCommand,
  fromMessageEvent,
  type SlackButtonClick,
  type SlackCommand,
  type SlackMessageEvent,
  ticketFromMessage,
} from "./slack-inbound.js";
import {
  actionFormModal,
  fromViewSubmission,
  newTicketModal,
  type SlackViewSubmission,
} from "./slack-modals.js";
import { apiBase, messageAt, SlackProfiles, slackLogger } from "./slack-web.js";

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
  /** How the Web API client retries failed calls (a 429's Retry-After is always waited out). */
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
  ticketReaction: "ticket",
} as const;

/** The interactive elements `renderBlocks` draws. */
const CLICKABLE = new Set(["button", "static_select", "users_select"]);

export interface RunningSlackApp {
  /** HTTP mode: the port the Events API endpoint (`/slack/events`) listens on. */
  readonly port: number | undefined;
  stop(): Promise<void>;
}

/**
 * The desk on Slack through Bolt. Every listener acknowledges Slack first (within its 3 seconds) and
 * hands the event to the desk afterwards; modals open with the trigger id at once.
 */
export async function startSlackApp(desk: Desk, setup: SlackSetup): Promise<RunningSlackApp> {
  const logger = slackLogger(setup.logger);
  const clientOptions = {
    slackApiUrl: apiBase(setup.apiUrl),
    ...(setup.retryConfig !== undefined && { retryConfig: setup.retryConfig }),
  };
  const socketMode = setup.signingSecret === undefined;
  if (socketMode && setup.appToken === undefined)
    throw new Error("set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)");
  const app = socketMode
    ? new App({
        token: setup.botToken,
        socketMode: true,
        receiver: new SocketModeReceiver({
          appToken: setup.appToken as string,
          logger,
          installerOptions: { clientOptions },
        }),
        clientOptions,
        logger,
      })
    : new App({
        token: setup.botToken,
        signingSecret: setup.signingSecret as string,
        clientOptions,
        logger,
      });
  const names = setup.profiles ?? new SlackProfiles(app.client, setup.logger);
  const handle = (event: InboundEvent | undefined) => {
    if (event === undefined) return;
    names
      .named(event)
      .then((named) => desk.handle(named))
      .catch((error) => setup.logger.error({ err: String(error) }, "Slack event failed"));
  };

  app.event("message", async ({ event, body, context }) => {
    handle(fromMessageEvent(event as unknown as SlackMessageEvent, String(body.event_id), context.botUserId));
  });
  app.event("reaction_added", async ({ event, body }) => {
    if (event.reaction !== SLACK_FEATURES.ticketReaction || event.item.type !== "message") return;
    const message = await messageAt(app.client, event.item.channel, event.item.ts);
    if (message !== undefined)
      handle(
        ticketFromMessage({ ...message, channel: event.item.channel }, String(body.event_id), event.user),
      );
  });
  app.event("app_home_opened", async ({ event, client }) => {
    if (event.tab !== "home") return;
    const view = await desk.home({ platform: "slack", id: event.user });
    await client.views.publish({ user_id: event.user, view: homeTab(view) as unknown as HomeView });
  });
  app.shortcut(SLACK_FEATURES.messageShortcut, async ({ ack, shortcut }) => {
    await ack();
    if (shortcut.type !== "message_action") return;
    const { message, channel, user, trigger_id } = shortcut;
    handle(
      ticketFromMessage(
        {
          channel: channel.id,
          ts: message.ts,
          thread_ts: message.thread_ts,
          user: message.user,
          text: message.text,
        },
        `shortcut:${trigger_id}`,
        user.id,
      ),
    );
  });
  app.command(SLASH_COMMAND, async ({ ack, command, client }) => {
    await ack();
    if (command.text.trim() === "") {
      await client.views.open({
        trigger_id: command.trigger_id,
        view: newTicketModal({ channel: command.channel_id }),
      });
      return;
    }
    handle(fromCommand(command as SlackCommand));
  });
  app.action(/.+/, async ({ ack, body, action, client }) => {
    await ack();
    if (body.type !== "block_actions" || !CLICKABLE.has(action.type)) return;
    const click = { ...(body as unknown as Omit<SlackButtonClick, "action">), action } as SlackButtonClick;
    const form = action.type === "button" ? formOfButton(action.value ?? "") : undefined;
    if (form === undefined) {
      handle(fromButtonClick(click));
      return;
    }
    const channel = click.channel?.id ?? click.container?.channel_id;
    if (channel === undefined) return;
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
  app.view(/.+/, async ({ ack, body }) => {
    await ack();
    handle(fromViewSubmission(body as unknown as SlackViewSubmission));
  });
  app.error(async (error) => {
    setup.logger.error({ err: String(error) }, "Slack listener failed");
  });

  const started = (await (socketMode ? app.start() : app.start(setup.port ?? 3000))) as unknown;
  const port = socketMode ? undefined : ((started as Server).address() as AddressInfo).port;
  return { port, stop: () => app.stop().then(() => undefined) };
}

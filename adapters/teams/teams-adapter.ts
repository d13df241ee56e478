import type { TeamsEnvironment } from "../../src/config/environment.js";
import type { ConversationRef } from "../../src/domain/refs.js";
import type { Logger } from "../../src/ports/logger.js";
import type { TicketStore } from "../../src/ports/ticket-store.js";
import type { ChatAdapter } from "../chat-adapter.js";
import { portTaken } from "../slack/slack-adapter.js";
import { startTeamsApp } from "./teams-app.js";
import { teamsAuthConfiguration } from "./teams-auth.js";
import { TEAMS_SOURCE, teamsInboundHandler } from "./teams-intake.js";
import { TeamsReferences } from "./teams-references.js";

/**
 * Microsoft Teams through the Agents SDK: with credentials every request's token is checked and the
 * endpoint listens on every interface; without them (local try-out) on 127.0.0.1 only, checking nothing.
 */
export function teamsChatAdapter(
  teams: TeamsEnvironment,
  store: Pick<TicketStore, "getSetting" | "setSetting">,
  logger: Logger,
  /** A Teams channel where a person the desk cannot message directly is mentioned instead. */
  mentionChannel: () => ConversationRef | undefined,
): ChatAdapter {
  const references = new TeamsReferences(store);
  const credentials = teams.credentials;
  return {
    platform: "teams",
    source: TEAMS_SOURCE,
    handler: (desk) => teamsInboundHandler(desk, references),
    async start(desk, intake, telemetry) {
      const running = await startTeamsApp(
        desk,
        intake,
        references,
        {
          port: teams.port,
          host: credentials === undefined ? "127.0.0.1" : "0.0.0.0",
          auth: credentials === undefined ? undefined : teamsAuthConfiguration(credentials),
          logger,
          telemetry,
          paceScale: teams.paceScale,
          ...(credentials !== undefined && {
            defaults: {
              serviceUrl: teams.serviceUrl,
              botId: `28:${credentials.appId}`,
              ...(credentials.tenantId !== undefined && { tenantId: credentials.tenantId }),
            },
          }),
        },
        mentionChannel,
      ).catch((error: unknown) => {
        throw portTaken(error, "TEAMS_PORT") ?? error;
      });
      return {
        gateway: running.gateway,
        description: `on Teams (${credentials === undefined ? "local try-out, no credentials, 127.0.0.1" : `app ${credentials.appId}`}; port ${running.port}, /api/messages)`,
        stopsFirst: false,
        probe: async () => {
          if (!running.connected()) throw new Error("the Teams endpoint is not listening");
        },
        stop: () => running.stop(),
      };
    },
  };
}

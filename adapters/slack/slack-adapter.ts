import { InvalidConfigError } from "../../src/config/config-directory.js";
import type { ChatAdapter } from "../chat-adapter.js";
import { slackWebClient, startSlackApp } from "./slack-app.js";
import { type connectSlack, refusedAppToken } from "./slack-connection.js";
import { SlackGateway } from "./slack-gateway.js";
import { SLACK_SOURCE } from "./slack-intake.js";

/** Slack, over Socket Mode or HTTP, once `connectSlack` has checked its tokens. */
export function slackChatAdapter(
  slack: Awaited<ReturnType<typeof connectSlack>>,
  options: { readonly paceScale: number; readonly agents: readonly string[] },
): ChatAdapter {
  return {
    platform: "slack",
    source: SLACK_SOURCE,
    handler: slack.handler,
    gateway: new SlackGateway(slackWebClient(slack.setup, true), options.paceScale),
    async start(desk, intake, telemetry) {
      const running = await startSlackApp(desk, intake, { ...slack.setup, telemetry }).catch(
        (error: unknown) => {
          throw refusedAppToken(error) ?? portTaken(error, "PORT") ?? error;
        },
      );
      // Agents' own time zones, for the times in their pages and nudges.
      void slack.profiles.prefetch(options.agents);
      return {
        gateway: this.gateway as SlackGateway,
        description: `on Slack (${running.port === undefined ? "Socket Mode" : `HTTP mode on port ${running.port}, /slack/events`})`,
        stopsFirst: running.port === undefined,
        probe: slack.probe(running),
        stop: () => running.stop(),
      };
    },
  };
}

/** A listener's port another process holds: the operator picks another. */
export function portTaken(error: unknown, variable: string): InvalidConfigError | undefined {
  const { code, port } = error as { code?: string; port?: number };
  if (code !== "EADDRINUSE") return undefined;
  return new InvalidConfigError(
    [`set ${variable} to a free port, or stop what listens on ${port ?? "it"}`],
    `port ${port ?? ""} is in use`,
  );
}

import type { Desk } from "../../src/application/desk.js";
import { InvalidConfigError } from "../../src/config/config-directory.js";
import { UnavailableError } from "../../src/domain/errors.js";
import type { Logger } from "../../src/ports/logger.js";
import type { RunningSlackApp, SlackSetup } from "./slack-app.js";
import { slackInboundHandler } from "./slack-intake.js";
import { SlackProfiles, slackWebClient } from "./slack-web.js";

/** What Slack answers for a token it does not take: fixing it is the operator's job, not a retry's. */
/** A start waits out a short hiccup; a longer outage is for the supervisor to retry, with the exit code saying why. */
const STARTUP_RETRIES = { retries: 4, factor: 2, minTimeout: 500, maxTimeout: 4000 };

const REFUSED = new Set(["invalid_auth", "not_authed", "token_revoked", "token_expired", "account_inactive"]);

/**
 * The Slack side of the desk, checked before anything starts: the bot token must be one Slack takes
 * (`auth.test`); its answer also gives the bot's own user id, so a message that starts by mentioning
 * it is read as a command.
 */
export async function connectSlack(setup: SlackSetup, logger: Logger) {
  const client = slackWebClient(setup);
  const checker = slackWebClient({ ...setup, retryConfig: STARTUP_RETRIES });
  const probing = slackWebClient(setup, true);
  const profiles = new SlackProfiles(client, logger);
  let botUserId: string | undefined;
  try {
    botUserId = (await checker.auth.test()).user_id;
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error;
    if (code !== undefined && REFUSED.has(code))
      throw new InvalidConfigError(
        [
          "copy the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page, and reinstall the app if it was removed",
        ],
        `Slack refused SLACK_BOT_TOKEN (${code})`,
      );
    throw unreachable(error);
  }
  if (setup.appToken !== undefined) await checkAppToken(setup);
  return {
    setup: { ...setup, profiles },
    profiles,
    handler: (desk: Desk) => slackInboundHandler(desk, client, profiles, () => botUserId),
    /** Slack is up while the socket (in Socket Mode) is connected and the Web API answers. */
    probe: (running: RunningSlackApp) => async () => {
      if (!running.connected()) throw new Error("the Socket Mode connection to Slack is down");
      await probing.auth.test();
    },
  };
}

/**
 * Socket Mode's app-level token, checked as the socket would use it: asking for a connection URL
 * (which is only used by a socket that connects to it) tells a refused token from a good one.
 */
async function checkAppToken(setup: SlackSetup): Promise<void> {
  try {
    const client = slackWebClient({
      ...setup,
      botToken: setup.appToken as string,
      retryConfig: STARTUP_RETRIES,
    });
    await client.apps.connections.open({});
  } catch (error) {
    throw refusedAppToken(error) ?? unreachable(error);
  }
}

function unreachable(error: unknown): UnavailableError {
  return new UnavailableError(
    `Slack's Web API cannot be reached (${(error as Error).message}); start the desk again once it can (SLACK_API_URL names it)`,
  );
}

/** What an app-level token Slack refused says: the operator must replace it. */
export function refusedAppToken(error: unknown): InvalidConfigError | undefined {
  const code = (error as { data?: { error?: string } }).data?.error;
  const text = String((error as Error).message ?? error);
  if ((code !== undefined && REFUSED.has(code)) || /invalid_auth|not_authed/.test(text))
    return new InvalidConfigError(
      ["create an app-level token with connections:write under Basic Information → App-Level Tokens"],
      "Slack refused SLACK_APP_TOKEN",
    );
  return undefined;
}

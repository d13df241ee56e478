import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type AuthConfiguration,
  authorizeJWT,
  ConnectorClient,
  MsalTokenProvider,
} from "@microsoft/agents-hosting";
import type { Desk } from "../../src/application/desk.js";
import { type Intake, ShuttingDownError } from "../../src/application/intake.js";
import type { ConversationRef } from "../../src/domain/refs.js";
import type { Logger } from "../../src/ports/logger.js";
import { noTelemetry, type Telemetry } from "../../src/ports/telemetry.js";
import { activitySchema, conversationOf, type TeamsActivity } from "./teams-activity.js";
import { adaptiveCard, DESK_DATA, inert } from "./teams-cards.js";
import { type InvokeAnswers, TeamsGateway, type TeamsGatewayOptions } from "./teams-gateway.js";
import { TEAMS_SOURCE } from "./teams-intake.js";
import type { TeamsReferences } from "./teams-references.js";

const MAX_BODY = 1024 * 1024;
/** Teams waits 15 seconds for a card action's answer; the desk answers well within it. */
const INVOKE_WAIT_MS = 8000;
/** The block of a card action's refreshed card that answers the presser. */
export const INVOKE_ANSWER_ID = "desk-answer";
const BOT_FRAMEWORK_SCOPE = "https://api.botframework.com/.default";

export interface TeamsSetup {
  /** The Bot Framework messaging endpoint's port (0: any free one) and address. */
  readonly port: number;
  readonly host?: string;
  /**
   * The app's credentials and token validation, as the Agents SDK takes them; undefined runs the bot
   * anonymously (no token checked, none sent), which the desk allows only on 127.0.0.1 for trying it out.
   */
  readonly auth: AuthConfiguration | undefined;
  readonly logger: Logger;
  readonly telemetry?: Telemetry;
  /** How sends get a token for a service URL; by default the SDK's MSAL provider with `auth`. */
  readonly tokenFor?: (serviceUrl: string) => Promise<string>;
  /** Teams' pace scaled: 1 is its own; a test connector without limits may take less (0: none). */
  readonly paceScale?: number;
  /** Where configured conversations the desk has not heard from are written to (see TeamsGatewayOptions). */
  readonly defaults?: TeamsGatewayOptions["defaults"];
}

export interface RunningTeamsApp {
  readonly port: number;
  readonly gateway: TeamsGateway;
  connected(): boolean;
  stop(): Promise<void>;
}

/**
 * The desk on Microsoft Teams, through the Agents SDK: each request's Bot Framework token is checked by
 * the SDK, the activity is shape-checked and written to the inbox before Teams gets its 200, and the
 * desk handles it after (remembering where it came from, to write there later: the inbox keeps that too). A card action (`Action.Execute`) is answered in its own response with the
 * refreshed card and the private answer, within Teams' 15 seconds.
 */
export async function startTeamsApp(
  desk: Desk,
  intake: Intake,
  references: TeamsReferences,
  setup: TeamsSetup,
  fallback: () => ConversationRef | undefined,
): Promise<RunningTeamsApp> {
  const invokes = new PendingInvokes();
  const tokens = setup.tokenFor ?? tokenSource(setup.auth);
  const gateway = new TeamsGateway({
    references,
    clientFor: async (serviceUrl) =>
      ConnectorClient.createClientWithToken(serviceUrl, await tokens(serviceUrl)),
    logger: setup.logger,
    fallback,
    invokes,
    paceScale: setup.paceScale ?? 1,
    ...(setup.defaults !== undefined && { defaults: setup.defaults }),
  });
  const authorize = setup.auth === undefined ? undefined : authorizeJWT(setup.auth);
  const telemetry = setup.telemetry ?? noTelemetry;
  let stopping = false;
  const server: Server = createServer((request, response) => {
    const arrived = performance.now();
    void serve(request, response)
      .then(() => telemetry.acked("teams", (performance.now() - arrived) / 1000))
      .catch((error: unknown) => {
        setup.logger.error({ err: error }, "could not take a Teams request; Teams will send it again");
        if (!response.headersSent) reply(response, 500, { error: "not recorded" });
      });
  });

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if ((request.url ?? "").split("?")[0] !== "/api/messages")
      return reply(response, 404, { error: "not found" });
    if (request.method !== "POST") return reply(response, 405, { error: "POST the activity" });
    if (stopping) return reply(response, 503, { error: "the desk is stopping" });
    const body = await readBody(request);
    if (body === undefined) return reply(response, 413, { error: "too large" });
    if (authorize !== undefined && !(await authorized(authorize, request, response))) return;
    let raw: unknown;
    try {
      raw = JSON.parse(body);
    } catch {
      return reply(response, 400, { error: "not JSON" });
    }
    const parsed = activitySchema.safeParse(raw);
    if (!parsed.success) return reply(response, 400, { error: "not an activity the desk reads" });
    const activity = parsed.data;
    const wanted =
      activity.type === "message" ||
      (activity.type === "invoke" && activity.name === "adaptiveCard/action") ||
      activity.type === "conversationUpdate" ||
      activity.type === "installationUpdate" ||
      activity.type === "messageUpdate" ||
      activity.type === "messageDelete";
    if (!wanted) return reply(response, 200, {});
    const id = `${TEAMS_SOURCE}:${inboxKeyOf(activity, body)}`;
    let entry: Awaited<ReturnType<Intake["record"]>>;
    try {
      entry = await intake.record({
        id,
        source: TEAMS_SOURCE,
        payload: activity,
        partition: `${TEAMS_SOURCE}:${conversationOf(activity).conversation}`,
      });
    } catch (error) {
      if (error instanceof ShuttingDownError) return reply(response, 503, { error: "the desk is stopping" });
      throw error;
    }
    if (activity.type !== "invoke") {
      reply(response, 200, {});
      if (entry !== null) intake.start(entry);
      return;
    }
    if (entry === null) return reply(response, 200, invokeMessage("Done."));
    const answer = invokes.open(activity.id ?? id);
    const handled = intake.handled(entry.id);
    intake.start(entry);
    const text = await Promise.race([
      handled.then(() => invokes.answerSoon(activity.id ?? id)),
      answer,
      wait(INVOKE_WAIT_MS).then(() => undefined),
    ]);
    invokes.close(activity.id ?? id);
    reply(response, 200, await invokeResponse(desk, activity, text));
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(setup.port, setup.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    gateway,
    connected: () => server.listening,
    stop: () =>
      new Promise((resolve) => {
        stopping = true;
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

/**
 * What makes an activity one delivery: its id, except that an edit or a deletion carries the id of the
 * message it is about (each edit's text tells them apart).
 */
function inboxKeyOf(activity: TeamsActivity, body: string): string {
  const hash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 32);
  if (activity.id === undefined) return hash(body);
  if (activity.type === "messageUpdate") return `edit:${activity.id}:${hash(activity.text ?? "")}`;
  if (activity.type === "messageDelete") return `delete:${activity.id}`;
  return activity.id;
}

/** The SDK checks the token; a refused request is answered 401 by it and never runs. */
async function authorized(
  authorize: ReturnType<typeof authorizeJWT>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<boolean> {
  let passed = false;
  const res = {
    status: (code: number) => ({
      send: (body: unknown) => reply(response, code, body),
    }),
  };
  await authorize(request as never, res as never, () => {
    passed = true;
  });
  return passed;
}

/** The refreshed card of the ticket a card action acted on, with the answer meant for the one who acted. */
async function invokeResponse(desk: Desk, activity: TeamsActivity, answer: string | undefined) {
  const data = (activity.value as { action?: { data?: Record<string, unknown> } } | undefined)?.action?.data;
  const given = data?.[DESK_DATA] as { ticket?: unknown } | undefined;
  const ticket = typeof given?.ticket === "string" ? Number(given.ticket) : Number.NaN;
  const triage = conversationOf(activity).conversation;
  const card = Number.isFinite(ticket) && ticket > 0 ? await desk.cardIn(ticket, "teams", triage) : undefined;
  if (card === undefined) return invokeMessage(answer ?? "Done.");
  const refreshed = adaptiveCard(card);
  // The answer, for the presser only, above the card everyone sees (the next update replaces it).
  if (answer !== undefined)
    refreshed.body = [
      { type: "TextBlock", id: INVOKE_ANSWER_ID, text: inert(answer), wrap: true, color: "Accent" },
      ...(refreshed.body as unknown[]),
    ];
  return { statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: refreshed };
}

function invokeMessage(text: string) {
  return { statusCode: 200, type: "application/vnd.microsoft.activity.message", value: text };
}

/** Card actions waiting for their answer, by activity id. */
class PendingInvokes implements InvokeAnswers {
  private readonly open_ = new Map<string, { resolve: (text: string) => void; text?: string }>();

  open(id: string): Promise<string> {
    return new Promise((resolve) => {
      this.open_.set(id, { resolve });
    });
  }

  /** The answer if it came, else a moment for it to come once the action is handled (it is queued then). */
  async answerSoon(id: string): Promise<string | undefined> {
    const waiting = this.open_.get(id);
    if (waiting?.text !== undefined) return waiting.text;
    await wait(200);
    return this.open_.get(id)?.text;
  }

  deliver(id: string, text: string): boolean {
    const waiting = this.open_.get(id);
    if (waiting === undefined) return false;
    waiting.text = text;
    waiting.resolve(text);
    return true;
  }

  close(id: string): void {
    this.open_.delete(id);
  }
}

/** Tokens for the Bot Connector from the app's credentials (cached by MSAL); none when anonymous. */
function tokenSource(auth: AuthConfiguration | undefined): (serviceUrl: string) => Promise<string> {
  if (auth === undefined) return async () => "";
  const provider = new MsalTokenProvider(auth);
  return () => provider.getAccessToken(auth, BOT_FRAMEWORK_SCOPE);
}

function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolve(undefined);
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function reply(response: ServerResponse, status: number, body: unknown): void {
  if (response.headersSent) return;
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

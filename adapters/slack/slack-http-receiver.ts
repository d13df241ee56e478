import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type App, isValidSlackRequest, type ReceiverEvent } from "@slack/bolt";
import { ShuttingDownError } from "../../src/application/intake.js";
import type { Logger } from "../../src/ports/logger.js";
import type { InnerReceiver } from "./slack-receiver.js";
import { RejectedRequest } from "./slack-receiver.js";

export const EVENTS_PATH = "/slack/events";
/** Slack's own bound: a request more than five minutes from now, either way, is refused. */
const WINDOW_SECONDS = 5 * 60;
/** Slack's payloads are far smaller; anything larger is not Slack's. */
const BODY_LIMIT = 1024 * 1024;

export interface SlackHttpOptions {
  readonly signingSecret: string;
  readonly logger: Logger;
  /** Seconds since the epoch, for the timestamp window (tests move it). */
  readonly nowSeconds?: () => number;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Slack's HTTP Events API endpoint. Before anything else looks at a request, it checks its signature and
 * that it was made within five minutes of now (before or after), reads at most 1 MiB, and parses the
 * body (JSON, a form, or a form's JSON `payload`) into an object. Whatever fails is answered 400, 401
 * or 413 and goes no further: a hostile or broken request never reaches Bolt or the desk, never gets a
 * 500 and never stops the process.
 */
export class SlackHttpReceiver implements InnerReceiver {
  private app: App | undefined;
  private server: Server | undefined;

  constructor(private readonly options: SlackHttpOptions) {}

  init(app: App): void {
    this.app = app;
  }

  async start(port: unknown): Promise<Server> {
    const server = createServer((request, response) => {
      this.handle(request, response).catch((error) => {
        this.options.logger.error({ err: error }, "a Slack request failed");
        answer(response, 500, "");
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(Number(port ?? 3000), () => resolve());
    });
    this.server = server;
    return server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (server === undefined) return;
    this.server = undefined;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Whatever still arrives is refused anyway; kept-alive connections need not hold the stop up.
    server.closeAllConnections();
    await closed;
  }

  get port(): number | undefined {
    return (this.server?.address() as AddressInfo | null)?.port;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? "").split("?")[0];
    if (request.method !== "POST" || path !== EVENTS_PATH) {
      answer(response, 404, "");
      return;
    }
    let body: Record<string, unknown>;
    try {
      const raw = await readBody(request);
      this.verify(request, raw);
      body = parseBody(raw, String(request.headers["content-type"] ?? ""));
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 400;
      this.options.logger.info(
        { status, reason: (error as Error).message },
        "refused a request to the Slack endpoint",
      );
      answer(response, status, "");
      request.resume();
      return;
    }
    if (body.ssl_check === "1") {
      answer(response, 200, "");
      return;
    }
    if (body.type === "url_verification" && typeof body.challenge === "string") {
      answer(response, 200, JSON.stringify({ challenge: body.challenge }), "application/json");
      return;
    }
    await this.dispatch(body, request, response);
  }

  private async dispatch(body: Record<string, unknown>, request: IncomingMessage, response: ServerResponse) {
    let acknowledged = false;
    const ack = async (reply?: unknown) => {
      if (acknowledged) return;
      acknowledged = true;
      if (reply === undefined || reply === "") answer(response, 200, "");
      else if (typeof reply === "string") answer(response, 200, reply, "text/plain");
      else answer(response, 200, JSON.stringify(reply), "application/json");
    };
    const retries = Number(request.headers["x-slack-retry-num"]);
    const event: ReceiverEvent = {
      body,
      ack,
      ...(Number.isInteger(retries) && { retryNum: retries }),
      ...(typeof request.headers["x-slack-retry-reason"] === "string" && {
        retryReason: request.headers["x-slack-retry-reason"],
      }),
    };
    try {
      await this.app?.processEvent(event);
      // What no listener acknowledged (a request of a kind the desk does not use) is taken politely.
      await ack();
    } catch (error) {
      if (acknowledged) return;
      acknowledged = true;
      if (error instanceof RejectedRequest) {
        this.options.logger.info({ reason: error.message }, "refused a malformed Slack request");
        answer(response, 400, "");
        return;
      }
      if (error instanceof ShuttingDownError)
        this.options.logger.info(
          {},
          "a Slack request came while the desk shuts down; Slack will send it again",
        );
      else
        this.options.logger.error(
          { err: error },
          "could not record a Slack request; Slack will send it again",
        );
      // 503: Slack retries (elsewhere, if several desks share the URL).
      answer(response, 503, "", "text/plain", { "retry-after": "1" });
    }
  }

  /** The signature, over the raw body, and a timestamp within five minutes of now either way. */
  private verify(request: IncomingMessage, raw: string): void {
    const timestamp = Number(request.headers["x-slack-request-timestamp"]);
    const signature = request.headers["x-slack-signature"];
    if (!Number.isInteger(timestamp) || typeof signature !== "string")
      throw new HttpError(401, "no Slack signature or timestamp");
    const now = this.options.nowSeconds?.() ?? Math.floor(Date.now() / 1000);
    if (Math.abs(now - timestamp) > WINDOW_SECONDS)
      throw new HttpError(401, "timestamp more than five minutes from now");
    const headers = { "x-slack-signature": signature, "x-slack-request-timestamp": timestamp };
    if (
      !isValidSlackRequest({
        signingSecret: this.options.signingSecret,
        body: raw,
        headers,
        nowMilliseconds: now * 1000,
      })
    )
      throw new HttpError(401, "signature mismatch");
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > BODY_LIMIT) {
        reject(new HttpError(413, "body over 1 MiB"));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

/** A JSON body, a form, or a form whose `payload` field is JSON; always an object, or a 400. */
export function parseBody(raw: string, contentType: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    if (contentType.includes("application/json")) parsed = JSON.parse(raw);
    else {
      const form = new URLSearchParams(raw);
      const payload = form.get("payload");
      parsed = payload === null ? Object.fromEntries(form) : JSON.parse(payload);
    }
  } catch {
    throw new HttpError(400, "the body is not JSON or a form");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new HttpError(400, "the body is not a Slack payload");
  return parsed as Record<string, unknown>;
}

function answer(
  response: ServerResponse,
  status: number,
  body: string,
  contentType = "text/plain",
  headers: Record<string, string> = {},
): void {
  if (response.headersSent) return;
  response.writeHead(status, { "content-type": contentType, ...headers });
  response.end(body);
}

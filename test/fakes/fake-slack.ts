import { createHmac, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

export interface ApiCall {
  readonly method: string;
  readonly args: Record<string, unknown>;
  /** When the fake received it (real milliseconds). */
  readonly at: number;
  /** What the fake answered, once it has. */
  result?: Record<string, unknown>;
}

/** An answer posted to a `response_url` the fake handed out. */
export interface ResponseUrlPost {
  readonly user: string;
  readonly body: Record<string, unknown>;
}

/** How the fake answers while Slack is down: every Web API call gets this status (429 with Retry-After 1). */
export type Outage = 503 | 429;

interface StoredMessage {
  readonly ts: string;
  readonly thread_ts?: string;
  readonly user?: string;
  readonly text: string;
  readonly metadata?: unknown;
}

export const BOT_USER = "U0DESKBOT";
export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

/**
 * Slack at the network boundary: the Web API methods the desk calls (recorded, answered as Slack
 * documents them), the Socket Mode WebSocket, and signed requests to the desk's HTTP endpoint.
 */
export class FakeSlack {
  readonly calls: ApiCall[] = [];
  private readonly messages = new Map<string, StoredMessage[]>();
  private readonly failures = new Map<string, number>();
  /** Answers posted to response URLs, oldest first. */
  readonly responses: ResponseUrlPost[] = [];
  /** While set, Slack is down: Web API calls and response URLs answer with this status. */
  outage: Outage | undefined;
  private seq = 0;
  private server: Server | undefined;
  private sockets: WebSocketServer | undefined;
  private socket: WebSocket | undefined;
  private readonly acks = new Map<string, (payload: unknown) => void>();

  /** The Web API base URL to give the desk (SLACK_API_URL). */
  apiUrl = "";
  /** Display names users.info knows. */
  readonly users = new Map<string, string>([
    ["U0ALICE", "Alice"],
    ["U0BOB", "Bob"],
    ["U0CARLA", "Carla"],
    ["U0DAVE", "Dave"],
  ]);
  /** Time zones users.info reports; Europe/Amsterdam for anyone not listed. */
  readonly zones = new Map<string, string>();
  /** Bytes uploaded to each file's upload URL, by file id. */
  readonly uploads = new Map<string, Buffer>();
  /** Channel names conversations.info reports; the id in lower case for any not listed. */
  readonly channelNames = new Map<string, string>();
  /** Tokens Slack answers `invalid_auth` for, as it does for a revoked or mistyped token. */
  readonly refusedTokens = new Set<string>();

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      void this.answer(request).then(([status, body, headers]) => {
        response.writeHead(status, { "content-type": "application/json", ...headers });
        response.end(JSON.stringify(body));
      });
    });
    this.sockets = new WebSocketServer({ server: this.server, path: "/socket" });
    this.sockets.on("connection", (socket) => {
      this.socket = socket;
      socket.on("message", (data) => {
        const ack = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
        if (ack.envelope_id !== undefined) this.acks.get(ack.envelope_id)?.(ack.payload);
      });
      socket.send(JSON.stringify({ type: "hello", num_connections: 1, debug_info: { host: "fake" } }));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.apiUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/`;
    return this;
  }

  async stop(): Promise<void> {
    for (const client of this.sockets?.clients ?? []) client.terminate();
    this.sockets?.close();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  /** A person's message, as Slack keeps it (the desk may read it back through the history). */
  remember(channel: string, message: StoredMessage): void {
    this.messages.set(channel, [...(this.messages.get(channel) ?? []), message]);
  }

  /** The next `times` calls of `method` answer 429 with `Retry-After: 0`. */
  rateLimit(method: string, times = 1): void {
    this.failures.set(method, times);
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Messages posted in a channel (and thread), oldest first. */
  posted(channel: string, thread?: string): ApiCall[] {
    return this.callsOf("chat.postMessage").filter(
      (c) => c.args.channel === channel && (thread === undefined || c.args.thread_ts === thread),
    );
  }

  /** Whether a Socket Mode client is connected. */
  get socketConnected(): boolean {
    return this.socket !== undefined;
  }

  /**
   * Sends a Socket Mode envelope and resolves with the client's acknowledgement payload (or, with
   * `awaitAck: false`, once it is sent: an envelope the client drops is never acknowledged).
   */
  sendEnvelope(
    type: "events_api" | "slash_commands" | "interactive",
    payload: unknown,
    options: { readonly awaitAck?: boolean } = {},
  ): Promise<unknown> {
    const envelopeId = randomUUID();
    return new Promise((resolve, reject) => {
      if (this.socket === undefined) {
        reject(new Error("no Socket Mode client is connected"));
        return;
      }
      if (options.awaitAck === false) {
        this.socket.send(JSON.stringify({ envelope_id: envelopeId, type, payload }), () =>
          resolve(undefined),
        );
        return;
      }
      this.acks.set(envelopeId, resolve);
      this.socket.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload: type !== "events_api",
        }),
      );
    });
  }

  private nextTs(): string {
    this.seq += 1;
    return `1700000100.${String(this.seq).padStart(6, "0")}`;
  }

  /** A `response_url` for a command or click by `user`, as Slack puts in the payload. */
  responseUrl(user: string): string {
    return `${this.apiUrl.replace(/\/api\/$/, "")}/respond/${user}/${randomUUID()}`;
  }

  private async answer(request: IncomingMessage): Promise<[number, unknown, Record<string, string>?]> {
    const path = request.url ?? "";
    const upload = /^\/upload\/([^/?]+)/.exec(path);
    if (upload !== null && this.outage === undefined) {
      this.uploads.set(upload[1] as string, await readBytes(request));
      return [200, "OK"];
    }
    const body = await readBody(request);
    if (this.outage !== undefined) {
      this.calls.push({ method: `${path} (down)`, args: {}, at: Date.now() });
      return [
        this.outage,
        { ok: false, error: "service_unavailable" },
        this.outage === 429 ? { "retry-after": "1" } : {},
      ];
    }
    const respond = /^\/respond\/([^/]+)\//.exec(path);
    if (respond !== null) {
      this.responses.push({ user: respond[1] as string, body: JSON.parse(body) });
      return [200, "ok"];
    }
    // Slack answers a response URL that expired or was used up with 404.
    if (!path.startsWith("/api/")) return [404, "expired_url"];
    const method = path.replace(/^\/api\//, "").split("?")[0] ?? "";
    const args = parseBody(body, request.headers["content-type"]);
    const token = (request.headers.authorization ?? "").replace(/^Bearer /, "");
    if (this.refusedTokens.has(token)) {
      this.calls.push({ method: `${method} (refused)`, args, at: Date.now() });
      return [200, { ok: false, error: "invalid_auth" }];
    }
    const failures = this.failures.get(method) ?? 0;
    if (failures > 0) {
      this.failures.set(method, failures - 1);
      this.calls.push({ method: `${method} (rate limited)`, args, at: Date.now() });
      return [429, { ok: false, error: "ratelimited" }, { "retry-after": "0" }];
    }
    const call: ApiCall = { method, args, at: Date.now() };
    this.calls.push(call);
    const invalid = args.blocks === undefined ? [] : blockProblems(parseJson(args.blocks));
    call.result =
      invalid.length > 0
        ? { ok: false, error: "invalid_blocks", errors: invalid }
        : (this.respond(method, args) as Record<string, unknown>);
    return [200, call.result];
  }

  private respond(method: string, args: Record<string, unknown>): unknown {
    const channel = String(args.channel ?? "");
    switch (method) {
      case "auth.test":
        return {
          ok: true,
          user_id: BOT_USER,
          bot_id: "B0DESKBOT",
          team_id: "T0TEAM",
          user: "desk",
          team: "Test",
        };
      case "apps.connections.open":
        return { ok: true, url: `${this.apiUrl.replace(/^http/, "ws").replace(/\/api\/$/, "")}/socket` };
      case "chat.postMessage": {
        const ts = this.nextTs();
        const stored: StoredMessage = {
          ts,
          text: String(args.text ?? ""),
          ...(args.thread_ts !== undefined && { thread_ts: String(args.thread_ts) }),
          ...(args.metadata !== undefined && { metadata: args.metadata }),
        };
        this.messages.set(channel, [...(this.messages.get(channel) ?? []), stored]);
        return { ok: true, channel, ts, message: stored };
      }
      case "chat.postEphemeral":
        return { ok: true, message_ts: this.nextTs() };
      case "chat.update":
        return { ok: true, channel, ts: args.ts };
      case "files.getUploadURLExternal": {
        const id = `F${String(++this.seq).padStart(8, "0")}`;
        return { ok: true, file_id: id, upload_url: `${this.apiUrl.replace(/\/api\/$/, "")}/upload/${id}` };
      }
      case "files.completeUploadExternal": {
        const files = parseJson(args.files) as { id: string }[];
        return { ok: true, files: files.map((f) => ({ id: f.id, name: "chart.png" })) };
      }
      case "conversations.info":
        return {
          ok: true,
          channel: { id: channel, name: this.channelNames.get(channel) ?? channel.toLowerCase() },
        };
      case "conversations.open":
        return { ok: true, channel: { id: `D${String(args.users)}` } };
      case "conversations.history":
        return { ok: true, messages: [...(this.messages.get(channel) ?? [])].reverse() };
      case "conversations.replies":
        return {
          ok: true,
          messages: (this.messages.get(channel) ?? []).filter((m) => m.thread_ts === args.ts),
        };
      case "users.info": {
        const name = this.users.get(String(args.user));
        if (name === undefined) return { ok: false, error: "user_not_found" };
        return {
          ok: true,
          user: {
            id: args.user,
            name: name.toLowerCase(),
            real_name: name,
            profile: { display_name: name },
            tz: this.zones.get(String(args.user)) ?? "Europe/Amsterdam",
          },
        };
      }
      case "views.open":
        return { ok: true, view: { id: `V${this.nextTs()}` } };
      case "views.publish": {
        const view = parseJson(args.view) as { type?: string; blocks?: unknown[] };
        if (view.type !== "home" || (view.blocks?.length ?? 0) > 100)
          return { ok: false, error: "invalid_arguments" };
        return { ok: true, view: { id: `V${this.nextTs()}`, ...view } };
      }
      default:
        return { ok: false, error: "unknown_method" };
    }
  }
}

function readBytes(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks)));
  });
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => resolve(body));
  });
}

/** The Web API client sends form fields, with nested values (blocks, metadata, view) as JSON strings. */
function parseBody(body: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes("application/json")) return body === "" ? {} : JSON.parse(body);
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    args[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return args;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** Headers Slack signs a request to the desk with (https://docs.slack.dev/authentication/verifying-requests-from-slack). */
export function signedHeaders(body: string, secret = SIGNING_SECRET, at = Math.floor(Date.now() / 1000)) {
  const signature = `v0=${createHmac("sha256", secret).update(`v0:${at}:${body}`).digest("hex")}`;
  return { "x-slack-signature": signature, "x-slack-request-timestamp": String(at) };
}

/** Form-encoded calls carry JSON fields as strings; JSON calls carry them as they are. */
function parseJson(value: unknown): unknown {
  return typeof value === "string" ? JSON.parse(value) : value;
}

/** What Slack would refuse in a message's blocks (https://docs.slack.dev/reference/block-kit/blocks). */
export function blockProblems(blocks: unknown): string[] {
  const problems: string[] = [];
  const list = blocks as {
    type: string;
    text?: { text: string };
    fields?: { text: string }[];
    elements?: { action_id: string; options?: unknown[]; text?: { text: string } }[];
  }[];
  if (!Array.isArray(list)) return ["blocks must be an array"];
  if (list.length > 50) problems.push(`${list.length} blocks (at most 50)`);
  for (const block of list) {
    const limit = block.type === "header" ? 150 : 3000;
    if ((block.text?.text.length ?? 0) > limit) problems.push(`${block.type} text over ${limit}`);
    if ((block.fields?.length ?? 0) > 10) problems.push("more than 10 fields");
    for (const field of block.fields ?? [])
      if (field.text.length > 2000) problems.push("field text over 2000");
    const ids = (block.elements ?? []).map((e) => e.action_id);
    if (new Set(ids).size !== ids.length) problems.push("action_id repeated in a block");
    if ((block.elements?.length ?? 0) > 25) problems.push("more than 25 elements");
    for (const element of block.elements ?? []) {
      if (element.action_id.length > 255) problems.push("action_id over 255");
      if ((element.options?.length ?? 0) > 100) problems.push("more than 100 options");
      if ((element.text?.text.length ?? 0) > 75) problems.push("button text over 75");
    }
  }
  return problems;
}

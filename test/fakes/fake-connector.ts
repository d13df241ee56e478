import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** An activity the desk sent, where, and when it arrived. */
export interface SentActivity {
  readonly method: "POST" | "PUT";
  /** The conversation as addressed (a channel thread: `19:…;messageid=<root>`). */
  readonly conversation: string;
  /** The activity id a PUT replaced. */
  readonly replaces?: string;
  readonly id: string;
  readonly activity: Record<string, unknown>;
  readonly at: number;
  readonly authorization?: string | undefined;
}

/**
 * A loopback fake of the Bot Connector service (the activities' `serviceUrl`): it records what the desk
 * sends (posts, replies in channel threads, card updates, new personal chats), answers as the service
 * does, and fails on request: throttling (429 with Retry-After), refusals (403), gateway errors.
 */
export class FakeConnector {
  readonly sent: SentActivity[] = [];
  /** Every request, refused or not: its method, path and the status it got. */
  readonly requests: { method: string; path: string; status: number; at: number }[] = [];
  /** People (their Teams ids) who installed the app: a personal chat can be opened only with them. */
  readonly installed = new Set<string>();
  private readonly failures: { status: number; times: number; retryAfter?: number; code?: string }[] = [];
  private server: Server | undefined;
  private seq = 0;
  url = "";

  async start(): Promise<this> {
    const server = createServer((request, response) => {
      // When the request arrived, as the service counts it for its rate limits.
      const arrived = Date.now();
      void this.answer(request, arrived).then(([status, body, headers]) => {
        this.requests.push({
          method: request.method ?? "",
          path: decodeURIComponent(request.url ?? ""),
          status,
          at: arrived,
        });
        response.writeHead(status, { "content-type": "application/json", ...headers });
        response.end(JSON.stringify(body));
      });
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  /** The next `times` requests fail with `status` (and Retry-After seconds, and an error code). */
  fail(status: number, times = 1, retryAfter?: number, code?: string): void {
    this.failures.push({
      status,
      times,
      ...(retryAfter !== undefined && { retryAfter }),
      ...(code !== undefined && { code }),
    });
  }

  /** Posts (not updates) to a conversation; with `thread`, the replies in that channel thread. */
  posted(conversation: string, thread?: string): SentActivity[] {
    const address = thread === undefined ? conversation : `${conversation};messageid=${thread}`;
    return this.sent.filter((s) => s.method === "POST" && s.conversation === address);
  }

  updates(id: string): SentActivity[] {
    return this.sent.filter((s) => s.method === "PUT" && s.replaces === id);
  }

  /** The Adaptive Card an activity carried, if any. */
  static cardOf(sent: SentActivity | undefined): Record<string, unknown> | undefined {
    const attachments = sent?.activity.attachments as
      | { contentType: string; content: Record<string, unknown> }[]
      | undefined;
    return attachments?.find((a) => a.contentType === "application/vnd.microsoft.card.adaptive")?.content;
  }

  /** The text a card shows, its TextBlocks joined. */
  static textOf(sent: SentActivity | undefined): string {
    const card = FakeConnector.cardOf(sent);
    const blocks =
      (card?.body as
        | { type: string; text?: string; facts?: { title: string; value: string }[] }[]
        | undefined) ?? [];
    return blocks
      .flatMap((b) =>
        b.type === "TextBlock"
          ? [b.text ?? ""]
          : b.type === "FactSet"
            ? (b.facts ?? []).map((f) => `${f.title}: ${f.value}`)
            : [],
      )
      .join("\n");
  }

  private async answer(
    request: IncomingMessage,
    arrived: number,
  ): Promise<[number, unknown, Record<string, string>?]> {
    const body = await readJson(request);
    const failure = this.failures[0];
    if (failure !== undefined) {
      failure.times -= 1;
      if (failure.times <= 0) this.failures.shift();
      return [
        failure.status,
        {
          error: { code: failure.code ?? `HTTP${failure.status}`, message: "refused by the fake connector" },
        },
        failure.retryAfter === undefined ? {} : { "retry-after": String(failure.retryAfter) },
      ];
    }
    const path = decodeURIComponent((request.url ?? "").split("?")[0] ?? "");
    const authorization = request.headers.authorization;
    const activities = /^\/v3\/conversations\/(.+)\/activities(?:\/([^/]+))?$/.exec(path);
    if (activities !== null && request.method === "POST") {
      const id = `act-${++this.seq}`;
      this.sent.push({
        method: "POST",
        conversation: activities[1] as string,
        id,
        activity: body,
        at: arrived,
        authorization,
      });
      return [201, { id }];
    }
    if (activities !== null && request.method === "PUT" && activities[2] !== undefined) {
      this.sent.push({
        method: "PUT",
        conversation: activities[1] as string,
        replaces: activities[2],
        id: activities[2],
        activity: body,
        at: arrived,
        authorization,
      });
      return [200, { id: activities[2] }];
    }
    if (path === "/v3/conversations" && request.method === "POST") {
      const member = (body.members as { id: string }[] | undefined)?.[0]?.id ?? "";
      if (!this.installed.has(member))
        return [
          403,
          {
            error: {
              code: "BotNotInConversationRoster",
              message: "The bot is not part of the conversation roster.",
            },
          },
        ];
      return [201, { id: `a:personal-${member}` }];
    }
    return [404, { error: { code: "NotFound", message: path } }];
  }
}

function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    let text = "";
    request.on("data", (chunk) => {
      text += chunk;
    });
    request.on("end", () => {
      try {
        resolve(text === "" ? {} : JSON.parse(text));
      } catch {
        resolve({});
      }
    });
  });
}

import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import WebSocket from "ws";

const root = join(import.meta.dirname, "..", "..", "..");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface StreamedMessage {
  readonly action: string;
  readonly actionConversationId: string;
  readonly message: { messageId: string; attachments?: { content: unknown }[] };
}

let running: ChildProcess | undefined;
afterEach(() => {
  running?.kill("SIGTERM");
  running = undefined;
});

describe("npm run playground: the desk in Microsoft 365 Agents Playground", () => {
  it("takes a message from the playground's client, shows the ticket's card, takes a card action and updates the card", async () => {
    const [deskPort, playgroundPort] = [await freePort(), await freePort()];
    const env: NodeJS.ProcessEnv = { ...process.env, TEAMS_PORT: String(deskPort) };
    for (const name of Object.keys(env))
      if (/^(SLA_DESK_|SLACK_|MICROSOFT_|REDIS_URL|DATABASE_URL)/.test(name)) delete env[name];
    running = spawn(process.execPath, [join(root, "scripts", "playground.mjs")], {
      env: {
        ...env,
        PLAYGROUND_PORT: String(playgroundPort),
        PLAYGROUND_DATA: mkdtempSync(join(tmpdir(), "sla-desk-playground-")),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    running.stdout?.on("data", (chunk) => {
      output += chunk;
    });
    running.stderr?.on("data", (chunk) => {
      output += chunk;
    });
    await vi.waitFor(() => expect(output).toContain("sla-desk: on Teams (local try-out"), {
      timeout: 60_000,
      interval: 100,
    });
    const playground = `http://127.0.0.1:${playgroundPort}`;
    const { config } = (await (await fetch(`${playground}/_internal/v1/config`)).json()) as {
      config: {
        bot: { id: string; name: string };
        currentUser: { id: string };
        groupChats: { id: string }[];
        teams: { channels: { id: string }[] }[];
      };
    };
    const streamed: StreamedMessage[] = [];
    const socket = new WebSocket(`ws://127.0.0.1:${playgroundPort}/_ws_conversation/v1/conversations/stream`);
    socket.on("message", (data) => streamed.push(JSON.parse(data.toString()) as StreamedMessage));
    await new Promise((resolve) => socket.once("open", resolve));
    try {
      const mention = `<at>${config.bot.name}</at>`;
      const sent = await fetch(
        `${playground}/_conversation/v1/conversations/${config.groupChats[0]?.id}/messages`,
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            from: { id: config.currentUser.id },
            text: `${mention} new Exports to Excel fail for everyone`,
            textFormat: "xml",
            mentions: [{ mentioned: { id: config.bot.id }, text: mention }],
          }),
        },
      );
      expect(sent.status).toBe(200);
      const triage = config.teams[0]?.channels[0]?.id as string;
      const cardOf = (m: StreamedMessage | undefined) => JSON.stringify(m?.message.attachments ?? []);
      await vi.waitFor(
        () =>
          expect(
            streamed.some((m) => m.action === "createMessage" && m.actionConversationId === triage),
          ).toBe(true),
        { timeout: 20_000, interval: 50 },
      );
      const card = streamed.find((m) => m.action === "createMessage" && m.actionConversationId === triage);
      expect(cardOf(card)).toContain("T-1: Exports to Excel fail for everyone");
      expect(cardOf(card)).toContain("ticket.claim");

      const pressed = await fetch(`${playground}/_conversation/v1/invoke`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          name: "adaptiveCard/action",
          value: {
            action: { type: "Action.Execute", verb: "ticket.claim", data: { desk: { ticket: "1" } } },
          },
          from: { id: config.currentUser.id },
          conversation: { id: `${triage};messageid=${card?.message.messageId}` },
          replyToId: card?.message.messageId,
        }),
      });
      const answer = JSON.stringify(await pressed.json());
      expect(answer).toContain("You claimed T-1.");
      await vi.waitFor(
        () =>
          expect(
            streamed.some(
              (m) =>
                m.action === "updateMessage" &&
                m.message.messageId === card?.message.messageId &&
                cardOf(m).includes("In progress"),
            ),
          ).toBe(true),
        { timeout: 20_000, interval: 50 },
      );
    } finally {
      socket.close();
    }
  }, 120_000);
});

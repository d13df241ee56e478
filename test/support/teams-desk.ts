import type { AuthConfiguration } from "@microsoft/agents-hosting";
import { startDeskRuntime } from "../../adapters/desk-runtime.js";
import { RoutingGateway } from "../../adapters/routing-gateway.js";
import { openKeyvBackend } from "../../adapters/storage/keyv-backend.js";
import { KeyvDirectoryLedger } from "../../adapters/storage/keyv-directory-ledger.js";
import { KeyvTicketStore } from "../../adapters/storage/keyv-ticket-store.js";
import { startTeamsApp } from "../../adapters/teams/teams-app.js";
import { TEAMS_SOURCE, teamsInboundHandler } from "../../adapters/teams/teams-intake.js";
import { TeamsReferences } from "../../adapters/teams/teams-references.js";
import { type DeskConfigInput, deskConfigSchema } from "../../src/config/desk-config.js";
import { StoredDirectory } from "../../src/config/stored-directory.js";
import { prepareLanguageModel } from "../../src/domain/priority/language-model.js";
import { prepareWordingModel } from "../../src/domain/priority/wording-model.js";
import { silentLogger } from "../../src/ports/logger.js";
import { FakeClock } from "../fakes/fake-clock.js";
import { FakeConnector } from "../fakes/fake-connector.js";
import { FakeLease } from "../fakes/fake-lease.js";
import { requirePolicy as policy } from "./desk.js";

export const OUTBOUND_TOKEN = "token-of-the-desk-app";
export const BOT = { id: "28:sla-desk-bot", name: "SLA Desk" } as const;
export const TEAMS_TRIAGE = "19:triage@thread.tacv2";
export const TEAMS_INCIDENTS = "19:incidents@thread.tacv2";
export const TEAMS_ACME = "19:acme@thread.tacv2";
export const CONTOSO_CHAT = "19:contoso-chat@thread.v2";

/** People on Teams: their Teams id (29:…) and Entra object id (what the desk knows them by). */
export const TEAMS_PEOPLE = {
  alice: { id: "29:alice", aadObjectId: "aad-alice", name: "Alice" },
  bob: { id: "29:bob", aadObjectId: "aad-bob", name: "Bob" },
  dave: { id: "29:dave", aadObjectId: "aad-dave", name: "Dave" },
  carla: { id: "29:carla", aadObjectId: "aad-carla", name: "Carla" },
  carl: { id: "29:carl", aadObjectId: "aad-carl", name: "Carl" },
} as const;

export const TEAMS_CONFIG: DeskConfigInput = {
  triage: { platform: "teams", conversation: TEAMS_TRIAGE },
  escalationChannel: { platform: "teams", conversation: TEAMS_INCIDENTS },
  oncall: {
    zone: "Europe/Amsterdam",
    handover: "mon 09:00",
    since: "2026-03-02",
    people: [
      { platform: "teams", id: "aad-alice" },
      { platform: "teams", id: "aad-dave" },
    ],
  },
  customers: [
    { id: "acme", name: "Acme", channels: [{ platform: "teams", conversation: TEAMS_ACME }] },
    { id: "contoso", name: "Contoso", channels: [{ platform: "teams", conversation: CONTOSO_CHAT }] },
  ],
  agents: [
    { platform: "teams", id: "aad-alice", name: "Alice" },
    { platform: "teams", id: "aad-bob", name: "Bob", role: "lead" },
    { platform: "teams", id: "aad-dave", name: "Dave" },
  ],
};

export interface TeamsDeskOptions {
  readonly config?: DeskConfigInput;
  readonly auth?: AuthConfiguration;
  /** Teams' pace, scaled (0: none, for tests about something else). */
  readonly paceScale?: number;
  readonly start?: string;
  /** The Authorization header every request carries (a Bot Framework token), unless a call gives its own. */
  readonly authorization?: () => Promise<string>;
}

/**
 * The desk on Teams: the real Agents SDK stack (token checks when `auth` is given) behind the desk's
 * own endpoint on loopback, its sends captured by a fake Bot Connector. The desk's clock is a fake
 * one; pacing and retries run in real time.
 */
export async function aTeamsDesk(options: TeamsDeskOptions = {}) {
  const connector = await new FakeConnector().start();
  const backend = await openKeyvBackend(":memory:");
  const store = await KeyvTicketStore.open(backend);
  const clock = new FakeClock(Date.parse(options.start ?? "2026-03-03T09:00:00+01:00"));
  const ledger = new KeyvDirectoryLedger(backend, "sla-desk:directory");
  const directory = await StoredDirectory.open(
    deskConfigSchema.parse(options.config ?? TEAMS_CONFIG),
    policy,
    ledger,
    {
      shared: false,
      logger: silentLogger,
    },
  );
  const gateway = new RoutingGateway();
  const references = new TeamsReferences(store);
  // as the desk does when it starts: the first client message must not wait for them
  prepareLanguageModel();
  prepareWordingModel();
  const runtime = await startDeskRuntime({
    store,
    gateway,
    clock,
    directory,
    logger: silentLogger,
    policy,
    reminders: {},
    ledger,
    lease: new FakeLease(),
    shared: false,
    owner: "teams-test",
    tickMs: 3_600_000,
    leaseMs: 7_200_000,
    dispatch: { retryBaseMs: 20, retryMaxMs: 200 },
    handlers: (desk) => ({ [TEAMS_SOURCE]: teamsInboundHandler(desk, references) }),
  });
  const running = await startTeamsApp(
    runtime.desk,
    runtime.intake,
    references,
    {
      port: 0,
      auth: options.auth,
      logger: silentLogger,
      paceScale: options.paceScale ?? 0,
      defaults: { serviceUrl: connector.url, botId: BOT.id, tenantId: "tenant-1" },
      // With credentials, sends carry the app's token (MSAL's, in production).
      ...(options.auth !== undefined && { tokenFor: async () => OUTBOUND_TOKEN }),
    },
    () => directory.escalation,
  );
  gateway.register("teams", running.gateway);
  const endpoint = `http://127.0.0.1:${running.port}/api/messages`;
  let seq = 0;
  let stopped = false;

  /** An activity as Teams posts it, from a person in a conversation. */
  const activity = (
    from: (typeof TEAMS_PEOPLE)[keyof typeof TEAMS_PEOPLE],
    conversation: { id: string; conversationType: "channel" | "groupChat" | "personal" },
    fields: Record<string, unknown>,
  ) => ({
    type: "message",
    id: `act-in-${++seq}`,
    timestamp: new Date().toISOString(),
    serviceUrl: connector.url,
    channelId: "msteams",
    from,
    recipient: BOT,
    conversation: { ...conversation, tenantId: "tenant-1" },
    channelData: { tenant: { id: "tenant-1" } },
    ...fields,
  });

  const post = async (body: unknown, headers?: Record<string, string>) => {
    const signed =
      headers ??
      (options.authorization === undefined ? {} : { authorization: await options.authorization() });
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", ...signed },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text === "" ? undefined : JSON.parse(text) };
  };

  return {
    connector,
    store,
    clock,
    runtime,
    desk: runtime.desk,
    endpoint,
    activity,
    post,
    /** A client's (or anyone's) message: a new channel post, a reply in a channel thread, or a chat message. */
    async say(
      from: (typeof TEAMS_PEOPLE)[keyof typeof TEAMS_PEOPLE],
      where: { channel: string; thread?: string } | { chat: string } | { personal: string },
      text: string,
      extra: Record<string, unknown> = {},
    ) {
      const id = `msg-${++seq}`;
      const conversation =
        "channel" in where
          ? { id: `${where.channel};messageid=${where.thread ?? id}`, conversationType: "channel" as const }
          : "chat" in where
            ? { id: where.chat, conversationType: "groupChat" as const }
            : { id: where.personal, conversationType: "personal" as const };
      const body = { ...activity(from, conversation, { text, ...extra }), id };
      return { id, body, answer: await post(body) };
    },
    /** A card button pressed (Universal Action `Action.Execute`): Teams waits for the invoke's response. */
    async press(
      from: (typeof TEAMS_PEOPLE)[keyof typeof TEAMS_PEOPLE],
      conversation: string,
      verb: string,
      data: Record<string, unknown>,
    ) {
      const body = activity(
        from,
        { id: conversation, conversationType: conversation.startsWith("a:") ? "personal" : "channel" },
        {
          type: "invoke",
          name: "adaptiveCard/action",
          value: { action: { type: "Action.Execute", verb, data } },
        },
      );
      return post(body);
    },
    async settled() {
      await runtime.settled();
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      runtime.refuseNew();
      await runtime.stop(5000);
      await running.stop();
      await connector.stop();
      await store.close();
    },
  };
}

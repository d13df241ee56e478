import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { C_ACME, T_TRIAGE, U_ALICE, U_CARLA } from "../../support/desk.js";
import { aSlackDesk } from "../../support/slack-desk.js";

let desk: Awaited<ReturnType<typeof aSlackDesk>> | undefined;
afterEach(async () => {
  await desk?.stop();
});

/** A channel no customer lists: nothing posted or done there may open or change a ticket. */
const C_NOBODY = "C0NOBODY";

/**
 * Payloads of each kind the desk takes, to mutate. Whatever becomes of them, the desk must refuse them:
 * they come from a channel no customer lists, or from a client clicking an agent's button.
 */
const TEMPLATES: Record<string, unknown>[] = [
  {
    type: "event_callback",
    event_id: "EvFuzz",
    team_id: "T0TEAM",
    event: {
      type: "message",
      channel: C_NOBODY,
      user: U_CARLA.id,
      text: "checkout down",
      ts: "1700000000.000001",
    },
  },
  {
    type: "event_callback",
    event_id: "EvFuzzReaction",
    event: {
      type: "reaction_added",
      user: U_CARLA.id,
      reaction: "ticket",
      item: { type: "message", channel: C_NOBODY, ts: "1.1" },
    },
  },
  {
    type: "block_actions",
    user: { id: U_CARLA.id },
    trigger_id: "trigger-fuzz",
    channel: { id: T_TRIAGE },
    container: { channel_id: T_TRIAGE, message_ts: "1.1" },
    actions: [{ type: "button", action_id: "ticket.claim#0", value: "1" }],
  },
  {
    type: "view_submission",
    user: { id: U_CARLA.id },
    trigger_id: "trigger-fuzz",
    view: {
      id: "V0FUZZ",
      callback_id: "new_ticket",
      private_metadata: JSON.stringify({ channel: C_NOBODY }),
      state: { values: { title: { value: { value: "Exports fail" } } } },
    },
  },
  {
    type: "message_action",
    callback_id: "create_ticket",
    trigger_id: "trigger-fuzz",
    user: { id: U_CARLA.id },
    channel: { id: C_NOBODY },
    message: { ts: "1.1", user: U_CARLA.id, text: "it broke" },
  },
];

/** A template with one value somewhere replaced (or removed): what a broken or hostile sender makes. */
const mutated = fc
  .tuple(
    fc.constantFrom(...TEMPLATES),
    fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
    fc.option(fc.jsonValue(), { nil: undefined }),
  )
  .map(([template, path, value]) => mutate(structuredClone(template), path, value));

function mutate(node: unknown, path: readonly number[], value: unknown): unknown {
  if (typeof node !== "object" || node === null) return value;
  const keys = Object.keys(node);
  const [step = 0, ...rest] = path;
  const key = keys[step % Math.max(1, keys.length)];
  if (key === undefined) return node;
  const record = node as Record<string, unknown>;
  if (rest.length === 0) {
    if (value === undefined) delete record[key];
    else record[key] = value;
  } else record[key] = mutate(record[key], rest, value);
  return node;
}

/** Bodies as they reach the endpoint: JSON, a form with a JSON payload, a command form, or anything. */
const request = fc.oneof(
  mutated.map((payload) => ({ body: JSON.stringify(payload), type: "application/json" })),
  mutated.map((payload) => ({
    body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    type: "application/x-www-form-urlencoded",
  })),
  fc
    .dictionary(
      fc.constantFrom("command", "text", "user_id", "channel_id", "trigger_id", "response_url", "x"),
      fc.string(),
    )
    .map((fields) => ({
      body: new URLSearchParams(fields).toString(),
      type: "application/x-www-form-urlencoded",
    })),
  fc
    .oneof(
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.constantFrom("null", "payload=null", "[]", "{"),
    )
    .map((body) => ({
      body,
      type: fc.sample(
        fc.constantFrom("application/json", "application/x-www-form-urlencoded", "text/plain"),
        1,
      )[0] as string,
    })),
);

/** Command texts: the desk's words with garbage, and garbage. */
const commandText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc
    .tuple(
      fc.constantFrom(
        "claim",
        "assign",
        "priority",
        "update",
        "reply",
        "note",
        "resolve",
        "reopen",
        "list",
        "status",
        "link",
        "oncall",
        "help",
        "close",
        "unclaim",
      ),
      fc.array(
        fc.oneof(
          fc.constantFrom("T-1", "T-999999999999", "T--1", "<@U0BOB>", "@everyone", "P1", "for 8h"),
          fc.string({ maxLength: 40 }),
        ),
        { maxLength: 4 },
      ),
    )
    .map(([word, args]) => [word, ...args].join(" ")),
);

const STACK = /\n\s+at |node_modules|\.ts:\d+|\.js:\d+|TypeError|ReferenceError/;

describe("hostile and broken input", () => {
  for (const mode of ["http", "socket"] as const)
    it(`never crashes the desk, never answers 5xx, shows no stack trace and changes nothing it refuses (${mode})`, async () => {
      desk = await aSlackDesk(mode);
      const slackDesk = desk;
      // Some real state first: a ticket to aim at.
      await slackDesk.message(U_CARLA.id, C_ACME, "Our checkout is down for all users");
      await slackDesk.runtime.settled();
      const snapshot = async () => JSON.stringify(await slackDesk.store.list({}));
      const before = await snapshot();
      const statuses = new Map<number, number>();
      const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
      const bodies = fc.sample(request, mode === "http" ? 4000 : 2500);
      for (let i = 0; i < bodies.length; i += 50) {
        const chunk = bodies.slice(i, i + 50);
        await Promise.all(
          chunk.map(async ({ body, type }) => {
            if (mode === "socket") {
              let payload: unknown;
              try {
                payload = type.includes("json")
                  ? JSON.parse(body)
                  : Object.fromEntries(new URLSearchParams(body));
              } catch {
                payload = body;
              }
              const kind =
                (payload as { type?: unknown } | null)?.type === "event_callback"
                  ? "events_api"
                  : "interactive";
              await slackDesk.slack.sendEnvelope(kind, payload, { awaitAck: false });
              count(200);
            } else count((await slackDesk.signedPost(body, type)).status);
          }),
        );
      }
      // Envelopes go out without waiting for their acknowledgement: a last one shows the client has read them.
      if (mode === "socket") await slackDesk.slack.sendEnvelope("events_api", TEMPLATES[0]);
      await slackDesk.runtime.settled();
      // Malformed or foreign requests are refused or ignored: the tickets are as they were.
      expect(await snapshot()).toBe(before);
      // Commands, from an agent and from a client, made of the desk's words and of noise.
      const texts = fc.sample(commandText, mode === "http" ? 2000 : 1500);
      for (let i = 0; i < texts.length; i += 50)
        await Promise.all(
          texts.slice(i, i + 50).map(async (text, n) => {
            const user = n % 2 === 0 ? U_ALICE.id : U_CARLA.id;
            const response = await slackDesk.command(user, n % 3 === 0 ? C_ACME : T_TRIAGE, text);
            count(response instanceof Response ? response.status : 200);
          }),
        );
      await slackDesk.runtime.settled();
      expect([...statuses.keys()].filter((status) => status >= 500)).toEqual([]);
      const shown = [
        ...slackDesk.slack.calls.map((call) => JSON.stringify(call.args)),
        ...slackDesk.slack.responses.map((response) => JSON.stringify(response.body)),
      ];
      expect(shown.filter((text) => STACK.test(text)).slice(0, 3)).toEqual([]);
      // The desk still works.
      const { ts } = await slackDesk.message(U_CARLA.id, C_ACME, "Invoices fail to load for everyone");
      await slackDesk.runtime.settled();
      expect(
        slackDesk.slack
          .posted(C_ACME, ts)
          .map((c) => String(c.args.text))
          .join(),
      ).toContain("We have opened");
    }, 180_000);
});

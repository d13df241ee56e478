import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { SLACK_FEATURES } from "../../adapters/slack/slack-app.js";

const root = join(import.meta.dirname, "..", "..");
const manifest = parse(readFileSync(join(root, "manifests", "slack", "manifest.yaml"), "utf8"));

/** The bot scope each Web API method needs (https://docs.slack.dev/reference/methods). */
const METHOD_SCOPES: Record<string, readonly string[]> = {
  "chat.postMessage": ["chat:write"],
  "chat.postEphemeral": ["chat:write"],
  "chat.update": ["chat:write"],
  "conversations.open": ["im:write"],
  "conversations.info": ["channels:read", "groups:read"],
  "conversations.history": ["channels:history", "groups:history", "im:history"],
  "conversations.replies": ["channels:history", "groups:history", "im:history"],
  "users.info": ["users:read"],
  "views.open": [],
  "views.publish": [],
  filesUploadV2: ["files:write"],
};
/** The scopes each event subscription needs. */
const EVENT_SCOPES: Record<string, readonly string[]> = {
  app_home_opened: [],
  member_joined_channel: ["channels:read", "groups:read"],
  "message.channels": ["channels:history"],
  "message.groups": ["groups:history"],
  reaction_added: ["reactions:read"],
};

/** Every `client.<family>.<method>(` call in the Slack adapter's source. */
function methodsTheAdapterCalls(): string[] {
  const dir = join(root, "adapters", "slack");
  const source = readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => readFileSync(join(dir, f), "utf8"))
    .join("\n");
  const calls = [...source.matchAll(/client\.(chat|conversations|users|views|reactions)\s*\.\s*(\w+)\(/g)];
  // The Web API client's helper for uploads calls files.getUploadURLExternal and files.completeUploadExternal.
  const uploads = /client\.filesUploadV2\(/.test(source) ? ["filesUploadV2"] : [];
  return [...new Set([...calls.map((m) => `${m[1]}.${m[2]}`), ...uploads])].sort();
}

describe("the Slack app manifest", () => {
  it("declares the command, events and shortcut the adapter registers, with interactivity and Socket Mode on", () => {
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual([
      SLACK_FEATURES.command,
    ]);
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(
      [...SLACK_FEATURES.events].sort(),
    );
    expect(manifest.features.shortcuts.map((s: { callback_id: string }) => s.callback_id)).toEqual([
      SLACK_FEATURES.messageShortcut,
    ]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });

  it("asks for exactly the scopes the adapter's Web API calls, events and command need", () => {
    const methods = methodsTheAdapterCalls();
    expect(methods).toContain("chat.postMessage");
    const unknown = methods.filter((m) => METHOD_SCOPES[m] === undefined);
    expect(unknown, "add the scope of each new Web API method to METHOD_SCOPES").toEqual([]);
    const needed = new Set([
      ...methods.flatMap((m) => METHOD_SCOPES[m] ?? []),
      ...manifest.settings.event_subscriptions.bot_events.flatMap((e: string) => {
        const scopes = EVENT_SCOPES[e];
        if (scopes === undefined) throw new Error(`add the scopes of event ${e} to EVENT_SCOPES`);
        return scopes;
      }),
      "commands",
    ]);
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...needed].sort());
  });
});

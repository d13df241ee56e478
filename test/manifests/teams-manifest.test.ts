import { readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { TEAMS_OWN_COMMANDS } from "../../adapters/teams/teams-intake.js";
// @ts-expect-error: a plain ES module script, without types.
import { manifestFor, schemaProblems, teamsPackage } from "../../scripts/package-teams.mjs";
import { USAGE } from "../../src/domain/ticket/command-usage.js";

const root = join(import.meta.dirname, "..", "..");
const APP_ID = "0b6e0bd3-1f5e-4c51-9e4e-3bb5d1a7e0a1";
const icon = (name: string) => PNG.sync.read(readFileSync(join(root, "manifests", "teams", name)));

describe("the Teams app manifest", () => {
  it("validates offline against the official schema of its version, a current one", async () => {
    const manifest = manifestFor(APP_ID);
    expect(Number(manifest.manifestVersion.split(".")[1])).toBeGreaterThanOrEqual(22);
    expect(await schemaProblems(manifest)).toEqual([]);
    // The check can fail: a manifest without its bot's scopes does not validate.
    const broken = { ...manifest, bots: [{ ...manifest.bots[0], scopes: ["everywhere"] }] };
    expect((await schemaProblems(broken)).length).toBeGreaterThan(0);
  });

  it("puts the bot in personal chats, teams and group chats, reading channel messages with resource-specific consent", () => {
    const manifest = manifestFor(APP_ID);
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(manifest.webApplicationInfo.id).toBe(APP_ID);
    expect([...manifest.bots[0].scopes].sort()).toEqual(["groupChat", "personal", "team"]);
    const permissions = manifest.authorization.permissions.resourceSpecific.map(
      (p: { name: string }) => p.name,
    );
    expect(permissions).toContain("ChannelMessage.Read.Group");
  });

  it("lists only commands the desk has, each list for its scopes", () => {
    const manifest = manifestFor(APP_ID);
    const known = new Set<string>([...Object.keys(USAGE), ...TEAMS_OWN_COMMANDS]);
    const lists = manifest.bots[0].commandLists as { scopes: string[]; commands: { title: string }[] }[];
    expect(lists.flatMap((l) => l.scopes).sort()).toEqual(["groupChat", "personal", "team"]);
    for (const list of lists)
      for (const command of list.commands) expect(known.has(command.title), command.title).toBe(true);
    const everywhere = lists.map((l) => l.commands.map((c) => c.title));
    for (const titles of everywhere)
      expect(titles).toEqual(expect.arrayContaining(["help", "status", "list"]));
  });

  it("has a 192x192 colour icon and a 32x32 outline icon of white on transparent", () => {
    const color = icon("color.png");
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = icon("outline.png");
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let white = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = [outline.data[i], outline.data[i + 1], outline.data[i + 2], outline.data[i + 3]];
      if (a === 0) continue;
      expect([r, g, b], `pixel ${i / 4}`).toEqual([255, 255, 255]);
      white += 1;
    }
    expect(white).toBeGreaterThan(0);
    expect(white).toBeLessThan(32 * 32);
  });

  it("packages the manifest and both icons at the zip's root", async () => {
    const files = unzipSync(await teamsPackage(APP_ID));
    expect(Object.keys(files).sort()).toEqual(["color.png", "manifest.json", "outline.png"]);
    expect(JSON.parse(new TextDecoder().decode(files["manifest.json"])).id).toBe(APP_ID);
  });
});

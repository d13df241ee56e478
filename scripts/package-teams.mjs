#!/usr/bin/env node
// Writes the Teams app package (manifest and icons, zipped) that a Teams admin uploads:
// `MICROSOFT_APP_ID=<the Azure Bot's app id> npm run package:teams`.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { zipSync } from "fflate";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = join(root, "manifests", "teams");
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The manifest with the app's id in its three places. */
export function manifestFor(appId) {
  const manifest = JSON.parse(readFileSync(join(source, "manifest.json"), "utf8"));
  manifest.id = appId;
  for (const bot of manifest.bots) bot.botId = appId;
  manifest.webApplicationInfo.id = appId;
  return manifest;
}

/** Schema problems of a manifest, checked offline against the schema @microsoft/app-manifest bundles. */
export async function schemaProblems(manifest) {
  const { AppManifestUtils } = require("@microsoft/app-manifest");
  const version = `v${manifest.manifestVersion}`;
  const schemaPath = join(
    dirname(require.resolve("@microsoft/app-manifest/package.json")),
    "build",
    "json-schemas",
    "teams",
    version,
    "MicrosoftTeams.schema.json",
  );
  const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
  return AppManifestUtils.validateAgainstSchema(manifest, schema);
}

/** The zip Teams takes: manifest.json, color.png and outline.png at its root. */
export async function teamsPackage(appId) {
  const manifest = manifestFor(appId);
  const problems = await schemaProblems(manifest);
  if (problems.length > 0) throw new Error(`the Teams manifest does not validate:\n${problems.join("\n")}`);
  return zipSync({
    "manifest.json": new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`),
    "color.png": readFileSync(join(source, manifest.icons.color)),
    "outline.png": readFileSync(join(source, manifest.icons.outline)),
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const appId = process.env.MICROSOFT_APP_ID ?? "";
  if (!GUID.test(appId)) {
    process.stderr.write(
      "package:teams: set MICROSOFT_APP_ID to the Azure Bot's Microsoft App ID (a GUID), e.g. MICROSOFT_APP_ID=… npm run package:teams\n",
    );
    process.exit(78);
  }
  const out = join(root, "dist", "teams");
  mkdirSync(out, { recursive: true });
  const file = join(out, "sla-desk-teams.zip");
  writeFileSync(file, await teamsPackage(appId));
  process.stdout.write(
    `package:teams: wrote ${file}; upload it in Teams (Apps, Manage your apps, Upload an app).\n`,
  );
}

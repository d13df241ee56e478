#!/usr/bin/env node
// `npm run playground`: the desk in local Teams mode beside Microsoft 365 Agents Playground, a local Teams
// client that needs no tenant. Open the printed address; post `@Test Bot new <what happened>` in the group
// chat, work the ticket from the card in the team's General channel, `home` in the personal chat.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * The desk's configuration for the playground's mock tenant: its group chat is a customer's chat, its
 * team's first channel the triage channel, and its signed-in user the lead agent and on-call.
 */
export function playgroundDeskConfig(playground) {
  const team = playground.teams[0];
  const user = playground.currentUser;
  const me = { platform: "teams", id: user.aadObjectId ?? user.id };
  return {
    triage: { platform: "teams", conversation: team.channels[0].id },
    customers: [
      {
        id: "playground",
        name: "Playground customer",
        channels: playground.groupChats.map((chat) => ({ platform: "teams", conversation: chat.id })),
      },
    ],
    agents: [{ ...me, name: user.name, role: "lead" }],
    oncall: { zone: "UTC", handover: "mon 09:00", since: "2026-01-05", people: [me] },
  };
}

async function playgroundConfig(url, attempts = 300) {
  for (let i = 0; i < attempts; i++) {
    try {
      const response = await fetch(`${url}/_internal/v1/config`);
      if (response.ok) return (await response.json()).config;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Agents Playground did not start at ${url}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const deskPort = process.env.TEAMS_PORT ?? "3978";
  const playgroundPort = process.env.PLAYGROUND_PORT ?? "56150";
  const data = process.env.PLAYGROUND_DATA ?? join(root, "data");
  const url = `http://127.0.0.1:${playgroundPort}`;
  const cli = require.resolve("@microsoft/m365agentsplayground/cli.js");
  const children = [];
  const stop = (code) => {
    for (const child of children) child.kill("SIGTERM");
    process.exitCode = code;
  };
  const playground = spawn(
    process.execPath,
    [
      cli,
      "start",
      "-e",
      `http://127.0.0.1:${deskPort}/api/messages`,
      "-c",
      "msteams",
      "--dt",
      "-p",
      playgroundPort,
    ],
    {
      env: { ...process.env, TEAMSAPPTESTER_BROWSER: process.env.TEAMSAPPTESTER_BROWSER ?? "none" },
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  children.push(playground);
  playground.once("exit", (code) => stop(code ?? 0));
  const config = playgroundDeskConfig(await playgroundConfig(url));
  mkdirSync(data, { recursive: true });
  const configPath = join(data, "playground.json");
  writeFileSync(configPath, `${JSON.stringify(config, null, 2)}\n`);
  const desk = spawn(process.execPath, [join(root, "bin", "sla-desk.js"), "serve"], {
    env: {
      ...process.env,
      SLA_DESK_TEAMS: "local",
      TEAMS_PORT: deskPort,
      SLA_DESK_CONFIG: configPath,
      SLA_DESK_STORE: process.env.SLA_DESK_STORE ?? join(data, "playground.sqlite"),
      METRICS_PORT: process.env.METRICS_PORT ?? "off",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  children.push(desk);
  desk.once("exit", (code) => stop(code ?? 0));
  process.stdout.write(
    `playground: open ${url} (a Teams client on this machine; the desk answers as Test Bot).\n`,
  );
  for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => stop(0));
}

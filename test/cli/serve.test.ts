import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { FakeConnector } from "../fakes/fake-connector.js";
import { FakeSlack } from "../fakes/fake-slack.js";
import { C_ACME, DESK_CONFIG, U_CARLA } from "../support/desk.js";
import { BOT, CONTOSO_CHAT, TEAMS_PEOPLE } from "../support/teams-desk.js";

const bin = join(import.meta.dirname, "..", "..", "bin", "sla-desk.js");

/** The environment without any store, configuration or chat setting of the machine running the tests. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env))
    if (
      /^(SLA_DESK_|SLACK_|MICROSOFT_|TEAMS_|REDIS_URL|DATABASE_URL|PORT$|METRICS_PORT|LOG_LEVEL)/.test(name)
    )
      delete env[name];
  return env;
}

/** Runs serve to its exit without blocking the test's event loop (a fake Slack answers in it). */
function run(
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [bin, "serve"], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  const timer = setTimeout(() => child.kill("SIGKILL"), 45_000);
  return new Promise((resolve) =>
    child.once("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    }),
  );
}

// Bounds for a loaded machine, not for how fast this one is: a desk readies its English model and the
// wording layer (every labelled message) before it connects, which takes several times longer when the
// machine is busy.
const WAIT_AT_MOST = 120_000;
const WHOLE_RUN_WITHIN = 300_000;

/** Runs the local desk on what a terminal types, to its end, which must be a clean exit. */
function serve(cwd: string, input: string) {
  const env = { ...cleanEnv(), METRICS_PORT: "0" };
  const result = spawnSync(process.execPath, [bin, "serve"], {
    cwd,
    input,
    env,
    encoding: "utf8",
    timeout: WAIT_AT_MOST,
  });
  expect(result.status).toBe(0);
  return result;
}

describe("sla-desk serve (what `npm start` runs) without chat credentials", () => {
  it(
    "runs the local desk on an SQLite file it creates, and keeps the tickets across a restart",
    () => {
      const cwd = mkdtempSync(join(tmpdir(), "sla-desk-serve-"));
      const first = serve(
        cwd,
        "Our checkout is down for all users, nobody can pay\n:agent\n/ticket claim T-1\n",
      );
      expect(first.stdout).toContain("tickets in SQLite file ./data/sla-desk.sqlite");
      expect(first.stdout).toContain("We have opened T-1. Priority: P2 (Major), suggested.");
      expect(first.stdout).toContain("You claimed T-1.");
      const second = serve(
        cwd,
        ":agent\n/ticket status T-1\nAnother thing is broken\n:client\nExports fail\n:agent\n:click Priority: P1\n:home\n",
      );
      expect(second.stdout).toMatch(
        /T-1: Our checkout is down for all users, nobody can pay\n\s+In progress, with Agent\./,
      );
      expect(second.stdout).toContain("We have opened T-2.");
      expect(second.stdout).toContain("[Priority: P1|P2|P3|P4|P5]");
      expect(second.stdout).toMatch(/Priority: P1 \(Critical\), set by Agent/);
      expect(second.stdout).toMatch(/Your support queue\n\s+On call: Agent/);
      expect(second.stdout).toMatch(/Your open tickets \(1\), most urgent first:\n\s+T-1 \[P2\]/);
      expect(second.stdout).toMatch(/Unclaimed \(1\), most urgent first:\n\s+T-2 \[P1\] Exports fail: /);
      // The P2 pages the on-call exactly once: in the first run if its tick came after the ticket,
      // else in the restarted desk's first tick.
      const pages = `${first.stdout}${second.stdout}`.match(
        /@Agent \(direct\)\n\s+Page: T-1 \(P2, Demo Customer\)/g,
      );
      expect(pages).toHaveLength(1);
      // A typo of a local command opens nothing; a click inside a ticket's thread acts on that ticket,
      // though another ticket's card was shown later; threads are named by their ticket.
      const third = serve(
        cwd,
        ":agnet\n:agent\n:in T-1\n:click Resolve\n/ticket status T-1\n/ticket status T-3\n",
      );
      expect(third.stdout).toContain('Unknown command ":agnet". :help lists what local mode understands.');
      expect(third.stdout).toContain("Agent in #triage › T-1> ");
      expect(third.stdout).toMatch(
        /T-1: Our checkout is down for all users, nobody can pay\n\s+Resolved, with Agent\./,
      );
      expect(third.stdout).toContain("There is no ticket T-3.");
      // The log is a file beside the tickets, not the chat.
      expect(`${first.stderr}${second.stderr}${third.stderr}`).toBe("");
      const log = readFileSync(join(cwd, "data", "sla-desk.log"), "utf8");
      expect(log).not.toMatch(/"level":"(warn|error)"/);
    },
    WHOLE_RUN_WITHIN,
  );

  it("refuses an invalid configuration file with exit 78, naming the problem, and starts nothing", () => {
    const cwd = mkdtempSync(join(tmpdir(), "sla-desk-serve-"));
    const env = { ...cleanEnv(), SLA_DESK_CONFIG: join(cwd, "missing.yaml") };
    const result = spawnSync(process.execPath, [bin, "serve"], { cwd, env, input: "", encoding: "utf8" });
    expect(result.status).toBe(78);
    expect(result.stderr).toMatch(
      /^sla-desk: the desk configuration is invalid: cannot read .*missing\.yaml: ENOENT/,
    );
    expect(existsSync(join(cwd, "data"))).toBe(false);
  });

  it("refuses with exit 78 a configuration whose contract has no such plan, or whose policy file is not a policy", () => {
    const cwd = mkdtempSync(join(tmpdir(), "sla-desk-serve-"));
    const triage = "triage: { platform: slack, conversation: C0T }\n";
    writeFileSync(join(cwd, "bad-policy.yaml"), "id: broken\n");
    const cases = [
      [
        `${triage}customers:\n  - { id: a, policy: celigo, plan: gold, channels: [{ platform: slack, conversation: C1 }] }\n`,
        'sla-desk: sla-desk.yaml cannot be used: policy celigo has no plan "gold": use one of essential, preferred, premier',
      ],
      [
        `${triage}policyFiles: [./bad-policy.yaml]\n`,
        "sla-desk: sla-desk.yaml cannot be used: ./bad-policy.yaml is invalid: ",
      ],
    ];
    for (const [config, message] of cases) {
      writeFileSync(join(cwd, "sla-desk.yaml"), config as string);
      const result = spawnSync(process.execPath, [bin, "serve"], {
        cwd,
        env: cleanEnv(),
        input: "",
        encoding: "utf8",
      });
      expect(result.status).toBe(78);
      expect(result.stderr.startsWith(message as string)).toBe(true);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(existsSync(join(cwd, "data"))).toBe(false);
    }
  });

  it.each([
    [{ PORT: "abc" }, "the environment is invalid: PORT must be a port number, e.g. 3000"],
    [
      { SLA_DESK_SQLITE_SYNC: "fulll" },
      "the environment is invalid: SLA_DESK_SQLITE_SYNC must be normal or full",
    ],
    [{ METRICS_PORT: "99999" }, "the environment is invalid: METRICS_PORT must be a port number"],
    [
      { LOG_LEVEL: "loud" },
      "the environment is invalid: LOG_LEVEL must be one of debug, info, warn, error, silent",
    ],
    [
      { SLACK_BOT_TOKEN: "xoxb-1-2" },
      "the environment is invalid: set SLACK_APP_TOKEN (Socket Mode, no public URL needed) or SLACK_SIGNING_SECRET (HTTP mode) beside SLACK_BOT_TOKEN",
    ],
    [
      { SLACK_BOT_TOKEN: "xapp-1-2", SLACK_APP_TOKEN: "xapp-1-2" },
      "the environment is invalid: SLACK_BOT_TOKEN must be the Bot User OAuth Token (xoxb-…)",
    ],
    [
      { MICROSOFT_APP_ID: "sla-desk" },
      "the environment is invalid: MICROSOFT_APP_ID must be the Azure Bot's Microsoft App ID, a GUID",
    ],
    [
      { MICROSOFT_APP_ID: "0b6e0bd3-1f5e-4c51-9e4e-3bb5d1a7e0a1", MICROSOFT_APP_PASSWORD: "s3cret-value" },
      "the environment is invalid: MICROSOFT_APP_TENANT_ID is missing: a SingleTenant app needs its tenant",
    ],
    [
      { MICROSOFT_APP_ID: "0b6e0bd3-1f5e-4c51-9e4e-3bb5d1a7e0a1", MICROSOFT_APP_TYPE: "MultiTenant" },
      "the environment is invalid: MICROSOFT_APP_PASSWORD is missing: the client secret of the app registration",
    ],
    [
      { MICROSOFT_APP_PASSWORD: "s3cret-value" },
      "the environment is invalid: MICROSOFT_APP_ID is missing: Teams needs the app's id too",
    ],
    [{ TEAMS_PORT: "http" }, "the environment is invalid: TEAMS_PORT must be a port number"],
  ])("refuses the environment %o with exit 78 and one line naming the fix", (variables, message) => {
    const cwd = mkdtempSync(join(tmpdir(), "sla-desk-serve-"));
    const result = spawnSync(process.execPath, [bin, "serve"], {
      cwd,
      env: { ...cleanEnv(), ...variables },
      input: "",
      encoding: "utf8",
    });
    expect(result.status).toBe(78);
    expect(result.stderr.startsWith(`sla-desk: ${message}`)).toBe(true);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stdout).toBe("");
    expect(existsSync(join(cwd, "data"))).toBe(false);
  });
});

describe("one SQLite file, one desk", () => {
  it(
    "refuses a second desk on the file a running desk uses, and takes over at once from one that crashed",
    async () => {
      const cwd = mkdtempSync(join(tmpdir(), "sla-desk-serve-"));
      const env = { ...cleanEnv(), METRICS_PORT: "0" };
      // The first desk waits for terminal input, which never comes.
      const first = spawn(process.execPath, [bin, "serve"], { cwd, env, stdio: ["pipe", "pipe", "pipe"] });
      let output = "";
      first.stdout.on("data", (chunk) => {
        output += chunk;
      });
      const exited = new Promise((resolve) => first.once("exit", resolve));
      try {
        await vi.waitFor(() => expect(output).toContain("tickets in SQLite file"), {
          timeout: WAIT_AT_MOST,
          interval: 20,
        });
        const second = await run(cwd, env);
        expect(second.status).toBe(78);
        expect(second.stderr).toMatch(
          new RegExp(
            `^sla-desk: another desk \\(pid ${first.pid} on .+, running since .+\\) is using .*sla-desk\\.sqlite: stop that desk first, or give this one a file of its own \\(SLA_DESK_STORE\\)`,
          ),
        );
        expect(second.stderr.trim().split("\n")).toHaveLength(1);
        first.kill("SIGKILL");
        await exited;
        const after = await run(cwd, env);
        expect(after.status).toBe(0);
        expect(after.stdout).toContain("tickets in SQLite file");
      } finally {
        first.kill("SIGKILL");
      }
    },
    WHOLE_RUN_WITHIN,
  );
});

describe("sla-desk serve with Slack credentials Slack refuses", () => {
  it.each([
    [
      "the bot token",
      "xoxb-revoked",
      "Slack refused SLACK_BOT_TOKEN (invalid_auth): copy the Bot User OAuth Token",
    ],
    [
      "the app token",
      "xapp-revoked",
      "Slack refused SLACK_APP_TOKEN: create an app-level token with connections:write",
    ],
  ])(
    "exits 78 with one line when Slack refuses %s, and opens no store",
    async (_what, refused, message) => {
      const slack = await new FakeSlack().start();
      slack.refusedTokens.add(refused);
      const cwd = mkdtempSync(join(tmpdir(), "sla-desk-serve-"));
      writeFileSync(join(cwd, "sla-desk.yaml"), JSON.stringify(DESK_CONFIG));
      try {
        const result = await run(cwd, {
          ...cleanEnv(),
          SLACK_BOT_TOKEN: refused.startsWith("xoxb") ? refused : "xoxb-good",
          SLACK_APP_TOKEN: refused.startsWith("xapp") ? refused : "xapp-good",
          SLACK_API_URL: slack.apiUrl,
          METRICS_PORT: "off",
        });
        expect(result.status).toBe(78);
        expect(result.stderr.startsWith(`sla-desk: ${message}`)).toBe(true);
        expect(result.stderr.trim().split("\n")).toHaveLength(1);
        expect(result.stderr).not.toContain("revoked");
        expect(existsSync(join(cwd, "data"))).toBe(false);
      } finally {
        await slack.stop();
      }
    },
    60_000,
  );
});

/** Starts serve in a fresh directory with this configuration, collecting everything it prints. */
function startDesk(config: unknown, env: NodeJS.ProcessEnv) {
  const cwd = mkdtempSync(join(tmpdir(), "sla-desk-serve-"));
  writeFileSync(join(cwd, "sla-desk.yaml"), JSON.stringify(config));
  const child = spawn(process.execPath, [bin, "serve"], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  const desk = { printed: "", exited: new Promise<number | null>((resolve) => child.once("exit", resolve)) };
  const collect = (chunk: Buffer) => {
    desk.printed += chunk;
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  return {
    desk,
    terminate: () => {
      child.kill("SIGTERM");
      return desk.exited;
    },
    kill: () => child.kill("SIGKILL"),
  };
}

const within = (interval: number) => ({ timeout: WAIT_AT_MOST, interval });

/** A client's message in the Acme channel, as Slack delivers it over Socket Mode. */
function clientPostsInSlack(slack: FakeSlack, eventId: string, ts: string) {
  return slack.sendEnvelope("events_api", {
    type: "event_callback",
    event_id: eventId,
    team_id: "T0TEAM",
    api_app_id: "A0DESK",
    event: {
      type: "message",
      channel: C_ACME,
      user: U_CARLA.id,
      text: "Our checkout is down for all users",
      ts,
    },
  });
}

async function readiness(printed: string) {
  const health = Number(/health and metrics on port (\d+)/.exec(printed)?.[1]);
  return (await fetch(`http://127.0.0.1:${health}/readyz`)).json();
}

const SLACK_TOKENS = { SLACK_BOT_TOKEN: "xoxb-secret-bot-token", SLACK_APP_TOKEN: "xapp-secret-app-token" };

describe("sla-desk serve on Slack and Teams at once", () => {
  it(
    "takes a Slack message and a Teams activity in one process, answers each on its platform, and stops on SIGTERM",
    async () => {
      const slack = await new FakeSlack().start();
      const connector = await new FakeConnector().start();
      const contoso = {
        id: "contoso",
        name: "Contoso",
        channels: [{ platform: "teams", conversation: CONTOSO_CHAT }],
      };
      const { desk, terminate, kill } = startDesk(
        { ...DESK_CONFIG, customers: [...(DESK_CONFIG.customers ?? []), contoso] },
        {
          ...cleanEnv(),
          ...SLACK_TOKENS,
          SLACK_API_URL: slack.apiUrl,
          SLA_DESK_TEAMS: "local",
          TEAMS_PORT: "0",
          METRICS_PORT: "0",
        },
      );
      try {
        await vi.waitFor(
          () => expect(desk.printed).toMatch(/on Teams \(local try-out.*port (\d+)/),
          within(50),
        );
        await vi.waitFor(() => expect(slack.socketConnected).toBe(true), within(50));
        const teamsPort = Number(/on Teams \(.*port (\d+)/.exec(desk.printed)?.[1]);
        const answer = await fetch(`http://127.0.0.1:${teamsPort}/api/messages`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            type: "message",
            id: "teams-serve-1",
            serviceUrl: connector.url,
            channelId: "msteams",
            from: TEAMS_PEOPLE.carl,
            recipient: BOT,
            conversation: { id: CONTOSO_CHAT, conversationType: "groupChat", tenantId: "tenant-1" },
            text: "The export to Excel fails for all of us",
          }),
        });
        expect(answer.status).toBe(200);
        await clientPostsInSlack(slack, "EvServeBoth", "1700000000.000002");
        await vi.waitFor(() => expect(slack.posted(C_ACME, "1700000000.000002")).toHaveLength(1), within(20));
        await vi.waitFor(() => expect(connector.posted(CONTOSO_CHAT)).toHaveLength(1), within(20));
        expect(FakeConnector.textOf(connector.posted(CONTOSO_CHAT)[0])).toMatch(/We have opened T-\d+/);
        expect(await readiness(desk.printed)).toMatchObject({
          ready: true,
          components: { slack: { up: true }, teams: { up: true } },
        });
        expect(await terminate()).toBe(0);
      } finally {
        kill();
        await slack.stop();
        await connector.stop();
      }
    },
    WHOLE_RUN_WITHIN,
  );
});

describe("sla-desk serve with Slack credentials", () => {
  it(
    "connects over Socket Mode to the Web API SLACK_API_URL names, opens tickets, and stops on SIGTERM",
    async () => {
      const slack = await new FakeSlack().start();
      const { desk, terminate, kill } = startDesk(DESK_CONFIG, {
        ...cleanEnv(),
        ...SLACK_TOKENS,
        SLACK_API_URL: slack.apiUrl,
        METRICS_PORT: "0",
      });
      try {
        await vi.waitFor(() => expect(slack.socketConnected).toBe(true), within(50));
        await clientPostsInSlack(slack, "EvServe1", "1700000000.000001");
        await vi.waitFor(() => expect(slack.posted(C_ACME, "1700000000.000001")).toHaveLength(1), within(20));
        expect(desk.printed).toContain("sla-desk: on Slack (Socket Mode).");
        // The health listener runs in Socket Mode too, and is ready while the socket is connected.
        await vi.waitFor(
          async () =>
            expect(await readiness(desk.printed)).toMatchObject({
              ready: true,
              components: { slack: { up: true } },
            }),
          within(50),
        );
        expect(await terminate()).toBe(0);
        expect(desk.printed).not.toContain("secret");
      } finally {
        kill();
        await slack.stop();
      }
    },
    WHOLE_RUN_WITHIN,
  );
});

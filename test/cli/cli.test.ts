import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { cli } from "../support/cli.js";

async function tempFile(name: string, text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "sla-desk-"));
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

describe("sla-desk due", () => {
  it("prints one JSON object with every metric's due instant or null", async () => {
    const { code, out } = await cli([
      "due",
      "--policy",
      "cm-connect-engage",
      "--priority",
      "P1",
      "--opened",
      "2025-03-28T16:45:00+01:00",
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      policy: "cm-connect-engage",
      plan: null,
      priority: "P1",
      opened: "2025-03-28T16:45:00+01:00",
      targets: {
        first_response: "2025-03-31T09:15:00+02:00",
        follow_up: null,
        update: "2025-03-28T17:00:00+01:00",
        workaround: null,
        resolution: null,
      },
    });
  });
  it("reads a time without an offset in the policy's zone and names the plan", async () => {
    const { out } = await cli([
      "due",
      "--policy",
      "celigo",
      "--plan",
      "premier",
      "--priority",
      "urgent",
      "--opened",
      "2025-06-12T10:00",
    ]);
    expect(JSON.parse(out)).toMatchObject({ plan: "premier", opened: "2025-06-12T10:00:00-07:00" });
  });
  it.each([
    [
      ["due", "--policy", "cm-connect-engage", "--priority", "P9", "--opened", "2025-06-10T10:00:00Z"],
      /no priority "P9": use one of P1, P2/,
    ],
    [["due", "--policy", "cm-connect-engage", "--priority", "P1"], /--opened is required/],
    [
      ["due", "--policy", "cm-connect-engage", "--priority", "P1", "--opened", "tomorrow"],
      /"tomorrow" is not an ISO-8601/,
    ],
    [["due", "--policy", "acme", "--priority", "P1", "--opened", "2025-06-10T10:00:00Z"], /no policy "acme"/],
    [
      [
        "due",
        "--policy",
        "celigo",
        "--plan",
        "gold",
        "--priority",
        "low",
        "--opened",
        "2025-06-10T10:00:00Z",
      ],
      /no plan "gold"/,
    ],
    [
      [
        "due",
        "--policy",
        "kissflow",
        "--plan",
        "gold",
        "--priority",
        "low",
        "--opened",
        "2025-06-10T10:00:00Z",
      ],
      /has no plans/,
    ],
    [["due", "--colour", "blue"], /Unknown option '--colour'/],
    [["frobnicate"], /unknown command "frobnicate"/],
  ])("refuses %j with one line and exit code 2", async (argv, message) => {
    const { code, out, err } = await cli(argv);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(message);
    expect(err.trim().split("\n")).toHaveLength(1);
  });
});

describe("sla-desk due --batch", () => {
  it("answers each line in order; a bad line yields an error and the rest still run", async () => {
    const lines = [
      { policy: "kissflow", priority: "critical", opened: "2025-06-10T10:00:00+05:30" },
      "not json",
      { policy: "kissflow", priority: "urgent", opened: "2025-06-10T10:00:00+05:30" },
      { policy: "nope", priority: "P1", opened: "2025-06-10T10:00:00Z" },
      { policy: "kissflow", opened: "2025-06-10T10:00:00+05:30" },
      { priority: "P2", opened: "2025-06-10T10:00:00+02:00" },
      {
        policy: "managed-helpdesk",
        priority: "P6",
        opened: "2025-06-10T10:00:00-04:00",
        scheduled: "2025-06-20T09:00:00-04:00",
      },
    ];
    const input = `${lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n")}\n`;
    const { code, out } = await cli(["due", "--batch", "--policy", "cm-connect-engage"], input);
    expect(code).toBe(0);
    const answers = out
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(answers).toHaveLength(7);
    expect(answers[0].targets.resolution).toBe("2025-06-12T10:00:00+05:30");
    expect(answers[1]).toEqual({ error: "line 2: not a JSON object" });
    expect(answers[2].error).toMatch(/^line 3: .*no priority "urgent"/);
    expect(answers[3].error).toMatch(/^line 4: no policy "nope"/);
    expect(answers[4].error).toBe('line 5: "priority" is missing');
    expect(answers[5]).toMatchObject({
      policy: "cm-connect-engage",
      targets: { first_response: "2025-06-10T11:00:00+02:00" },
    });
    expect(answers[6].targets.first_response).toBe("2025-06-20T09:00:00-04:00");
  });
});

describe("sla-desk replay", () => {
  const events = [
    { at: "2025-06-10T10:00:00+02:00", type: "opened", priority: "P1" },
    { at: "2025-06-10T10:20:00+02:00", type: "update_posted" },
  ];
  it("reads events from a file (JSON array) and prints the clocks at --at", async () => {
    const path = await tempFile("events.json", JSON.stringify(events));
    const { code, out } = await cli([
      "replay",
      "--policy",
      "cm-connect-engage",
      "--at",
      "2025-06-10T10:40:00+02:00",
      "--events",
      path,
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      at: "2025-06-10T10:40:00+02:00",
      metrics: {
        first_response: { state: "met", due: "2025-06-10T11:00:00+02:00", breaches: 0 },
        update: { state: "breached", due: "2025-06-10T10:35:00+02:00", breaches: 2 },
      },
    });
  });
  it("reads JSON lines from stdin", async () => {
    const input = events.map((e) => JSON.stringify(e)).join("\n");
    const { code, out } = await cli(["replay", "--policy", "cm-connect-engage", "--events", "-"], input);
    expect(code).toBe(0);
    expect(JSON.parse(out).metrics.update).toEqual({
      state: "running",
      due: "2025-06-10T10:35:00+02:00",
      breaches: 1,
    });
  });
  it("refuses a bad event with its position", async () => {
    const { code, err } = await cli(
      ["replay", "--policy", "cm-connect-engage", "--events", "-"],
      '{"at":"2025-06-10T10:00:00Z","type":"exploded"}',
    );
    expect(code).toBe(2);
    expect(err).toMatch(/event 1: type/);
  });
});

describe("sla-desk policy", () => {
  it("lists the presets", async () => {
    const { code, out } = await cli(["policy", "list"]);
    expect(code).toBe(0);
    for (const id of ["kongo-hubspot", "celigo", "cm-connect-engage", "managed-helpdesk", "kissflow"])
      expect(out).toContain(id);
  });
  it("shows a preset as YAML that checks as a valid policy file", async () => {
    const shown = await cli(["policy", "show", "celigo", "--yaml"]);
    expect(shown.out).toContain("zone: America/Los_Angeles");
    const path = await tempFile("celigo.yaml", shown.out);
    const checked = await cli(["policy", "check", path]);
    expect(checked.code).toBe(0);
    expect(checked.out).toContain("policy celigo is valid");
    const due = await cli([
      "due",
      "--policy",
      path,
      "--plan",
      "premier",
      "--priority",
      "urgent",
      "--opened",
      "2025-06-12T10:00:00-07:00",
    ]);
    expect(JSON.parse(due.out).targets.first_response).toBe("2025-06-12T11:00:00-07:00");
  });
  it("check exits 1 and lists every schema error of a bad file", async () => {
    const path = await tempFile(
      "bad.yaml",
      "id: bad\nname: Bad\ncalendars:\n  main: { zone: Nowhere/City, hours: 24x7, hoursPerDay: 24 }\npriorities: [P1]\ntargets:\n  - { metric: first_response, amount: 1 hour, calendar: night }\n",
    );
    const { code, err } = await cli(["policy", "check", path]);
    expect(code).toBe(1);
    expect(err).toContain("calendars.main.zone: not an IANA time zone");
    expect(err).toContain('targets.0.calendar: unknown calendar "night"');
  });
  it("check exits 1 for a file that is not YAML, and 2 for a file that is missing", async () => {
    const path = await tempFile("broken.yaml", "id: [unclosed\n");
    expect((await cli(["policy", "check", path])).code).toBe(1);
    const missing = await cli(["policy", "check", "/nonexistent/policy.yaml"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/no such file/);
  });
});

describe("the installed command", () => {
  const exec = promisify(execFile);
  const bin = join(import.meta.dirname, "../../bin/sla-desk.js");
  it("runs from the compiled build and exits 2 without a stack trace on bad input", async () => {
    const due = (opened: string) =>
      exec("node", [bin, "due", "--policy", "kissflow", "--priority", "low", "--opened", opened]);
    const ok = await due("2025-06-14T12:00:00+05:30");
    expect(JSON.parse(ok.stdout).targets.first_response).toBe("2025-06-18T00:00:00+05:30");
    const bad = await due("2025-02-30T10:00:00Z").catch((error: { code: number; stderr: string }) => error);
    expect(bad).toMatchObject({ code: 2 });
    expect((bad as { stderr: string }).stderr).toMatch(
      /^sla-desk: "2025-02-30T10:00:00Z" is not an ISO-8601 date-time/,
    );
    expect((bad as { stderr: string }).stderr).not.toMatch(/\n\s+at /);
  });
});

describe("sla-desk classify", () => {
  it("suggests a priority with a confidence and the reasons, from an argument or stdin", async () => {
    const fromArgs = await cli([
      "classify",
      "--policy",
      "managed-helpdesk",
      "Feature request: dark mode for the portal",
    ]);
    expect(fromArgs.code).toBe(0);
    expect(JSON.parse(fromArgs.out)).toMatchObject({
      priority: "P6",
      reasons: ['a feature request ("Feature request")'],
    });
    const fromStdin = await cli(["classify", "--policy", "kissflow"], "Kissflow is down, nobody can log in");
    expect(JSON.parse(fromStdin.out).priority).toBe("critical");
    expect(typeof JSON.parse(fromStdin.out).confidence).toBe("number");
  });
  it("refuses an empty message", async () => {
    const { code, err } = await cli(["classify", "--policy", "kissflow"], "  ");
    expect(code).toBe(2);
    expect(err).toMatch(/give the message text/);
  });
});

describe("sla-desk config check", () => {
  const valid = `triage: { platform: slack, conversation: C0TRIAGE }
customers:
  - id: acme
    name: Acme
    policy: celigo
    plan: premier
    channels: [{ platform: slack, conversation: C0ACME }]
agents:
  - { platform: slack, id: U0ALICE, role: lead }
  - { platform: slack, id: U0BOB }
`;

  it("says what a valid configuration sets up, and starts nothing", async () => {
    const path = await tempFile("sla-desk.yaml", valid);
    const { code, out } = await cli(["config", "check", path]);
    expect(code).toBe(0);
    expect(out).toBe(
      `${path} is valid: 1 customer(s) on 1 channel(s), 2 agent(s) (1 lead(s)), triage in slack:C0TRIAGE. The environment is valid too.\n`,
    );
  });

  it("lists every problem of an invalid file, each on its own line, and exits 78", async () => {
    const path = await tempFile(
      "sla-desk.yaml",
      valid.replace("plan: premier", "plan: premium").replace("role: lead", "role: boss"),
    );
    const { code, err } = await cli(["config", "check", path]);
    expect(code).toBe(78);
    expect(err.split("\n")[0]).toBe(`sla-desk: ${path} cannot be used as it is:`);
    expect(err).toContain(`  ${path}: agents.0.role:`);
    const plan = await tempFile("sla-desk.yaml", valid.replace("plan: premier", "plan: premium"));
    const planned = await cli(["config", "check", plan]);
    expect(planned.code).toBe(78);
    expect(planned.err).toMatch(/premium/);
  });

  it("exits 78 for a file that cannot be read, and 2 for a wrong use", async () => {
    const missing = await cli(["config", "check", "/nonexistent/sla-desk.yaml"]);
    expect(missing.code).toBe(78);
    expect(missing.err).toContain("cannot read /nonexistent/sla-desk.yaml: ENOENT");
    expect((await cli(["config", "verify"])).code).toBe(2);
  });
});

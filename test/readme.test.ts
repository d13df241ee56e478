import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { dueTargets } from "../src/application/due-targets.js";
import { run } from "../src/cli/main.js";
import { ConfigDirectory } from "../src/config/config-directory.js";
import { parseDeskConfig, policyRegistry } from "../src/config/load-desk-config.js";
import { Policy } from "../src/domain/sla/policy.js";

describe("the README's example policy", () => {
  it("is a valid policy that means what the README says", async () => {
    const readme = await readFile(join(import.meta.dirname, "../README.md"), "utf8");
    const yaml = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map((m) => m[1])
      .find((y) => y?.includes("calendars:"));
    expect(yaml).toBeDefined();
    const policy = Policy.fromDocument(parse(yaml as string), "README example");
    const opened = "2025-06-10T10:00:00+02:00";
    expect(dueTargets(policy, { plan: "gold", priority: "P2", opened }).targets.first_response).toBe(
      "2025-06-10T11:00:00+02:00",
    );
    expect(dueTargets(policy, { priority: "P2", opened }).targets.first_response).toBe(
      "2025-06-10T14:00:00+02:00",
    );
    expect(dueTargets(policy, { priority: "P1", opened }).targets.first_response).toBe(
      "2025-06-10T10:30:00+02:00",
    );
    // 2025-12-31 is listed as a holiday: a P3 raised on the 30th at 16:00 waits until 2 January.
    expect(
      dueTargets(policy, { priority: "P3", opened: "2025-12-30T16:00:00+01:00" }).targets.first_response,
    ).toBe("2026-01-02T11:30:00+01:00");
  });
});

describe("the README's example configuration", () => {
  it("is a valid desk configuration that starts: its policies and plans exist", async () => {
    const readme = await readFile(join(import.meta.dirname, "../README.md"), "utf8");
    // Indented blocks (inside a numbered step) are unindented first.
    const configs = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map((m) => {
        const block = m[1] ?? "";
        const indent = /^ */.exec(block)?.[0] ?? "";
        return block.replace(new RegExp(`^${indent}`, "gm"), "");
      })
      .filter((y) => y.includes("triage:"))
      .map((y) => parseDeskConfig(parse(y)));
    expect(configs).toHaveLength(3);
    // What `serve` does with a configuration before it takes a request.
    for (const config of configs) new ConfigDirectory(config, await policyRegistry(config));
    const [full, slack, teams] = configs;
    expect(teams?.triage.platform).toBe("teams");
    expect(teams?.customers[0]?.channels.map((c) => c.platform)).toEqual(["teams", "slack"]);
    expect(full?.customers.map((c) => c.id)).toEqual(["acme", "globex"]);
    expect(full?.agents.find((a) => a.id === "U0BOB")?.role).toBe("lead");
    expect(slack?.customers[0]?.channels[0]?.conversation).toBe("C0ACMESUPPORT");
  });
});

describe("the README's command-line example", () => {
  it("prints what the README shows", async () => {
    const readme = await readFile(join(import.meta.dirname, "../README.md"), "utf8");
    const example = /```sh\nnpx sla-desk (due [^\n]+)\n```\n```json\n([\s\S]*?)```/.exec(readme);
    expect(example).not.toBeNull();
    const [, command = "", shown = ""] = example ?? [];
    const printed: string[] = [];
    const io = { out: (text: string) => printed.push(text), err: () => {}, readInput: async () => "" };
    expect(await run(command.split(" "), io)).toBe(0);
    expect(JSON.parse(printed.join(""))).toEqual(JSON.parse(shown));
  });
});

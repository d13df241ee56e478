import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(join(root, dir), { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** The composition root wires adapters to the core; it is the one place allowed to know both. */
const COMPOSITION_ROOT = "src/main.ts";

const checker = join(root, "scripts", "check-layers.mjs");

function checkLayers(project?: string) {
  return spawnSync(process.execPath, [checker, ...(project === undefined ? [] : ["--root", project])], {
    encoding: "utf8",
  });
}

describe("the layering (DESIGN.md), checked by npm run lint", () => {
  it("holds for the desk: each layer uses only what its allow-list names", () => {
    const result = checkLayers();
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("catches what a regex misses: type-only imports, re-exports, createRequire, dynamic and computed imports", async () => {
    const project = await mkdtemp(join(tmpdir(), "sla-desk-layers-"));
    const files: Record<string, string> = {
      "tsconfig.json": JSON.stringify({
        compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", strict: true },
        include: ["src", "adapters"],
      }),
      "src/ports/gateway.ts": "export interface Gateway { send(): void }\n",
      "src/domain/ok.ts": "export const ok = 1;\n",
      "src/domain/typed.ts":
        'import type { Gateway } from "../ports/gateway.js";\nexport type G = Gateway;\n',
      "src/domain/reexport.ts": 'export { thing } from "../../adapters/thing.js";\n',
      "src/domain/type-query.ts": 'export type T = import("../application/use.js").Use;\n',
      "src/application/use.ts":
        'import { createRequire } from "node:module";\nconst load = createRequire(import.meta.url);\nexport const sdk = load("@slack/bolt");\nexport type Use = number;\n',
      "src/application/dynamic.ts":
        'export const later = () => import("../../adapters/thing.js");\nconst name = "pg";\nexport const computed = () => import(name);\n',
      "src/ports/sdk.ts": 'import "keyv";\nexport {};\n',
      "adapters/thing.ts": 'import { ok } from "../src/domain/ok.js";\nexport const thing = ok;\n',
    };
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(project, path)), { recursive: true });
      await writeFile(join(project, path), text);
    }
    const result = checkLayers(project);
    expect(result.status).toBe(1);
    const lines = result.stderr
      .split("\n")
      .slice(1)
      .map((line) => line.trim())
      .filter(Boolean)
      .sort();
    expect(lines).toEqual([
      'src/application/dynamic.ts:1: application may not use adapters ("../../adapters/thing.js")',
      "src/application/dynamic.ts:3: a module reference the layering check cannot read (use a string literal)",
      'src/application/use.ts:1: application may not use node:module ("node:module")',
      'src/application/use.ts:3: application may not use @slack/bolt ("@slack/bolt")',
      'src/domain/reexport.ts:1: domain may not use adapters ("../../adapters/thing.js")',
      'src/domain/type-query.ts:1: domain may not use application ("../application/use.js")',
      'src/domain/typed.ts:1: domain may not use ports ("../ports/gateway.js")',
      'src/ports/sdk.ts:1: ports may not use keyv ("keyv")',
    ]);
  });
});

describe("the core reads time only through its Clock", () => {
  it("src/ never reads the system clock (the Clock port does)", async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles("src")) {
      if (file === COMPOSITION_ROOT || file.endsWith("system-clock.ts")) continue;
      const text = await readFile(join(root, file), "utf8");
      if (/Date\.now\(\)|new Date\(\)|DateTime\.now\(\)|DateTime\.local\(\)/.test(text)) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });
});

import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
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

describe("the core stays platform-neutral (DESIGN.md)", () => {
  it("src/ imports no chat SDK, no storage package and nothing under adapters/", async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles("src")) {
      if (file === COMPOSITION_ROOT) continue;
      const text = await readFile(join(root, file), "utf8");
      const imports = [...text.matchAll(/from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map(
        (m) => m[1] ?? m[2],
      );
      for (const target of imports) {
        if (/^(@slack\/|botbuilder|keyv|@keyv\/)|(\.\.\/)+adapters\//.test(target ?? ""))
          offenders.push(`${file} → ${target}`);
      }
    }
    expect(offenders).toEqual([]);
  });

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

import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { parse } from "yaml";
import type { Policy } from "../domain/sla/policy.js";
import { presetPolicy } from "../policies/presets.js";
import { InvalidConfigError } from "./config-directory.js";
import { type DeskConfig, deskConfigSchema } from "./desk-config.js";
import { loadPolicy } from "./policy-source.js";

/** Reads and validates the configuration file; every problem is named with its path. */
export async function readDeskConfig(path: string): Promise<DeskConfig> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new InvalidConfigError([
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? "unreadable"}`,
    ]);
  }
  let document: unknown;
  try {
    document = extname(path).toLowerCase() === ".json" ? JSON.parse(text) : parse(text);
  } catch (error) {
    throw new InvalidConfigError([
      `${path} is not valid YAML/JSON: ${String((error as Error).message).split("\n")[0]}`,
    ]);
  }
  return parseDeskConfig(document);
}

export function parseDeskConfig(document: unknown): DeskConfig {
  const parsed = deskConfigSchema.safeParse(document);
  if (!parsed.success) {
    throw new InvalidConfigError(
      parsed.error.issues.map((i) => `${i.path.join(".") || "(top)"}: ${i.message}`),
    );
  }
  return parsed.data;
}

/**
 * Loads every policy the configuration names (preset ids, files by path, `policyFiles`) and returns a lookup
 * by preset id, file path or the file's own `id`, which is what tickets record.
 */
export async function policyRegistry(config: DeskConfig): Promise<(idOrPath: string) => Policy> {
  const loaded = new Map<string, Policy>();
  const named = [config.defaultPolicy, ...config.policyFiles, ...config.customers.map((c) => c.policy)];
  for (const name of named) {
    if (name === undefined || loaded.has(name)) continue;
    const policy = await loadPolicy(name);
    loaded.set(name, policy);
    loaded.set(policy.id, policy);
  }
  return (idOrPath) => {
    const policy = loaded.get(idOrPath) ?? presetPolicy(idOrPath);
    if (policy === undefined) throw new InvalidConfigError([`no policy "${idOrPath}" is loaded`]);
    return policy;
  };
}

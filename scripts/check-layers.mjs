// The desk's layering, checked as an allow-list on every module reference the TypeScript compiler sees:
// static and type-only imports, re-exports, `import("…")` in code and in types, `require`/`createRequire`
// calls and `import x = require(…)`. A reference the checker cannot read (a computed specifier) is an
// error too. Run by `npm run lint`; `--graph` prints which layer uses which.

import { builtinModules } from "node:module";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const BUILTINS = new Set(builtinModules);

const rootArg = process.argv.indexOf("--root");
/** The project checked: this one, or (for the checker's own test) the folder after `--root`. */
const root =
  rootArg === -1
    ? resolve(dirname(fileURLToPath(import.meta.url)), "..")
    : resolve(process.argv[rootArg + 1]);

/** Which layers (and npm packages, as `npm:`) each layer may use. `*` after `npm:` allows any package. */
const ALLOWED = {
  domain: [
    "domain",
    "npm:luxon",
    "npm:date-holidays",
    "npm:zod",
    "npm:wink-nlp",
    "npm:wink-eng-lite-web-model",
    // reads the cue patterns for the words they need (pure: no I/O)
    "npm:@eslint-community/regexpp",
  ],
  policies: ["policies", "domain"],
  ports: ["ports", "domain"],
  application: ["application", "ports", "domain", "policies", "npm:zod"],
  config: ["config", "ports", "domain", "policies", "npm:zod", "npm:yaml"],
  // The command line is an entry point: the stores and charts it uses come from the composition root.
  cli: ["cli", "config", "application", "domain", "policies", "ports", "main", "npm:yaml", "npm:zod"],
  // The composition root wires adapters to the core: the one place that knows both.
  main: ["main", "adapters", "application", "config", "domain", "policies", "ports"],
  adapters: ["adapters", "application", "config", "domain", "policies", "ports", "npm:*"],
};
/** Node's own modules: the core may use what does no I/O of its own. */
const NODE_ALLOWED = {
  // createRequire, to load date-holidays only for calendars that name a country, and the English model
  // only when a message is classified.
  domain: ["node:module"],
  policies: [],
  ports: [],
  application: ["node:crypto"],
  config: ["node:fs", "node:fs/promises", "node:path"],
  cli: ["node:util", "node:fs", "node:fs/promises", "node:path"],
  main: ["node:fs", "node:readline"],
  adapters: ["*"],
};

function layerOf(file) {
  const path = relative(root, file).replaceAll("\\", "/");
  if (path === "src/main.ts") return "main";
  const [top, second] = path.split("/");
  if (top === "adapters") return "adapters";
  if (top === "src" && second !== undefined && second in ALLOWED) return second;
  return undefined;
}

const config = ts.getParsedCommandLineOfConfigFile(
  resolve(root, "tsconfig.json"),
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    },
  },
);
const program = ts.createProgram(config.fileNames, config.options);

/** Every module reference in a file: [specifier or null when computed, node]. */
function references(source) {
  const found = [];
  const isCreateRequire = (node) =>
    ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "createRequire";
  // Names bound to what createRequire returned: calls to them load modules too.
  const requires = new Set(["require"]);
  const bind = (node) => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      isCreateRequire(node.initializer)
    )
      requires.add(node.name.text);
    ts.forEachChild(node, bind);
  };
  bind(source);
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier)
      found.push([ts.isStringLiteral(node.moduleSpecifier) ? node.moduleSpecifier.text : null, node]);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expression = node.moduleReference.expression;
      found.push([ts.isStringLiteral(expression) ? expression.text : null, node]);
    } else if (ts.isImportTypeNode(node)) {
      const argument = node.argument;
      const literal = ts.isLiteralTypeNode(argument) && ts.isStringLiteral(argument.literal);
      found.push([literal ? argument.literal.text : null, node]);
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const dynamicImport = callee.kind === ts.SyntaxKind.ImportKeyword;
      // `require(…)`, and a function createRequire made: called by its name or at once.
      const requireLike = (ts.isIdentifier(callee) && requires.has(callee.text)) || isCreateRequire(callee);
      if (dynamicImport || requireLike) {
        const [first] = node.arguments;
        found.push([first !== undefined && ts.isStringLiteralLike(first) ? first.text : null, node]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function targetOf(specifier, file) {
  if (specifier.startsWith("node:")) return { kind: "node", name: specifier };
  if (!specifier.startsWith(".")) {
    const parts = specifier.split("/");
    const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
    // A bare Node built-in (`fs`) is Node's; anything else is a package.
    return ts.sys.fileExists(resolve(root, "node_modules", name, "package.json")) || !BUILTINS.has(name)
      ? { kind: "npm", name }
      : { kind: "node", name: `node:${specifier}` };
  }
  const resolved = ts.resolveModuleName(specifier, file, config.options, ts.sys).resolvedModule;
  const path = resolved?.resolvedFileName ?? resolve(dirname(file), specifier);
  return { kind: "layer", name: layerOf(path) ?? `outside (${relative(root, path)})` };
}

const problems = [];
const graph = new Map();
for (const source of program.getSourceFiles()) {
  const layer = layerOf(source.fileName);
  if (layer === undefined || source.isDeclarationFile) continue;
  for (const [specifier, node] of references(source)) {
    const where = `${relative(root, source.fileName)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
    if (specifier === null) {
      problems.push(`${where}: a module reference the layering check cannot read (use a string literal)`);
      continue;
    }
    const target = targetOf(specifier, source.fileName);
    const allowed =
      target.kind === "node"
        ? NODE_ALLOWED[layer].includes("*") || NODE_ALLOWED[layer].includes(target.name)
        : target.kind === "npm"
          ? ALLOWED[layer].includes("npm:*") || ALLOWED[layer].includes(`npm:${target.name}`)
          : ALLOWED[layer].includes(target.name);
    const edge = `${layer} → ${target.kind === "layer" ? target.name : target.name.startsWith("node:") ? target.name : `npm:${target.name}`}`;
    graph.set(edge, (graph.get(edge) ?? 0) + 1);
    if (!allowed)
      problems.push(
        `${where}: ${layer} may not use ${target.kind === "layer" ? target.name : target.name} ("${specifier}")`,
      );
  }
}

if (process.argv.includes("--graph"))
  for (const [edge, count] of [...graph].sort()) console.log(`${edge} (${count})`);
if (problems.length > 0) {
  console.error(`Layering (scripts/check-layers.mjs, DESIGN.md): ${problems.length} reference(s) break it:`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}

#!/usr/bin/env node
// The command is compiled on `npm ci` (the prepare script), so it starts without a TypeScript loader.
import("../dist/src/cli/main.js").then((cli) => cli.main(process.argv.slice(2)));

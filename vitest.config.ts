import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    // A bound on a hung test, not a speed target: on a loaded two-core machine a test that starts
    // processes (the CLI, serve, the playground) can take several seconds and still prove what it says.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // CI also writes a JSON report, from which .ci/run prints a plain "N passed, N failed" line.
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: { json: "test-results.json" },
  },
});

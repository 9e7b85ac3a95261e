// Mutation testing (npm run mutate, never part of npm test): which files Stryker mutates and how.
// scripts/mutate.ts runs it on Node 22 and writes mutation.md from the JSON report.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts", related: false },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: [
    "src/core/**/*.ts",
    "src/webhooks/**/*.ts",
    "src/mock/dispatcher*.ts",
    "src/mock/delivery*.ts",
    "src/mock/idempotency*.ts",
    "src/mock/router*.ts",
    "src/mock/retrySchedule.ts",
    "!src/core/version.ts",
  ],
  coverageAnalysis: "perTest",
  // Two cores, shared: one worker leaves the machine usable; raise it with --concurrency.
  concurrency: 1,
  timeoutMS: 20_000,
  reporters: ["json", "progress", "clear-text"],
  jsonReporter: { fileName: ".cache/mutation/mutation.json" },
  incrementalFile: ".cache/mutation/incremental.json",
  tempDirName: ".cache/stryker-tmp",
  cleanTempDir: "always",
};

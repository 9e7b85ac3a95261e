// Mutation testing (npm run mutate, never part of npm test): which files Stryker mutates and how.
// scripts/mutate.ts runs one Stryker run per group of scripts/mutationGroups.mjs (MUTATION_GROUP names
// it), on Node 22, and writes mutation.md from the groups' JSON reports.
import { currentGroup, groupFiles, MUTATION_GROUPS } from "./scripts/mutationGroups.mjs";

const group = currentGroup();
const files = groupFiles(group?.name ?? "all");

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts", related: false },
  plugins: ["@stryker-mutator/vitest-runner"],
  // Without a group (a plain `stryker run`), every group's files at once, on every mutation test.
  mutate: group?.mutate ?? [
    ...new Set(MUTATION_GROUPS.flatMap((g) => g.mutate.filter((m) => !m.startsWith("!")))),
    "!src/core/version.ts",
  ],
  coverageAnalysis: "perTest",
  // A module-level mutant (a constant, a regex built at import) cannot be switched per test, so
  // Stryker would rerun the whole group once for each; they are left out and counted as not run.
  ignoreStatic: true,
  // Two cores, shared: one worker leaves the machine usable; raise it with --concurrency.
  concurrency: 1,
  // Added to what the covering tests took unmutated: a mutant that hangs a test costs this much, once.
  timeoutMS: 5_000,
  reporters: ["json", "progress", "clear-text"],
  jsonReporter: { fileName: files.report },
  incrementalFile: files.incremental,
  tempDirName: ".cache/stryker-tmp",
  cleanTempDir: "always",
};

import { configDefaults, defineConfig } from "vitest/config";
import { currentGroup } from "./scripts/mutationGroups.mjs";
import base from "./vitest.config.js";

// The suite Stryker runs for each mutant (npm run mutate). A test that runs the SDK in a child
// process (a packed tarball, a CLI, an example, typedoc, the generator) loads code Stryker cannot
// switch mutants in, so it could never kill one; it only costs time here.
export const CHILD_PROCESS_TESTS = [
  "test/package/**",
  "test/bench/**",
  "test/docs/**",
  "test/examples/**", // every example runs as its own process (support/exampleProcess.ts)
  "test/e2e/demo.test.ts",
  "test/e2e/chaos.test.ts",
  "test/mock/bin.test.ts",
  "test/spec.test.ts",
  "test/scripts/**",
  // Measures the bundled sources, which the instrumentation makes several times larger.
  "test/webhooks/bundle.test.ts",
];

// The group's own tests (scripts/mutationGroups.mjs, named by MUTATION_GROUP), or MUTATION_TESTS=
// "test/core/**/*.test.ts,..." to narrow a quick run further.
const only = process.env.MUTATION_TESTS?.split(",").filter(Boolean) ?? currentGroup()?.tests;

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: only ?? base.test?.include,
    exclude: [...configDefaults.exclude, ...CHILD_PROCESS_TESTS],
  },
});

// The groups `npm run mutate` runs, one Stryker run each: the source files a group mutates and the
// test files that may kill its mutants. A group's tests are the ones that exercise its files
// directly; narrowing them can only lose a kill, never invent one, and it keeps a run within the
// time two cores allow (a transport mutant would otherwise rerun every test that sends a request).
// Read by stryker.config.mjs and vitest.mutation.config.ts (through MUTATION_GROUP), by
// scripts/mutate.ts (which runs them in turn) and scripts/mutation-report.mjs (which merges them).

/** @type {{ name: string, mutate: string[], tests: string[] }[]} */
export const MUTATION_GROUPS = [
  {
    name: "transport",
    mutate: [
      "src/core/transport.ts",
      "src/core/http.node.ts",
      "src/core/wire.ts",
      "src/core/apiPromise.ts",
      "src/core/apiClient.ts",
    ],
    tests: ["test/core/**/*.test.ts", "test/resources/**/*.test.ts"],
  },
  {
    name: "core",
    mutate: [
      "src/core/**/*.ts",
      "!src/core/transport.ts",
      "!src/core/http.node.ts",
      "!src/core/wire.ts",
      "!src/core/apiPromise.ts",
      "!src/core/apiClient.ts",
      "!src/core/version.ts",
    ],
    tests: ["test/core/**/*.test.ts", "test/resources/**/*.test.ts"],
  },
  {
    name: "webhooks",
    mutate: ["src/webhooks/**/*.ts"],
    tests: ["test/webhooks/**/*.test.ts", "test/events/**/*.test.ts"],
  },
  {
    name: "mock",
    mutate: [
      "src/mock/dispatcher*.ts",
      "src/mock/delivery*.ts",
      "src/mock/idempotency*.ts",
      "src/mock/router*.ts",
      "src/mock/retrySchedule.ts",
    ],
    tests: ["test/mock/**/*.test.ts", "test/e2e/delivery.test.ts", "test/e2e/idempotency.test.ts"],
  },
];

/** The group MUTATION_GROUP names, or undefined when none is named (a plain `stryker run`). */
export function currentGroup() {
  const name = process.env.MUTATION_GROUP;
  if (name === undefined || name === "") return undefined;
  const group = MUTATION_GROUPS.find((g) => g.name === name);
  if (!group)
    throw new Error(
      `MUTATION_GROUP=${name}: no such group (${MUTATION_GROUPS.map((g) => g.name).join(", ")})`,
    );
  return group;
}

/** Where a group's JSON report, incremental file and run description live. */
export const groupFiles = (name) => ({
  report: `.cache/mutation/${name}.json`,
  incremental: `.cache/mutation/${name}.incremental.json`,
  meta: `.cache/mutation/${name}.meta.json`,
});

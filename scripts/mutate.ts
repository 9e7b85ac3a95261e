// `npm run mutate`: mutation testing of the core, the webhooks and the mock's delivery engine
// (stryker.config.mjs), then mutation.md from Stryker's JSON report (scripts/mutation-report.mjs).
// Stryker needs Node >= 22, so it runs on the node22 binary the package tests install into .cache/
// (installed here the same way when absent). Not part of npm test: a full run takes about 30 min.
// Run: npm run mutate [-- <stryker run options>, e.g. --mutate src/core/retryPolicy.ts --incremental]
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { REPO_ROOT } from "../test/package/support/paths.js";
import { runtimeBinaries } from "../test/package/support/runtimeBinaries.js";

const node = (await runtimeBinaries()).node[22];
// Vitest's forks and anything they spawn take the same Node as Stryker.
const env = { ...process.env, PATH: `${dirname(node)}:${process.env.PATH ?? ""}` };
const stryker = join(REPO_ROOT, "node_modules", "@stryker-mutator", "core", "bin", "stryker.js");
const run = spawnSync(node, [stryker, "run", "stryker.config.mjs", ...process.argv.slice(2)], {
  cwd: REPO_ROOT,
  env,
  stdio: "inherit",
});
if (run.status !== 0) process.exit(run.status ?? 1);
const options = process.argv.slice(2);
const tests = process.env.MUTATION_TESTS ? `MUTATION_TESTS=${process.env.MUTATION_TESTS} ` : "";
const described = options.length > 0 || tests ? `${tests}npm run mutate -- ${options.join(" ")}` : "";
const report = spawnSync(node, [join(REPO_ROOT, "scripts", "mutation-report.mjs"), "--run", described], {
  cwd: REPO_ROOT,
  env,
  stdio: "inherit",
});
process.exit(report.status ?? 1);

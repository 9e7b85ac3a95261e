// `npm run mutate`: mutation testing of the core, the webhooks and the mock's delivery engine, one
// Stryker run per group of scripts/mutationGroups.mjs (each group's files against its own tests), then
// mutation.md from the groups' JSON reports (scripts/mutation-report.mjs). Stryker needs Node >= 22, so
// it runs on the node22 binary the package tests install into .cache/ (installed here the same way
// when absent). Not part of npm test: every group in turn takes about two hours on two cores.
// Run: npm run mutate [-- --group mock] [-- <stryker run options>, e.g. --incremental --concurrency 2]
// A group not run keeps its last report; mutation.md says when each group's report was made.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { REPO_ROOT } from "../test/package/support/paths.js";
import { runtimeBinaries } from "../test/package/support/runtimeBinaries.js";
import { groupFiles, MUTATION_GROUPS } from "./mutationGroups.mjs";

const args = process.argv.slice(2);
const named: string[] = [];
const strykerArgs: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--group") named.push(args[++i] ?? "");
  else strykerArgs.push(args[i] as string);
}
const unknown = named.filter((name) => !MUTATION_GROUPS.some((g) => g.name === name));
if (unknown.length > 0) {
  console.error(
    `unknown group ${unknown.join(", ")}; the groups: ${MUTATION_GROUPS.map((g) => g.name).join(", ")}`,
  );
  process.exit(2);
}
const groups = named.length > 0 ? MUTATION_GROUPS.filter((g) => named.includes(g.name)) : MUTATION_GROUPS;

const node = (await runtimeBinaries()).node[22];
// Vitest's forks and anything they spawn take the same Node as Stryker.
const path = `${dirname(node)}:${process.env.PATH ?? ""}`;
const stryker = join(REPO_ROOT, "node_modules", "@stryker-mutator", "core", "bin", "stryker.js");
mkdirSync(join(REPO_ROOT, ".cache", "mutation"), { recursive: true });
for (const group of groups) {
  console.log(`\nmutation group ${group.name}: ${group.mutate.join(" ")}`);
  const started = Date.now();
  const env = { ...process.env, PATH: path, MUTATION_GROUP: group.name };
  const run = spawnSync(node, [stryker, "run", "stryker.config.mjs", ...strykerArgs], {
    cwd: REPO_ROOT,
    env,
    stdio: "inherit",
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
  const tests = process.env.MUTATION_TESTS ? `MUTATION_TESTS=${process.env.MUTATION_TESTS} ` : "";
  const meta = {
    run: `${tests}npm run mutate -- --group ${group.name}${strykerArgs.length > 0 ? ` ${strykerArgs.join(" ")}` : ""}`,
    finished: new Date().toISOString(),
    minutes: Math.round((Date.now() - started) / 60_000),
  };
  writeFileSync(join(REPO_ROOT, groupFiles(group.name).meta), `${JSON.stringify(meta, null, 2)}\n`);
}
const report = spawnSync(node, [join(REPO_ROOT, "scripts", "mutation-report.mjs")], {
  cwd: REPO_ROOT,
  stdio: "inherit",
});
process.exit(report.status ?? 1);

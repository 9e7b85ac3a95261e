// Which of the node flavour's two paths is faster on each runtime that has both: Node, Bun and
// Deno (the pinned binaries of the runtime matrix) each run runtimePaths.mjs against one
// fixed-answer server in a child process, one runtime after the other.
// Run: node --import tsx scripts/bench/runtimePaths.ts   (after npm run build)
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describeRun, runProcess } from "../../test/package/support/childProcess.js";
import { PACKAGE_CACHE } from "../../test/package/support/paths.js";
import { runtimeBinaries } from "../../test/package/support/runtimeBinaries.js";
import { REPO_ROOT, spawnServer } from "./spawnServer.js";

/** One runtime's figures: the path its default client takes, and both paths' throughput. */
export interface RuntimePathResult {
  runtime: string;
  version: string;
  defaultPath: "node:http" | "fetch";
  rows: Array<{ path: "node:http" | "fetch"; concurrency: number; callsPerSec: number }>;
}

const SCRIPT = join(REPO_ROOT, "scripts", "bench", "runtimePaths.mjs");

/** Measures both paths on Node, Bun and Deno. */
export async function benchRuntimePaths(opts: { quick?: boolean } = {}): Promise<RuntimePathResult[]> {
  const runtimes = await runtimeBinaries();
  const server = await spawnServer(["--import", "tsx", "scripts/bench/serverProcess.ts", "fixed"], {
    ready: /listening (\S+)/,
  });
  const url = server.ready[1] as string;
  const args = [SCRIPT, url, opts.quick ? "200" : "2000", opts.quick ? "1" : "5"];
  const env = {
    ...process.env,
    BUN_RUNTIME_TRANSPILER_CACHE_PATH: "0",
    DENO_DIR: join(PACKAGE_CACHE, "deno-dir"),
    DENO_NO_UPDATE_CHECK: "1",
    NO_COLOR: "1",
  };
  const runs = [
    { runtime: "node", version: process.versions.node, command: process.execPath, args },
    { runtime: "bun", version: runtimes.versions.bun, command: runtimes.bun, args },
    {
      runtime: "deno",
      version: runtimes.versions.deno,
      command: runtimes.deno,
      args: ["run", "-A", ...args],
    },
  ];
  try {
    const results: RuntimePathResult[] = [];
    for (const run of runs) {
      const result = await runProcess(run.command, run.args, { cwd: REPO_ROOT, env, timeoutMs: 300_000 });
      if (result.code !== 0) throw new Error(describeRun(`${run.runtime} runtimePaths.mjs`, result));
      const line = result.stdout.trim().split("\n").at(-1) as string;
      results.push({ runtime: run.runtime, version: run.version, ...JSON.parse(line) });
    }
    return results;
  } finally {
    await server.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href)
  console.log(JSON.stringify(await benchRuntimePaths({ quick: process.argv.includes("--quick") }), null, 2));

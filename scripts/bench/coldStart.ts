// Cold start: what importing the package adds to a fresh Node process, over a bare `node -e 0`.
// Each variant runs in its own process, interleaved round by round so machine noise hits all alike.
// Two measures: the wall time the parent sees, and the CPU time (user + system, all threads) the
// child reports as it exits. On a busy machine wall time mostly measures the load; CPU time and
// best-of-N runs stay close to the work itself, so the budget check uses the best CPU overhead.
// Run: npx tsx scripts/bench/coldStart.ts [--runs N]
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";

/** Options of {@link measureColdStart}. */
export interface ColdStartOptions {
  /** Rounds; each round starts every variant once (default 21). */
  runs?: number;
  /** Where `octohooks` resolves from: the repository (self-reference) or a project that installed it. */
  cwd?: string;
  /** The Node binary (default: the one running this). */
  node?: string;
}

/** One way of starting Node, in milliseconds; each `…OverheadMs` is less the same figure of `node -e 0`. */
export interface ColdStartSample {
  label: string;
  /** Wall time, median of the runs. */
  medianMs: number;
  overheadMs: number;
  /** Wall time of the fastest run (load only ever adds time). */
  bestMs: number;
  bestOverheadMs: number;
  /** CPU time of the run that used least. */
  cpuBestMs: number;
  cpuBestOverheadMs: number;
}

/** The result of {@link measureColdStart}. */
export interface ColdStartResult {
  node: string;
  runs: number;
  samples: ColdStartSample[];
}

// Every variant, the baseline included, ends by printing its CPU time, so that cost cancels out.
const PRINT_CPU =
  "process.on('exit',()=>{const u=process.cpuUsage();process.stdout.write(String((u.user+u.system)/1000))});";

const VARIANTS = [
  { label: "node -e 0", args: ["-e", PRINT_CPU] },
  { label: 'import "octohooks"', args: ["--input-type=module", "-e", `import "octohooks";${PRINT_CPU}`] },
  {
    label: 'import "octohooks/webhooks"',
    args: ["--input-type=module", "-e", `import "octohooks/webhooks";${PRINT_CPU}`],
  },
  { label: 'require("octohooks")', args: ["-e", `require("octohooks");${PRINT_CPU}`] },
  // The same for svix, measured side by side in the same rounds.
  { label: 'import "svix"', args: ["--input-type=module", "-e", `import "svix";${PRINT_CPU}`] },
  { label: 'require("svix")', args: ["-e", `require("svix");${PRINT_CPU}`] },
] as const;

interface Run {
  wallMs: number;
  cpuMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function runOnce(node: string, args: readonly string[], cwd: string): Run {
  const start = performance.now();
  const result = spawnSync(node, args, { cwd, stdio: ["ignore", "pipe", "pipe"], timeout: 10_000 });
  const wallMs = performance.now() - start;
  const cpuMs = Number(result.stdout?.toString());
  if (result.status !== 0 || !Number.isFinite(cpuMs)) {
    throw new Error(`${node} ${args.join(" ")} failed: ${result.stderr?.toString() || result.error}`);
  }
  return { wallMs, cpuMs };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Measures the cold start of importing `octohooks` (and its variants) in fresh Node processes.
 *
 * @example
 * ```ts
 * const { samples } = measureColdStart({ runs: 11 });
 * console.log(samples.find((s) => s.label === 'import "octohooks"')?.cpuBestOverheadMs);
 * ```
 */
export function measureColdStart(options: ColdStartOptions = {}): ColdStartResult {
  const runs = options.runs ?? 21;
  const node = options.node ?? process.execPath;
  const cwd = options.cwd ?? fileURLToPath(new URL("../../", import.meta.url));
  const measured: Run[][] = VARIANTS.map(() => []);
  for (const variant of VARIANTS) runOnce(node, variant.args, cwd); // warm the file cache
  for (let round = 0; round < runs; round++) {
    VARIANTS.forEach((variant, i) => {
      measured[i]!.push(runOnce(node, variant.args, cwd));
    });
  }
  const stats = measured.map((list) => ({
    median: median(list.map((run) => run.wallMs)),
    best: Math.min(...list.map((run) => run.wallMs)),
    cpuBest: Math.min(...list.map((run) => run.cpuMs)),
  }));
  const base = stats[0]!;
  const samples = VARIANTS.map((variant, i) => {
    const { median: med, best, cpuBest } = stats[i]!;
    return {
      label: variant.label,
      medianMs: round2(med),
      overheadMs: round2(med - base.median),
      bestMs: round2(best),
      bestOverheadMs: round2(best - base.best),
      cpuBestMs: round2(cpuBest),
      cpuBestOverheadMs: round2(cpuBest - base.cpuBest),
    };
  });
  const version = spawnSync(node, ["--version"]).stdout.toString().trim();
  return { node: version, runs, samples };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const runsFlag = process.argv.indexOf("--runs");
  const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : undefined;
  const result = measureColdStart(runs ? { runs } : {});
  console.log(`Cold start on Node ${result.node}, ${result.runs} interleaved runs per variant (ms)`);
  console.table(result.samples);
}

// `npm run bench`: every benchmark of the SDK in one run, side by side with its alternatives. Prints
// a table in which each figure meets its target (PASS) or says why not (MISS), and writes
// bench/results.json, bench/results.md (the table for the README) and docs/bench.svg (its chart).
// `--quick` runs every section small, in well under a minute, and writes to bench/tmp/ instead, so
// the test suite can run it without touching the committed figures; `--out DIR` writes all three there.
// Run: node --expose-gc --import tsx scripts/bench.ts [--quick] [--out DIR]   (after npm run build)
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { measureBundleSizes } from "./bench/bundleSize.js";
import { chartCaption, chartGroups, renderChart } from "./bench/chart.js";
import { measureColdStart } from "./bench/coldStart.js";
import { benchMockThroughput } from "./bench/mockThroughput.js";
import { benchOverhead, benchSockets } from "./bench/overhead.js";
import { benchPagination } from "./bench/pagination.js";
import { formatConsoleTable, formatMarkdown, reportRows } from "./bench/report.js";
import type { BenchResults } from "./bench/results.js";
import { benchRuntimePaths } from "./bench/runtimePaths.js";
import { REPO_ROOT } from "./bench/spawnServer.js";
import { benchWebhooks } from "./bench/webhooks.js";

/** Where a run writes its three files. */
function outputs(quick: boolean, out: string | undefined): { json: string; markdown: string; svg: string } {
  if (out !== undefined || quick) {
    const dir = resolve(out ?? join(REPO_ROOT, "bench", "tmp"));
    return {
      json: join(dir, "results.json"),
      markdown: join(dir, "results.md"),
      svg: join(dir, "bench.svg"),
    };
  }
  return {
    json: join(REPO_ROOT, "bench", "results.json"),
    markdown: join(REPO_ROOT, "bench", "results.md"),
    svg: join(REPO_ROOT, "docs", "bench.svg"),
  };
}

type Figures = Omit<BenchResults, "meta" | "sectionSeconds" | "errors">;

/** A section of the report: its name, and the part of the results it measures. */
type Section = {
  [K in keyof Figures]-?: { name: string; key: K; run: () => Promise<Figures[K]> | Figures[K] };
}[keyof Figures];

/** The sections in the order they run. */
function sections(quick: boolean): Section[] {
  return [
    { name: "bundle size", key: "bundles", run: () => measureBundleSizes() },
    { name: "import cost", key: "coldStart", run: () => measureColdStart({ runs: quick ? 5 : 21 }) },
    { name: "request overhead", key: "overhead", run: () => benchOverhead({ quick, server: "child" }) },
    { name: "connection reuse", key: "sockets", run: () => benchSockets({ quick }) },
    // The pinned Bun and Deno come from the runtime matrix's install (.cache/), skipped by --quick.
    ...(quick
      ? []
      : [{ name: "paths per runtime", key: "runtimePaths", run: () => benchRuntimePaths() } as const]),
    { name: "webhook verification", key: "webhooks", run: () => benchWebhooks({ quick }) },
    { name: "auto-pagination", key: "pagination", run: () => benchPagination({ quick }) },
    { name: "mock server", key: "mock", run: () => benchMockThroughput({ quick }) },
  ];
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { quick: { type: "boolean" }, out: { type: "string" } } });
  const quick = values.quick ?? false;
  const started = performance.now();
  const results: BenchResults = {
    meta: {
      date: new Date().toISOString(),
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      cpu: cpus()[0]?.model.trim() ?? "unknown",
      cores: cpus().length,
      quick,
      gcExposed: typeof globalThis.gc === "function",
      overheadServer: "child process",
      seconds: 0,
    },
    sectionSeconds: {},
    errors: {},
  };
  for (const { name, key, run } of sections(quick)) {
    const start = performance.now();
    process.stderr.write(`bench: ${name}...`);
    try {
      Object.assign(results, { [key]: await run() });
    } catch (error) {
      results.errors[name] = error instanceof Error ? error.message : String(error);
    }
    results.sectionSeconds[name] = Math.round(performance.now() - start) / 1000;
    process.stderr.write(` ${results.sectionSeconds[name]} s${results.errors[name] ? " FAILED" : ""}\n`);
  }
  results.meta.seconds = Math.round(performance.now() - started) / 1000;
  const rows = reportRows(results);
  const files = outputs(quick, values.out);
  write(files.json, `${JSON.stringify({ ...results, rows }, null, 2)}\n`);
  write(files.markdown, formatMarkdown(results, rows));
  write(files.svg, renderChart(chartGroups(results), chartCaption(results.meta)));
  console.log(formatConsoleTable(rows));
  for (const [name, error] of Object.entries(results.errors))
    console.log(`\nsection "${name}" failed: ${error}`);
  console.log(`\n${results.meta.seconds} s; wrote ${Object.values(files).join(", ")}`);
  return Object.keys(results.errors).length === 0 ? 0 : 1;
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

// Exit explicitly: idle keep-alive sockets of the clients would otherwise hold the process open a while.
process.exit(await main());

// `npm run bench -- --quick` runs in the test suite so the benchmark cannot rot: every section must
// run and come back with sane figures. It asserts no speed (the machine is shared while tests run);
// the full run's targets are judged in its own report.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { BenchResults, ReportRow } from "../../scripts/bench/results.js";

const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TIMEOUT_MS = 90_000;

type Written = BenchResults & { rows: ReportRow[] };

let out: string;
let run: { code: number | null; stdout: string; stderr: string };
let written: Written;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), "octohooks-bench-"));
  run = await new Promise((resolve) => {
    const args = ["--expose-gc", "--import", "tsx", "scripts/bench.ts", "--quick", "--out", out];
    execFile(
      process.execPath,
      args,
      { cwd: REPO_ROOT, timeout: TIMEOUT_MS, maxBuffer: 10_000_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr }),
    );
  });
  written = JSON.parse(await readFile(join(out, "results.json"), "utf8")) as Written;
}, TIMEOUT_MS + 10_000);

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

/** Every number anywhere in `value`, with its path. */
function numbers(value: unknown, path = "$"): Array<[string, number]> {
  if (typeof value === "number") return [[path, value]];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) => numbers(inner, `${path}.${key}`));
}

const positive = (value: number) => Number.isFinite(value) && value > 0;

describe("npm run bench -- --quick", () => {
  test("exits 0 with no failed section and prints the table", () => {
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(written.errors).toEqual({});
    expect(run.stdout).toMatch(/^section\s+measure\s+result\s+target/m);
    expect(written.meta.quick).toBe(true);
    expect(written.meta.gcExposed).toBe(true);
  });

  test("every number in the results is finite and none is negative, save import-cost deltas", () => {
    for (const [path, value] of numbers(written)) {
      expect(Number.isFinite(value), path).toBe(true);
      if (!/overheadMs$/i.test(path)) expect(value, path).toBeGreaterThanOrEqual(0);
    }
  });

  test("request overhead: every client at concurrency 1 and 64; sockets counted", () => {
    expect(written.overhead?.map((r) => `${r.name}@${r.concurrency}`).sort()).toEqual(
      [
        "node:http",
        "undici.request",
        "octohooks",
        "octohooks over fetch",
        "openapi-fetch default",
        "openapi-fetch light Request",
        "raw fetch",
        "raw fetch + signal",
        "raw fetch + timeout",
        "svix",
      ]
        .flatMap((n) => [`${n}@1`, `${n}@64`])
        .sort(),
    );
    for (const r of written.overhead ?? [])
      expect(positive(r.callsPerSec) && positive(r.cpuUsPerCall), r.name).toBe(true);
    expect(written.sockets?.map((s) => s.name)).toEqual(["octohooks", "raw fetch"]);
    for (const s of written.sockets ?? []) expect(s.sockets).toBeGreaterThanOrEqual(1);
  });

  test("webhook verification: every candidate at 0.5 KB and 64 KB", () => {
    const rows = written.webhooks ?? [];
    for (const size of ["0.5 KB", "64 KB"]) {
      const names = rows.filter((r) => r.size === size).map((r) => r.name);
      expect(names).toEqual(expect.arrayContaining(["octohooks verify", "standardwebhooks", "svix"]));
    }
    for (const r of rows) expect(positive(r.opsPerSec), `${r.name} ${r.size}`).toBe(true);
  });

  test("bundle sizes and import cost of octohooks and the others", () => {
    const bundles = written.bundles ?? [];
    expect(bundles.map((b) => `${b.task}: ${b.package}`)).toEqual(
      expect.arrayContaining([
        "send a message: octohooks",
        "send a message: svix",
        "verify a webhook: octohooks",
      ]),
    );
    // A bundle shaken to nothing would pass any budget.
    for (const b of bundles) expect(b.gzipBytes, b.package).toBeGreaterThan(500);
    const labels = written.coldStart?.samples.map((s) => s.label) ?? [];
    expect(labels).toEqual(expect.arrayContaining(["node -e 0", 'import "octohooks"', 'import "svix"']));
    for (const s of written.coldStart?.samples ?? []) expect(positive(s.medianMs), s.label).toBe(true);
  });

  test("auto-pagination walked every message and sampled the heap", () => {
    const p = written.pagination;
    expect(p?.items).toBe(10_000);
    expect(
      positive(p?.itemsPerSec ?? 0) && positive(p?.heapEarlyMb ?? 0) && positive(p?.heapPeakMb ?? 0),
    ).toBe(true);
  });

  test("mock server: every delivery arrived once; rates and memory measured", () => {
    const m = written.mock;
    expect(m?.messages).toBe(2_000);
    expect(m?.distinctDeliveries).toBe(m?.expectedDeliveries);
    expect(m?.expectedDeliveries).toBe(6_000);
    expect(m?.duplicateDeliveries).toBe(0);
    for (const key of [
      "ceilingPerSec",
      "createdPerSec",
      "deliveredMessagesPerSec",
      "deliveriesPerSec",
    ] as const)
      expect(positive(m?.[key] ?? 0), key).toBe(true);
    expect(positive(m?.memoryEarly.rssMb ?? 0) && positive(m?.memoryEnd.heapMb ?? 0)).toBe(true);
    expect(m?.memoryMid.messages).toBe(Math.floor((m?.messages ?? 0) / 2));
    expect(m?.memoryEnd.messages).toBe(2_000);
  });

  test("each target row says PASS or MISS, and a MISS says why", () => {
    const targeted = written.rows.filter((r) => r.target !== "");
    expect(new Set(targeted.map((r) => r.section))).toEqual(
      new Set([
        "request overhead",
        "connection reuse",
        "webhook verification",
        "bundle size",
        "import cost",
        "auto-pagination",
        "mock server",
      ]),
    );
    for (const row of targeted) {
      expect(["PASS", "MISS"], row.measure).toContain(row.status);
      if (row.status === "MISS") expect(row.why, row.measure).toBeTruthy();
    }
  });

  test("writes the Markdown table and the chart", async () => {
    const markdown = await readFile(join(out, "results.md"), "utf8");
    expect(markdown).toContain("| Section | Measure | Result | Target | |");
    expect(markdown.split("\n").filter((line) => line.startsWith("| "))).toHaveLength(
      written.rows.length + 2, // the header and its rule too
    );
    const svg = await readFile(join(out, "bench.svg"), "utf8");
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
    // One bar per measured candidate, each with a finite width.
    const widths = [...svg.matchAll(/<rect x="\d+" y="[\d.]+" width="([\d.]+)"/g)].map((match) =>
      Number(match[1]),
    );
    expect(widths.length).toBeGreaterThan(15);
    for (const width of widths) expect(positive(width)).toBe(true);
  });
});

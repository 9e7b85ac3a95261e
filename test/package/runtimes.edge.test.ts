// The runtime matrix beyond Node: Bun (import and require), Deno (import) and Cloudflare's workerd
// (a bundled Worker run by miniflare), each running the smoke scenario against octohooks-mock.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { bundleEntry } from "./support/bundleEntry.js";
import { describeRun, type ProcessResult, runProcess } from "./support/childProcess.js";
import { PACKAGE_CACHE } from "./support/paths.js";
import { type RuntimeBinaries, runtimeBinaries } from "./support/runtimeBinaries.js";
import { expectSuccessfulSmoke, parseSmokeReport, type SmokeReport } from "./support/smokeReport.js";
import { type SmokeSetup, smokeSetup } from "./support/smokeSetup.js";

const RUN_TIMEOUT_MS = 30_000;
const TEST_TIMEOUT_MS = 60_000;

let setup: SmokeSetup;
let runtimes: RuntimeBinaries;

beforeAll(async () => {
  [runtimes, setup] = await Promise.all([runtimeBinaries(), smokeSetup("edge")]);
}, 300_000);

afterAll(() => setup?.mock.stop());

async function run(label: string, binary: string, args: string[], env?: NodeJS.ProcessEnv) {
  const options = {
    cwd: setup.workspace,
    timeoutMs: RUN_TIMEOUT_MS,
    ...(env ? { env: { ...process.env, ...env } } : {}),
  };
  const result = await runProcess(binary, args, options);
  const report = parseSmokeReport(result.stdout);
  expect(report, describeRun(label, result)).toBeDefined();
  return { result, report: report as SmokeReport };
}

function expectExit0(label: string, result: ProcessResult) {
  expect(result.code, describeRun(label, result)).toBe(0);
}

describe("Bun", () => {
  test.each([
    { module: "esm", script: "esm.mjs", entry: "dist/node/index.js" },
    { module: "cjs", script: "cjs.cjs", entry: "dist/node/index.cjs" },
  ] as const)(
    "$module: $script calls the mock, signs and verifies",
    async ({ module, script, entry }) => {
      const args = [join("smoke", script), setup.mock.url, setup.mock.token];
      const { result, report } = await run(`bun ${script}`, runtimes.bun, args, {
        BUN_RUNTIME_TRANSPILER_CACHE_PATH: "0",
      });
      expect(report.on).toEqual({ name: "bun", version: "1.4.4" });
      expect(report.module).toBe(module);
      expect(report.resolved?.root).toMatch(
        new RegExp(`node_modules/octohooks/${entry.replaceAll(".", "\\.")}$`),
      );
      expectSuccessfulSmoke(report, { mode: "sync" });
      expectExit0(`bun ${script}`, result);
    },
    TEST_TIMEOUT_MS,
  );
});

describe("Deno", () => {
  test(
    "esm: esm.mjs, allowed only the network to 127.0.0.1, calls the mock, signs and verifies",
    async () => {
      const args = [
        "run",
        "--allow-net=127.0.0.1",
        join("smoke", "esm.mjs"),
        setup.mock.url,
        setup.mock.token,
      ];
      const env = { DENO_DIR: join(PACKAGE_CACHE, "deno-dir"), DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" };
      const { result, report } = await run("deno esm.mjs", runtimes.deno, args, env);
      expect(report.on).toEqual({ name: "deno", version: "2.9.6" });
      expect(report.resolved?.root).toMatch(/node_modules\/octohooks\/dist\/node\/index\.js$/);
      expectSuccessfulSmoke(report, { mode: "sync" });
      expectExit0("deno esm.mjs", result);
    },
    TEST_TIMEOUT_MS,
  );
});

describe("Cloudflare workerd (miniflare)", () => {
  test(
    "a Worker bundled with the workerd conditions, its client built at top level, calls the mock, signs and verifies",
    async () => {
      const bundle = join(setup.workspace, "worker.bundle.mjs");
      const inputs = await bundleEntry(join(setup.workspace, "smoke", "worker.mjs"), bundle, {
        target: "workerd",
        projectRoot: setup.consumer.root,
        define: {
          SMOKE_SERVER_URL: JSON.stringify(setup.mock.url),
          SMOKE_TOKEN: JSON.stringify(setup.mock.token),
        },
      });
      // The Web flavour, and nothing Node-only or from the mock.
      expect(inputs).toContain("node_modules/octohooks/dist/index.js");
      expect(inputs.filter((input) => /octohooks\/dist\/node\/|mock|msw/.test(input))).toEqual([]);
      const host = join(setup.workspace, "smoke", "workerdHost.mjs");
      const { result, report } = await run("workerd", runtimes.miniflareNode, [
        host,
        runtimes.miniflare,
        bundle,
      ]);
      expect(report.on.name).toBe("workerd");
      expectSuccessfulSmoke(report, { mode: "async" });
      expectExit0("workerd", result);
    },
    TEST_TIMEOUT_MS,
  );
});

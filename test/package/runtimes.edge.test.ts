// The runtime matrix beyond Node: Bun (import and require), Deno (import) and Cloudflare's workerd
// (a bundled Worker run by miniflare), each running the smoke scenario against octohooks-mock.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { bundleEntry } from "./support/bundleEntry.js";
import { describeRun } from "./support/childProcess.js";
import { PACKAGE_CACHE } from "./support/paths.js";
import { type RuntimeBinaries, runtimeBinaries } from "./support/runtimeBinaries.js";
import { expectResolvedTo, expectSuccessfulSmoke, runSmoke } from "./support/smokeReport.js";
import { type SmokeSetup, smokeSetup } from "./support/smokeSetup.js";

const TEST_TIMEOUT_MS = 60_000;

let setup: SmokeSetup;
let runtimes: RuntimeBinaries;

beforeAll(async () => {
  [runtimes, setup] = await Promise.all([runtimeBinaries(), smokeSetup("edge")]);
}, 300_000);

afterAll(() => setup?.mock.stop());

const BUN_MODULES = [
  { module: "esm", script: "esm.mjs", entry: "dist/node/index.js" },
  { module: "cjs", script: "cjs.cjs", entry: "dist/node/index.cjs" },
] as const;

describe("Bun", () => {
  test.each(BUN_MODULES)(
    "$module: $script calls the mock, signs and verifies",
    async ({ module, script, entry }) => {
      const args = [join("smoke", script), setup.mock.url, setup.mock.token];
      const env = { BUN_RUNTIME_TRANSPILER_CACHE_PATH: "0" };
      const { result, report } = await runSmoke(`bun ${script}`, runtimes.bun, args, {
        cwd: setup.workspace,
        env,
      });
      expect(report.on).toEqual({ name: "bun", version: runtimes.versions.bun });
      expect(report.module).toBe(module);
      expectResolvedTo(report.resolved?.root, entry);
      expectSuccessfulSmoke(report, { mode: "sync" });
      expect(result.code, describeRun(`bun ${script}`, result)).toBe(0);
    },
    TEST_TIMEOUT_MS,
  );
});

describe("Deno", () => {
  test(
    "esm: esm.mjs, with no permission but the network to 127.0.0.1, calls the mock, signs and verifies",
    async () => {
      const args = [
        "run",
        "--allow-net=127.0.0.1",
        join("smoke", "esm.mjs"),
        setup.mock.url,
        setup.mock.token,
      ];
      const env = { DENO_DIR: join(PACKAGE_CACHE, "deno-dir"), DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" };
      const { result, report } = await runSmoke("deno esm.mjs", runtimes.deno, args, {
        cwd: setup.workspace,
        env,
      });
      expect(report.on).toEqual({ name: "deno", version: runtimes.versions.deno });
      expectResolvedTo(report.resolved?.root, "dist/node/index.js");
      expectSuccessfulSmoke(report, { mode: "sync" });
      expect(result.code, describeRun("deno esm.mjs", result)).toBe(0);
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
      expect(inputs).toContain("node_modules/octohooks/dist/browser/index.js");
      expect(inputs.filter((input) => /octohooks\/dist\/node\/|mock|msw/.test(input))).toEqual([]);

      const tmp = join(PACKAGE_CACHE, "tmp"); // miniflare's scratch files, kept out of the shared /tmp
      await mkdir(tmp, { recursive: true });
      const args = [join(setup.workspace, "smoke", "workerdHost.mjs"), runtimes.miniflare, bundle];
      const options = { cwd: setup.workspace, env: { TMPDIR: tmp } };
      const { result, report } = await runSmoke("workerd", runtimes.miniflareNode, args, options);
      expect(report.on.name).toBe("workerd");
      expectSuccessfulSmoke(report, { mode: "async" });
      expect(result.code, describeRun("workerd", result)).toBe(0);
    },
    TEST_TIMEOUT_MS,
  );
});

// The runtime matrix, Node part: Node 18, 20, 22 and 24 (real binaries from the registry), each
// importing and requiring the installed package and running the smoke scenario against octohooks-mock.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { describeRun } from "./support/childProcess.js";
import { NODE_MAJORS, type RuntimeBinaries, runtimeBinaries } from "./support/runtimeBinaries.js";
import { expectResolvedTo, expectSuccessfulSmoke, runSmoke } from "./support/smokeReport.js";
import { type SmokeSetup, smokeSetup } from "./support/smokeSetup.js";

const TEST_TIMEOUT_MS = 60_000;

let setup: SmokeSetup;
let runtimes: RuntimeBinaries;

beforeAll(async () => {
  [runtimes, setup] = await Promise.all([runtimeBinaries(), smokeSetup("node")]);
}, 300_000);

afterAll(() => setup?.mock.stop());

const MODULES = [
  { module: "esm", script: "esm.mjs", entry: "dist/node/index.js", webhooks: "dist/node/webhooks.js" },
  { module: "cjs", script: "cjs.cjs", entry: "dist/node/index.cjs", webhooks: "dist/node/webhooks.cjs" },
] as const;

describe.each(NODE_MAJORS)("Node %i", (major) => {
  test.each(MODULES)(
    "$module: $script calls the mock, signs and verifies",
    async ({ module, script, entry, webhooks }) => {
      const label = `node ${major} ${script}`;
      const args = [join("smoke", script), setup.mock.url, setup.mock.token];
      const { result, report } = await runSmoke(label, runtimes.node[major], args, { cwd: setup.workspace });
      expect(report.on.name).toBe("node");
      expect(report.on.version.split(".")[0]).toBe(String(major));
      expect(report.module).toBe(module);
      expectResolvedTo(report.resolved?.root, entry);
      expectResolvedTo(report.resolved?.webhooks, webhooks);
      expectSuccessfulSmoke(report, { mode: "sync" });
      expect(result.code, describeRun(label, result)).toBe(0);
    },
    TEST_TIMEOUT_MS,
  );
});

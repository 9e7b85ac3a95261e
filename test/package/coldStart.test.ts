// Cold start budget: importing `octohooks` in a fresh Node process costs under 10 ms over `node -e 0`.
// Measured from a project that installed the packed tarball, as users load it. The check uses the
// least CPU time over interleaved runs (scripts/bench/coldStart.ts): wall time on this shared
// 2-core machine, with other test files running, mostly measures their load.
import { describe, expect, test } from "vitest";
import { measureColdStart } from "../../scripts/bench/coldStart.js";
import { consumerProject } from "./support/consumerProject.js";

const BUDGET_MS = 10;

describe("cold start", () => {
  test(`import and require of "octohooks" each add under ${BUDGET_MS} ms to node -e 0`, async () => {
    const consumer = await consumerProject("core");
    const result = measureColdStart({ cwd: consumer.root, runs: 15 });
    const summary = JSON.stringify(result);
    for (const label of ['import "octohooks"', 'require("octohooks")']) {
      const sample = result.samples.find((entry) => entry.label === label);
      expect(sample, summary).toBeDefined();
      // Loading the package really happened, and costs something.
      expect(sample!.cpuBestOverheadMs, summary).toBeGreaterThan(0);
      expect(sample!.cpuBestOverheadMs, `${label}: ${summary}`).toBeLessThan(BUDGET_MS);
    }
  }, 120_000);
});

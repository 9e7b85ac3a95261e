// The webhooks entry as a browser bundle: no Node import, tree-shaken, within its size budget.
// Left out of the mutation run (vitest.mutation.config.ts): it measures the bundled sources,
// which Stryker's instrumentation makes several times larger.
import { gzipSync } from "node:zlib";
import type { Plugin } from "esbuild";
import { describe, expect, it } from "vitest";
import { browserBundle } from "../helpers/browserBundle.js";

const DIR = new URL("../../src/webhooks/", import.meta.url);
// The package's promise (.size-limit.json "2 kB", decimal), measured on the same usage as its entry.
const SIZE_BUDGET_BYTES = 2000;
const USAGE = `import { Webhook } from "./index.ts";
new Webhook("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
  .verifyAsync("{}", { "webhook-id": "msg_1", "webhook-timestamp": "1", "webhook-signature": "v1,x" })
  .then(console.log);`;

describe("octohooks/webhooks entry, bundled", () => {
  it(`bundles for the browser with no Node imports, within ${SIZE_BUDGET_BYTES} bytes min+gzip`, async () => {
    // The browser flavour, as tsup builds it for the `browser` export condition.
    const webFlavour: Plugin = {
      name: "web-flavour",
      setup: (b) =>
        b.onResolve({ filter: /^\.\/hmac\.js$/ }, () => ({ path: new URL("hmac.web.ts", DIR).pathname })),
    };
    const code = await browserBundle(USAGE, new URL(".", DIR).pathname, "js", [webFlavour]);
    expect(code).not.toMatch(/\bimport\b[^;]*from/);
    expect(code).toContain("verifyRequest");
    expect(code).not.toContain("getBuiltinModule");
    // Tree-shaken when unused: the in-memory store and the test-request helper.
    expect(code).not.toContain("msg_test_");
    expect(code).not.toContain("maxEntries");
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(SIZE_BUDGET_BYTES);
  });
});

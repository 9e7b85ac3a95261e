import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type { Plugin } from "esbuild";
import { afterEach, describe, expect, it, vi } from "vitest";
import { browserBundle } from "../helpers/browserBundle.js";

const DIR = new URL("../../src/webhooks/", import.meta.url);
// The package's promise (.size-limit.json "2 kB", decimal), measured on the same usage as its entry.
const SIZE_BUDGET_BYTES = 2000;
const USAGE = `import { Webhook } from "./index.ts";
new Webhook("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
  .verifyAsync("{}", { "webhook-id": "msg_1", "webhook-timestamp": "1", "webhook-signature": "v1,x" })
  .then(console.log);`;

afterEach(() => {
  vi.restoreAllMocks();
});

/** The specifiers a source file imports at runtime (type-only imports left out). */
function runtimeImports(file: URL): string[] {
  const source = readFileSync(file, "utf8");
  return [...source.matchAll(/^(?:import|export)\s(?!type\s)[^;]*?from\s+"([^"]+)"/gms)].map((m) => m[1]!);
}

describe("octohooks/webhooks entry", () => {
  it("exports the Webhook class and its two errors, and nothing else at runtime", async () => {
    const entry = await import("../../src/webhooks/index.js");
    expect(Object.keys(entry).sort()).toEqual([
      "MemorySeenStore",
      "Webhook",
      "WebhookSecretError",
      "WebhookVerificationError",
      "signRequest",
    ]);
  });

  it("imports nothing outside src/webhooks but the node flavour's lazy node:crypto loader", () => {
    for (const file of readdirSync(DIR).filter((name) => name.endsWith(".ts"))) {
      for (const specifier of runtimeImports(new URL(file, DIR))) {
        if (specifier.startsWith("./")) {
          expect(specifier, `${file} imports ${specifier}`).toMatch(/^\.\/[A-Za-z0-9.]+\.js$/);
          expect(specifier, `${file} must import ./hmac.js, never the node flavour`).not.toBe(
            "./hmac.node.js",
          );
        } else {
          expect(file, `${file} imports ${specifier}`).toBe("hmac.node.ts");
          expect(specifier).toBe("../core/nodeCrypto.js");
        }
      }
    }
    // That loader itself imports only node:module (node:crypto is loaded on first use).
    expect(runtimeImports(new URL("../core/nodeCrypto.ts", DIR))).toEqual(["node:module"]);
  });

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

  it("does nothing when loaded: no node:crypto lookup, no timers, no randomness", async () => {
    vi.resetModules();
    const spies = [
      vi.spyOn(process, "getBuiltinModule"),
      vi.spyOn(crypto, "getRandomValues"),
      vi.spyOn(crypto.subtle, "importKey"),
      vi.spyOn(globalThis, "setTimeout"),
    ];
    await import("../../src/webhooks/index.js");
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});

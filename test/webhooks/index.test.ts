import { readdirSync, readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";

const DIR = new URL("../../src/webhooks/", import.meta.url);

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

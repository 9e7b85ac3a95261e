// Walks the static import graph: the SDK and webhook entries must never reach msw or the mock, and
// the CLI must not need msw either.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const IMPORT =
  /(?:import|export)\s[^"';]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|import\s*["']([^"']+)["']/g;

function graph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [resolve(root, entry)];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const spec = match[1] ?? match[2] ?? match[3] ?? "";
      if (!spec.startsWith(".")) {
        packages.add(spec);
        continue;
      }
      const target = resolve(dirname(file), spec).replace(/\.js$/, ".ts");
      if (existsSync(target)) pending.push(target);
    }
  }
  return { files, packages };
}

describe("module isolation", () => {
  it.each(["src/index.ts", "src/webhooks/index.ts"])("%s reaches neither msw nor src/mock", (entry) => {
    const { files, packages } = graph(entry);
    expect(files.size).toBeGreaterThan(0);
    expect([...files].filter((f) => f.includes("/src/mock/"))).toEqual([]);
    expect([...packages].filter((p) => p === "msw" || p.startsWith("msw/"))).toEqual([]);
  });

  it("neither the CLI nor octohooks/mock loads msw; only octohooks/mock/msw does", () => {
    expect([...graph("src/mock/bin.ts").packages].filter((p) => p.startsWith("msw"))).toEqual([]);
    expect([...graph("src/mock/index.ts").packages].filter((p) => p.startsWith("msw"))).toEqual([]);
    expect(graph("src/mock/msw.ts").packages.has("msw")).toBe(true);
  });
});

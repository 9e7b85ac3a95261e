// Size budgets (.size-limit.json), measured by size-limit the way a user's bundler sees the package:
// the entries import "octohooks" by name, resolved through package.json `exports` to dist/,
// bundled by esbuild for the browser, minified and gzipped.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { describeRun, runProcess } from "./support/childProcess.js";
import { REPO_ROOT } from "./support/paths.js";

interface Budget {
  name: string;
  limit: string;
}

interface Measured {
  name: string;
  passed: boolean;
  size: number;
  sizeLimit: number;
}

const budgets = JSON.parse(await readFile(join(REPO_ROOT, ".size-limit.json"), "utf8")) as Budget[];
let measured: Measured[];

beforeAll(async () => {
  const bin = join(REPO_ROOT, "node_modules", "size-limit", "bin.js");
  const result = await runProcess(process.execPath, [bin, "--json"], { cwd: REPO_ROOT, timeoutMs: 60_000 });
  // size-limit exits 1 when a budget is exceeded; its JSON is still complete then.
  if (!result.stdout.trim().startsWith("[")) throw new Error(describeRun("size-limit", result));
  measured = JSON.parse(result.stdout) as Measured[];
}, 90_000);

describe("size budgets, min+gzip", () => {
  test("the budgets are the ones the package promises", () => {
    expect(budgets.map((budget) => budget.limit)).toEqual(["8 kB", "2 kB"]);
  });

  test.each(budgets)("$name: at most $limit", (budget) => {
    const result = measured.find((entry) => entry.name === budget.name);
    expect(result, `size-limit measured no "${budget.name}"`).toBeDefined();
    expect(result!.size).toBeGreaterThan(500); // a bundle tree-shaken to nothing would pass any budget
    expect(result!.size, `${budget.name}: ${result!.size} B`).toBeLessThanOrEqual(result!.sizeLimit);
    expect(result!.passed).toBe(true);
  });
});

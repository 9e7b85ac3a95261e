// scripts/mutation-report.mjs turns Stryker's JSON report into mutation.md: the adjusted score per
// file and every survivor, equivalent (with its reason) or survived.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";

const SCRIPT = new URL("../../scripts/mutation-report.mjs", import.meta.url).pathname;
const SOURCE = "export function f(a: number) {\n  return a + 1;\n}\n";
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function mutant(id: string, status: string, mutatorName: string, replacement: string, column: number) {
  return {
    id,
    status,
    mutatorName,
    replacement,
    location: { start: { line: 2, column }, end: { line: 2, column: column + 5 } },
  };
}

async function render(mutants: unknown[], equivalents: unknown[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "mutation-report-"));
  dirs.push(dir);
  const report = { files: { "src/f.ts": { language: "typescript", source: SOURCE, mutants } } };
  writeFileSync(join(dir, "report.json"), JSON.stringify(report));
  writeFileSync(join(dir, "equivalents.json"), JSON.stringify({ mutants: equivalents }));
  const args = ["--report", "report.json", "--equivalents", "equivalents.json", "--out", "out.md"];
  await promisify(execFile)(process.execPath, [SCRIPT, ...args, "--run", "a test run"], { cwd: dir });
  return readFileSync(join(dir, "out.md"), "utf8");
}

describe("mutation-report", () => {
  it("scores killed ÷ (all − equivalent), a timeout killed, ignored and compile errors left out", async () => {
    const text = await render(
      [
        mutant("1", "Killed", "ArithmeticOperator", "a - 1", 10),
        mutant("2", "Timeout", "BlockStatement", "{}", 10),
        mutant("3", "Survived", "ArithmeticOperator", "a * 1", 10),
        mutant("4", "Survived", "ConditionalExpression", "true", 10),
        mutant("5", "Ignored", "StringLiteral", '""', 10),
        mutant("6", "CompileError", "BooleanLiteral", "false", 10),
      ],
      [
        {
          file: "src/f.ts",
          mutator: "ArithmeticOperator",
          original: "a + 1",
          replacement: "a * 1",
          reason: "a is always 1 here",
        },
      ],
    );
    expect(text).toContain("| src/f.ts | 4 | 2 | 1 | 1 | 1 | 66.7 % ✗ |");
    expect(text).toContain(
      "- src/f.ts:2 ArithmeticOperator `a + 1` → `a * 1`: equivalent: a is always 1 here",
    );
    expect(text).toContain("- src/f.ts:2 ConditionalExpression `a + 1` → `true`: survived");
    expect(text).toContain("Run: a test run.");
  });

  it("keys an equivalent by its replacement too, and lists an entry that matched nothing as stale", async () => {
    const entry = {
      file: "src/f.ts",
      mutator: "ArithmeticOperator",
      original: "a + 1",
      replacement: "a - 1",
      reason: "no",
    };
    const text = await render([mutant("1", "NoCoverage", "ArithmeticOperator", "a * 1", 10)], [entry]);
    expect(text).toContain("- src/f.ts:2 ArithmeticOperator `a + 1` → `a * 1`: survived (no test runs it)");
    expect(text).toContain("| src/f.ts | 1 | 0 | 0 | 1 | 0 | 0.0 % ✗ |");
    expect(text).toMatch(/matched no surviving mutant[\s\S]*- src\/f\.ts ArithmeticOperator `a \+ 1`/);
  });

  it("merges the reports of several runs, one row per file, with each run named", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mutation-report-"));
    dirs.push(dir);
    const file = (mutants: unknown[]) => ({ language: "typescript", source: SOURCE, mutants });
    const killed = mutant("1", "Killed", "ArithmeticOperator", "a - 1", 10);
    const survived = mutant("2", "Survived", "ArithmeticOperator", "a * 1", 10);
    writeFileSync(join(dir, "a.json"), JSON.stringify({ files: { "src/a.ts": file([killed]) } }));
    writeFileSync(join(dir, "b.json"), JSON.stringify({ files: { "src/b.ts": file([killed, survived]) } }));
    writeFileSync(join(dir, "equivalents.json"), JSON.stringify({ mutants: [] }));
    const args = ["--report", "a.json", "--run", "run a", "--report", "b.json", "--run", "run b"];
    await promisify(execFile)(
      process.execPath,
      [SCRIPT, ...args, "--equivalents", "equivalents.json", "--out", "out.md"],
      { cwd: dir },
    );
    const text = readFileSync(join(dir, "out.md"), "utf8");
    expect(text).toContain("- run a\n- run b\n");
    expect(text).toContain("| src/a.ts | 1 | 1 | 0 | 0 | 0 | 100.0 % |");
    expect(text).toContain("| src/b.ts | 2 | 1 | 0 | 1 | 0 | 50.0 % ✗ |");
    expect(text).toContain("| **all** | 3 | 2 | 0 | 1 | 0 | 66.7 % |");
    expect(text).toContain("- src/b.ts:2 ArithmeticOperator `a + 1` → `a * 1`: survived");
  });

  it("matches an entry with `near` only on a line that holds that text", async () => {
    const entry = (near: string) => ({
      file: "src/f.ts",
      mutator: "ArithmeticOperator",
      original: "a + 1",
      replacement: "a - 1",
      near,
      reason: "seen",
    });
    const survivor = mutant("1", "Survived", "ArithmeticOperator", "a - 1", 10);
    expect(await render([survivor], [entry("return")])).toContain("`a + 1` → `a - 1`: equivalent: seen");
    expect(await render([survivor], [entry("elsewhere")])).toContain("`a + 1` → `a - 1`: survived");
  });

  it("passes a file whose every mutant is killed", async () => {
    const text = await render([mutant("1", "Killed", "ArithmeticOperator", "a - 1", 10)], []);
    expect(text).toContain("| src/f.ts | 1 | 1 | 0 | 0 | 0 | 100.0 % |");
    expect(text).toContain("## Mutants no test caught\n\nNone.");
  });
});

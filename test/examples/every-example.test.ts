// `npm test` runs every example: each program in examples/ is run by some test in test/examples,
// read from the tests' syntax (see support/exampleRuns.ts), so mentioning one is not enough.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { REPO_ROOT } from "./support/exampleProcess.js";
import {
  findExampleRuns,
  findRunners,
  importedByExamples,
  listTypeScript,
  readSources,
} from "./support/exampleRuns.js";

const EXAMPLES = join(REPO_ROOT, "examples");

function testSources() {
  const tests = readdirSync(join(REPO_ROOT, "test/examples"))
    .filter((name) => name.endsWith(".test.ts"))
    .map((name) => `test/examples/${name}`);
  const support = listTypeScript(join(REPO_ROOT, "test/examples/support")).map(
    (name) => `test/examples/support/${name}`,
  );
  return { tests: readSources(REPO_ROOT, tests), support: readSources(REPO_ROOT, support) };
}

describe("every example is run by a test", () => {
  const sources = readSources(EXAMPLES, listTypeScript(EXAMPLES));
  const shared = importedByExamples(sources);
  const programs = sources.map((s) => s.path).filter((path) => !shared.has(path));
  const { tests, support } = testSources();
  const runners = findRunners([...support, ...tests]);
  const { run, unresolved } = findExampleRuns(tests, runners);

  test("the examples are found, and so is the helper that runs the receivers", () => {
    expect(programs).toContain("hooli-sms-status.ts");
    expect(programs).toContain("quickstart/create-application.ts");
    expect(runners.get("receiverSuite")).toBe(0);
  });

  test("each program in examples/ is run by a test in test/examples", () => {
    expect(programs.filter((example) => !run.has(example))).toEqual([]);
  });

  test("every example the tests run exists, and each is named by a literal", () => {
    expect([...run.keys()].filter((example) => !programs.includes(example))).toEqual([]);
    expect(unresolved).toEqual([]);
  });
});

describe("the scan counts runs, not mentions", () => {
  const runners = findRunners([
    {
      path: "support.ts",
      text: `export function suite(file: string, traits: object) {
        beforeAll(async () => { await startExample(file, {}); });
      }`,
    },
  ]);
  const scan = (text: string) => findExampleRuns([{ path: "a.test.ts", text }], runners);

  test("a call with a literal counts, directly or through a forwarding helper", () => {
    const { run } = scan(`test("x", () => runExample("a.ts"));\ndescribe("y", () => suite("b.ts", {}));`);
    expect([...run.keys()]).toEqual(["a.ts", "b.ts"]);
  });

  test("comments, other strings and skipped tests do not count", () => {
    const { run } = scan(`// runExample("a.ts")
      /* startExample("b.ts") */
      const note = 'runExample("c.ts")';
      other("d.ts");
      test.skip("e", () => runExample("e.ts"));
      describe.todo("f", () => suite("f.ts", {}));`);
    expect([...run.keys()]).toEqual([]);
  });

  test("a name the scan cannot read is reported, not silently ignored", () => {
    const { run, unresolved } = scan(`for (const name of names) runExample(name);`);
    expect(run.size).toBe(0);
    expect(unresolved).toEqual(["a.test.ts:1: runExample(name)"]);
  });
});

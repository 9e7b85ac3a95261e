// The mock needs no msw: from a project that installed the packed tarball without msw, the
// README's own mock snippet runs, and `octohooks/mock` imports and requires; only
// `octohooks/mock/msw` needs msw, and says so. The project is copied out of the repository first:
// inside it, Node would find the repository's own node_modules/msw by walking up.
import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { extractSnippets } from "../examples/support/docSnippets.js";
import { describeRun, runProcess } from "./support/childProcess.js";
import { type ConsumerProject, consumerProject } from "./support/consumerProject.js";
import { REPO_ROOT } from "./support/paths.js";

let core: ConsumerProject;
let workspace: string;

beforeAll(async () => {
  core = await consumerProject("core");
  workspace = await mkdtemp(join(tmpdir(), "octohooks-no-msw-"));
  await cp(join(core.root, "node_modules"), join(workspace, "node_modules"), { recursive: true });
  await writeFile(join(workspace, "package.json"), '{ "type": "module", "private": true }\n');
}, 240_000);
afterAll(() => (workspace ? rm(workspace, { recursive: true, force: true }) : undefined));

async function run(file: string, source: string) {
  await writeFile(join(workspace, file), source);
  return runProcess(process.execPath, [file], { cwd: workspace, timeoutMs: 30_000 });
}

describe("octohooks/mock in a project without msw", () => {
  test("msw is not installed there, nor anywhere above it, and neither is ajv", async () => {
    expect(existsSync(join(workspace, "node_modules", "msw"))).toBe(false);
    // The mock's request validators are generated code: they need no ajv at run time.
    expect(existsSync(join(workspace, "node_modules", "ajv"))).toBe(false);
    const result = await run("resolve-msw.mjs", 'import.meta.resolve("msw");\n');
    expect(result.code).not.toBe(0);
  });

  test("the README's mock snippet runs unchanged", async () => {
    const readme = await readFile(join(REPO_ROOT, "README.md"), "utf8");
    const snippets = extractSnippets("README.md", readme).filter((s) => s.code.includes('"octohooks/mock"'));
    expect(snippets).toHaveLength(1);
    const code = `${snippets[0]?.code}\nconsole.log("README_MOCK_OK");\n`;
    const result = await run("readme-mock.mjs", code);
    expect(result.code, describeRun("README mock snippet", result)).toBe(0);
    expect(result.stdout).toContain("README_MOCK_OK");
  });

  test("require() loads it too, and waitForDelivery is there", async () => {
    const source = `const { createMockServer } = require("octohooks/mock");
const mock = createMockServer();
mock.listen().then(async ({ url }) => {
  const res = await fetch(url + "/api/v1/health");
  console.log("STATUS", res.status, typeof mock.waitForDelivery);
  await mock.close();
});
`;
    const result = await run("require-mock.cjs", source);
    expect(result.code, describeRun("require octohooks/mock", result)).toBe(0);
    expect(result.stdout).toContain("STATUS 200 function");
  });

  test("octohooks/mock/msw fails there, naming msw", async () => {
    const result = await run("msw-entry.mjs", 'await import("octohooks/mock/msw");\n');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/msw/);
  });
});

// The README's offline quickstart, as a newcomer follows it: a fresh ESM project that installed only the
// packed package, `npx octohooks-mock --token AUTH_TOKEN`, and the quickstart copied from the README
// into quickstart.mjs, run with OCTOHOOKS_SERVER_URL pointing at the mock. Twice: a rerun must not fail.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { Octohooks } from "../../src/index.js";
import { describeRun, type ProcessResult, runProcess } from "./support/childProcess.js";
import { consumerProject } from "./support/consumerProject.js";
import { type RunningMock, startMockServer } from "./support/mockServer.js";
import { REPO_ROOT } from "./support/paths.js";

let readme: string;
let workspace: string;
let mock: RunningMock;

/** The body of the first fenced block of `language` after `heading` in the README. */
function block(heading: string, language: string): string {
  const from = readme.indexOf(`\n${heading}\n`);
  expect(from, heading).toBeGreaterThan(-1);
  const match = new RegExp(`\\n\`\`\`${language}\\n([\\s\\S]*?)\\n\`\`\`\\n`).exec(readme.slice(from));
  expect(match, `${heading}: a ${language} block`).not.toBeNull();
  return match?.[1] as string;
}

beforeAll(async () => {
  readme = await readFile(join(REPO_ROOT, "README.md"), "utf8");
  // "core": the packed package and what it depends on, nothing else (no msw, no @types/node).
  const consumer = await consumerProject("core");
  workspace = await consumer.workspace("readme-quickstart");
  await writeFile(join(workspace, "quickstart.mjs"), block("## Quickstart", "typescript"));
  // The README's command, with a free port instead of 8071 so parallel runs cannot collide.
  mock = await startMockServer("npx", { cwd: workspace, token: "AUTH_TOKEN" });
}, 300_000);

afterAll(() => mock?.stop());

function runQuickstart(): Promise<ProcessResult> {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, OCTOHOOKS_SERVER_URL: mock.url };
  return runProcess(process.execPath, ["quickstart.mjs"], { cwd: workspace, env, timeoutMs: 30_000 });
}

test("the README gives the commands this test runs", () => {
  const commands = block("### Offline, with no account", "sh");
  expect(commands).toMatch(/^npx octohooks-mock --token AUTH_TOKEN\b/m);
  expect(commands).toMatch(/^OCTOHOOKS_SERVER_URL=http:\/\/127\.0\.0\.1:8071 node quickstart\.mjs\b/m);
  expect(block("## Quickstart", "typescript")).toContain('new Octohooks("AUTH_TOKEN")');
});

test("the quickstart runs unchanged against npx octohooks-mock, and again without failing", async () => {
  const first = await runQuickstart();
  expect(first.code, describeRun("first run", first)).toBe(0);
  const second = await runQuickstart();
  expect(second.code, describeRun("second run", second)).toBe(0);
  expect(second.stdout).toContain("Already sent by an earlier run.");

  // What the two runs left: one application, one endpoint, one message (the rerun sent nothing twice).
  const octohooks = new Octohooks("AUTH_TOKEN", { serverUrl: mock.url, maxRetries: 0 });
  const applications = (await octohooks.application.list()).data;
  expect(applications.map((application) => application.uid)).toEqual(["application-name"]);
  const endpoints = (await octohooks.endpoint.list("application-name")).data;
  expect(endpoints.map((endpoint) => [endpoint.uid, endpoint.url])).toEqual([
    ["my-main-endpoint", "https://api.example.com/octohooks-webhooks"],
  ]);
  const messages = (await octohooks.message.list("application-name")).data;
  expect(messages.map((message) => [message.uid, message.eventType])).toEqual([
    ["774fa91a-510b-4a35-9799-6c233f6af790", "customer.created"],
  ]);
}, 90_000);

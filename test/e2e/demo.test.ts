// `npm run demo` (scripts/demo.ts) as a child process: against its in-process mock, against a server
// given by URL, with an unreachable receiver, and with bad arguments. The token and the endpoint's
// secret never appear in what it prints.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type ProcessRun, runScript } from "../examples/support/exampleProcess.js";
import { type RunningMock, startMock } from "../examples/support/mockServer.js";

const TOKEN = "tk_demo_e2e_0123456789abcdefghijklmnop";
const STEPS = ["Server", "Receiver", "Application", "Endpoint", "Secret", "Message", "Delivered", "Attempt"];

function runDemo(args: string[] = []): Promise<ProcessRun> {
  return runScript("scripts/demo.ts", { args, timeoutMs: 30_000 });
}

/** The numbered step labels, in the order printed. */
function stepLabels(stdout: string): string[] {
  return [...stdout.matchAll(/^\s*\d+\. (\w+)/gm)].map((match) => match[1] as string);
}

function expectNoSecrets(text: string, secrets: string[] = []) {
  expect(text).not.toMatch(/whsec_[A-Za-z0-9+/=]/);
  expect(text).not.toMatch(/testsk_/);
  for (const secret of secrets) expect(text).not.toContain(secret);
}

describe("npm run demo, with the in-process mock", () => {
  test("runs the quickstart step by step and exits 0 once the delivery verified", async () => {
    const run = await runDemo();
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(stepLabels(run.stdout)).toEqual(STEPS);
    expect(run.stdout).toMatch(
      /^ 6\. Message +msg_\w+ +customer\.created +uid 774fa91a-510b-4a35-9799-6c233f6af790$/m,
    );
    expect(run.stdout).toMatch(
      /^ 7\. Delivered +POST \/webhooks +signature verified, payload matches the message$/m,
    );
    expect(run.stdout).toMatch(/^ 8\. Attempt +atmpt_\w+ +success, HTTP 204 in \d+ ms$/m);
    expect(run.stdout).toMatch(/^✓ Done: the webhook was delivered and verified/m);
    expectNoSecrets(run.stdout);
  });
});

describe("npm run demo -- --server-url URL --token T", () => {
  let server: RunningMock;

  beforeAll(async () => {
    server = await startMock(TOKEN);
  });

  afterAll(async () => {
    await server?.close();
  });

  test("runs against that server, which records the verified delivery", async () => {
    const run = await runDemo(["--server-url", server.url, "--token", TOKEN]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(stepLabels(run.stdout)).toEqual(STEPS);

    const client = server.octohooks;
    const [app] = (await client.application.list()).data;
    expect(run.stdout).toContain(`Application  ${app?.id}  uid ${app?.uid}`);
    expect(run.stdout).toContain(`The application ${app?.uid} stays on the server for you to inspect.`);
    const [endpoint] = (await client.endpoint.list(app?.id ?? "")).data;
    const [message] = (await client.message.list(app?.id ?? "")).data;
    const attempts = await client.attempt.listByMessage(app?.id ?? "", message?.id ?? "");
    expect(attempts.data.map((a) => [a.endpointId, a.status])).toEqual([[endpoint?.id, "success"]]);

    const { key } = await client.endpoint.getSecret(app?.id ?? "", endpoint?.id ?? "");
    expectNoSecrets(run.stdout, [TOKEN, key, key.slice("whsec_".length)]);
  });

  test("fails with exit 1 and says why when the server cannot reach the receiver", async () => {
    const unreachable = "http://127.0.0.1:1/webhooks";
    const run = await runDemo(["--server-url", server.url, "--token", TOKEN, "--receiver-url", unreachable]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^ 6\. Message /m);
    expect(run.stdout).toMatch(/^✗ Failed at step 7: the delivery failed: failed, Connection error/m);
    expect(run.stdout).not.toContain("Done");
    expectNoSecrets(run.stdout + run.stderr, [TOKEN]);
  });

  test("refuses a wrong token with exit 1, without printing it", async () => {
    const wrong = "tk_wrong_token_value_1234567890";
    const run = await runDemo(["--server-url", server.url, "--token", wrong]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^✗ Failed at step 1: the server refused the token/m);
    expectNoSecrets(run.stdout + run.stderr, [wrong]);
  });
});

describe("npm run demo -- --help and bad arguments", () => {
  test("--help prints the usage and exits 0 without running anything", async () => {
    const run = await runDemo(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run demo/);
    expect(run.stdout).toContain("--receiver-url URL");
    expect(stepLabels(run.stdout)).toEqual([]);
  });

  test.each([
    [["--server-url", "http://127.0.0.1:1"], "--server-url needs --token"],
    [["--server-url", "ftp://example.com", "--token", "x"], "--server-url must be an http(s) URL"],
    [["--timeout", "0"], "--timeout must be seconds"],
    [["--colour"], "Unknown option '--colour'"],
  ])("%j exits 2 with the reason and the usage", async (args, reason) => {
    const run = await runDemo(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(reason);
    expect(run.stderr).toContain("Usage: npm run demo");
    expect(run.stdout).toBe("");
  });
});

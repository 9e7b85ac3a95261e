import { type ChildProcess, spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { formatDelivery, parseCliArgs, startCli, stopOnSignal } from "../../src/mock/cli.js";

let child: ChildProcess | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
});

/** Resolves with the first stdout match of `pattern`, failing after `ms`. */
function waitFor(
  output: { text: string },
  proc: ChildProcess,
  pattern: RegExp,
  ms = 15_000,
): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`timed out waiting for ${pattern}; got: ${output.text}`)),
      ms,
    );
    const check = () => {
      const match = output.text.match(pattern);
      if (!match) return;
      clearTimeout(timer);
      proc.stdout?.off("data", check);
      resolve(match);
    };
    proc.stdout?.on("data", check);
    check();
  });
}

describe("octohooks-mock bin", () => {
  it("prints its URL and tokens, serves the API, logs without secrets and exits 0 on SIGINT", async () => {
    // node --import tsx rather than npx: npm exec answers a signal with its own exit code 130.
    child = spawn(
      process.execPath,
      ["--import", "tsx", "src/mock/bin.ts", "--port", "0", "--token", "tk_cli_secret:staging"],
      {
        cwd: new URL("../..", import.meta.url),
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const output = { text: "" };
    child.stdout?.on("data", (chunk: Buffer) => (output.text += chunk));
    const [, url] = await waitFor(output, child, /listening on (http:\/\/127\.0\.0\.1:\d+)/);
    await waitFor(output, child, /token tk_c… {2}\(environment staging\)/);

    expect(await (await fetch(`${url}/api/v1/health`)).json()).toEqual({ status: "ok" });
    const headers = { authorization: "Bearer tk_cli_secret", "content-type": "application/json" };
    const app = await (
      await fetch(`${url}/api/v1/app`, { method: "POST", headers, body: '{"name":"A"}' })
    ).json();
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const body = JSON.stringify({ url: "http://127.0.0.1:9/none", secret });
    expect(
      (await fetch(`${url}/api/v1/app/${app.id}/endpoint`, { method: "POST", headers, body })).status,
    ).toBe(201);
    await waitFor(output, child, /201 POST \/api\/v1\/app\/app_\w+\/endpoint \d+ms req_/);

    const exited = new Promise<number | null>((resolve) => child?.once("exit", (code) => resolve(code)));
    child.kill("SIGINT");
    expect(await exited).toBe(0);
    expect(output.text).not.toContain(secret);
    expect(output.text).not.toContain("Bearer");
    expect(output.text).not.toContain("tk_cli_secret");
  });
});

describe("cli arguments", () => {
  it("parses repeated tokens with environments and numeric options", () => {
    const config = parseCliArgs([
      "--port",
      "0",
      "--token",
      "a:prod",
      "--token",
      "b",
      "--retry-schedule-scale",
      "0.001",
      "--cors",
    ]);
    expect(config).toMatchObject({
      port: 0,
      host: "127.0.0.1",
      tokens: { a: "prod", b: "default" },
      generatedTokens: false,
      cors: true,
      retryScheduleScale: 0.001,
    });
    expect(Object.values(parseCliArgs([]).tokens)).toEqual(["default"]);
    expect(parseCliArgs([]).generatedTokens).toBe(true);
  });

  it("parses --app into applications that exist from the start", () => {
    expect(parseCliArgs(["--app", "app_seed1:Seed app", "--app", "app_seed2"]).applications).toEqual([
      { id: "app_seed1", name: "Seed app" },
      { id: "app_seed2", name: "app_seed2" },
    ]);
  });

  it("parses the retention options, both spellings of turning payloads off", () => {
    expect(parseCliArgs([])).toMatchObject({ retainMessages: undefined, retainPayloads: undefined });
    expect(parseCliArgs(["--retain-messages", "10000", "--retain-payloads=false"])).toMatchObject({
      retainMessages: 10_000,
      retainPayloads: false,
    });
    expect(parseCliArgs(["--no-retain-payloads"]).retainPayloads).toBe(false);
    expect(parseCliArgs(["--retain-payloads", "true"]).retainPayloads).toBe(true);
  });

  it("refuses bad retention values with a message naming the option and what it expects", () => {
    for (const bad of ["0", "-5", "1.5", "lots", ""])
      expect(() => parseCliArgs([`--retain-messages=${bad}`])).toThrow(
        /^--retain-messages: invalid value .* \(expected a positive integer\)$/,
      );
    expect(() => parseCliArgs(["--retain-payloads=no"])).toThrow(
      '--retain-payloads: invalid value "no" (expected true or false)',
    );
    expect(() => parseCliArgs(["--retain-payloads=true", "--no-retain-payloads"])).toThrow(
      /only one of them/,
    );
    expect(() => parseCliArgs(["--retain-payloads"])).toThrow(/--retain-payloads/);
  });

  it("starts the mock with the retention options and says so in the banner", async () => {
    const lines: string[] = [];
    const config = parseCliArgs(["--port", "0", "--retain-messages", "2", "--no-retain-payloads", "--quiet"]);
    const running = await startCli(config, (line) => lines.push(line));
    try {
      expect(lines).toContain("  keeping last 2 messages per environment; payloads dropped once delivered");
      const env = running.mock.store.environments.get("default");
      expect(env?.retention.limit).toBe(2);
    } finally {
      await running.stop();
    }
  });

  it("rejects bad values", () => {
    expect(() => parseCliArgs(["--port", "70000"])).toThrow(/--port/);
    expect(() => parseCliArgs(["--port", "x"])).toThrow(/--port/);
    expect(() => parseCliArgs(["--token", ":env"])).toThrow(/--token/);
    expect(() => parseCliArgs(["--bogus"])).toThrow("Unknown option '--bogus'");
  });

  it("a failed stop after a signal exits 1 with one line on stderr, never a rejection", async () => {
    const out = { stdout: [] as string[], stderr: [] as string[] };
    const sink = { stdout: (l: string) => out.stdout.push(l), stderr: (l: string) => out.stderr.push(l) };
    const failing = { stop: () => Promise.reject(new Error("listener would not close")) };
    expect(await stopOnSignal(failing, "SIGTERM", sink)).toBe(1);
    expect(out.stdout).toEqual(["Received SIGTERM, stopping"]);
    expect(out.stderr).toEqual(["octohooks-mock: could not stop cleanly: listener would not close"]);
    expect(await stopOnSignal({ stop: async () => undefined }, "SIGINT", sink)).toBe(0);
    expect(out.stderr).toHaveLength(1);
  });

  it("formats a delivery with the URL's origin and the endpoint ID", () => {
    const line = formatDelivery({
      environment: "default",
      msgId: "msg_1",
      endpointId: "ep_1",
      url: "https://example.com",
      attempt: 2,
      triggerType: "scheduled",
      ok: false,
      statusCode: 500,
      durationMs: 3,
      nextAttempt: 0,
    });
    expect(line).toBe(
      "delivery msg_1 -> ep_1 https://example.com #2 scheduled failed 500 3ms next=1970-01-01T00:00:00.000Z",
    );
  });
});

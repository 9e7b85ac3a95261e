// The sender choice and the node:http sender's own promises: a keep-alive agent per client, idle
// sockets that never hold the process open, `close()` and `Symbol.asyncDispose`, `httpAgent`.
import { writeFile } from "node:fs/promises";
import http from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createSender as createDefaultSender } from "../../src/core/http.js";
import { createSender } from "../../src/core/http.node.js";
import { InvalidArgumentError, Octohooks, OctohooksError } from "../../src/index.js";
import { loopback, until } from "../helpers/loopbackServer.js";
import { describeRun, runProcess } from "../package/support/childProcess.js";

const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const OK = { status: "ok" };
const answer = (res: http.ServerResponse) => {
  res.writeHead(200, { "content-type": "application/json", "content-length": 15 });
  res.end(JSON.stringify(OK));
};

afterEach(() => vi.unstubAllGlobals());

describe("close()", () => {
  it("closes the client's idle sockets; a later call opens a new one", async () => {
    const server = await loopback((_req, res) => answer(res));
    const octohooks = new Octohooks("tok", { serverUrl: server.url });
    await octohooks.health.get();
    expect(server.open()).toBe(1);
    octohooks.close();
    await until(() => server.open() === 0);
    await expect(octohooks.health.get()).resolves.toEqual(OK);
    expect(server.connections()).toBe(2);
  });

  it("frees the sockets of withOptions copies too: a copy on the same server shares the pool", async () => {
    const server = await loopback((_req, res) => answer(res));
    const octohooks = new Octohooks("tok", { serverUrl: server.url });
    const patient = octohooks.withOptions({ timeout: 60_000, maxRetries: 5 });
    await octohooks.health.get();
    await patient.health.get();
    expect(server.connections()).toBe(1);
    octohooks.close();
    await until(() => server.open() === 0);
    // Another server, or another transport, is another pool.
    const other = await loopback((_req, res) => answer(res));
    await octohooks.withOptions({ serverUrl: other.url }).health.get();
    expect(other.connections()).toBe(1);
    expect(server.connections()).toBe(1);
  });

  it("keeps its sockets in an agent of its own, never Node's global agent (which close() could not free)", async () => {
    const server = await loopback((_req, res) => answer(res));
    const octohooks = new Octohooks("tok", { serverUrl: server.url });
    await octohooks.health.get();
    expect(server.open()).toBe(1);
    expect(Object.values(http.globalAgent.freeSockets).flat()).toHaveLength(0);
    expect(Object.values(http.globalAgent.sockets).flat()).toHaveLength(0);
    octohooks.close();
  });

  it("is what Symbol.asyncDispose does (`await using`)", async () => {
    const server = await loopback((_req, res) => answer(res));
    {
      await using octohooks = new Octohooks("tok", { serverUrl: server.url });
      await octohooks.health.get();
      expect(server.open()).toBe(1);
    }
    await until(() => server.open() === 0);
  });

  it("is harmless on a client that never sent, or over fetch", () => {
    expect(() => new Octohooks("tok").close()).not.toThrow();
    expect(() => new Octohooks("tok", { fetch: globalThis.fetch }).close()).not.toThrow();
  });
});

describe("idle keep-alive sockets", () => {
  it("never keep the process alive: a script that sends and never closes exits by itself", async () => {
    const server = await loopback((_req, res) => answer(res));
    const script = join(tmpdir(), `octohooks-idle-${process.pid}.mts`);
    const sender = pathToFileURL(join(REPO_ROOT, "src/core/http.node.ts")).href;
    await writeFile(
      script,
      `import { createSender } from ${JSON.stringify(sender)};
const base = process.argv.at(-1);
const sender = createSender({ baseUrl: base, fetch: undefined, httpAgent: undefined });
const get = () => sender.send({ method: "GET", url: base + "/api/v1/health", headers: {}, body: undefined,
  timeout: 10_000, signal: undefined, maxResponseBytes: 1_000 });
const statuses = [(await get()).status, (await get()).status];
await new Promise((resolve) => setImmediate(resolve));
// Resources that hold the event loop open: a kept socket would be a TCPSocketWrap.
console.log(JSON.stringify({ statuses, active: process.getActiveResourcesInfo() }));
`,
    );
    const result = await runProcess(process.execPath, ["--import", "tsx", script, server.url], {
      cwd: REPO_ROOT,
      timeoutMs: 30_000,
    });
    expect(result.code, describeRun("idle socket script", result)).toBe(0);
    const { statuses, active } = JSON.parse(result.stdout) as { statuses: number[]; active: string[] };
    expect(statuses).toEqual([200, 200]);
    expect(server.connections()).toBe(1); // the second call reused the kept socket
    expect(active).not.toContain("TCPSocketWrap");
    expect(result.timedOut).toBe(false);
  }, 40_000);
});

describe("httpAgent", () => {
  it("sends every request through the given agent, and close() leaves it to its owner", async () => {
    const server = await loopback((_req, res) => answer(res));
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const freed = vi.fn();
    agent.on("free", freed);
    const octohooks = new Octohooks("tok", { serverUrl: server.url, httpAgent: agent });
    await Promise.all([octohooks.health.get(), octohooks.health.get()]);
    expect(freed).toHaveBeenCalledTimes(2);
    expect(server.connections()).toBe(1); // maxSockets: 1, the agent's own limit
    octohooks.close();
    expect(Object.values(agent.freeSockets).flat()).toHaveLength(1);
    agent.destroy();
  });

  it("is refused with fetch, and by the default (non-Node) build", () => {
    const agent = new http.Agent();
    const options = { baseUrl: "http://127.0.0.1:1", httpAgent: agent };
    expect(() => createSender({ ...options, fetch: globalThis.fetch })).toThrow(InvalidArgumentError);
    expect(() => createDefaultSender({ ...options, fetch: undefined })).toThrow(InvalidArgumentError);
    expect(() => new Octohooks("tok", { httpAgent: agent, fetch: globalThis.fetch })).toThrow(
      "httpAgent applies to the node:http transport",
    );
  });
});

describe("the default build's sender", () => {
  it("needs a fetch: without a global one, construction says to pass one", () => {
    vi.stubGlobal("fetch", undefined);
    expect(() =>
      createDefaultSender({ baseUrl: "http://x", fetch: undefined, httpAgent: undefined }),
    ).toThrow(OctohooksError);
  });
});

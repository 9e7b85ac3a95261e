// Both delivery transports answer alike (node:http with keep-alive, and fetch), and the mock picks
// the one that keeps deliveries visible to whatever replaced the global fetch.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  type DeliveryTransport,
  fetchTransport,
  MAX_RECORDED_RESPONSE_BYTES,
  nodeTransport,
  pickTransport,
} from "../../src/mock/transport.js";
import { until } from "../helpers/loopbackServer.js";

let server: Server;
let base = "";
const seen: { path: string; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c));
    req.on("end", () => {
      seen.push({ path: req.url ?? "", body });
      if (req.url === "/redirect") return void res.writeHead(302, { location: "/ok" }).end("moved");
      if (req.url === "/big") return void res.writeHead(200).end("é".repeat(MAX_RECORDED_RESPONSE_BYTES));
      if (req.url === "/cut") {
        res.writeHead(200, { "content-length": "100" });
        // Cut once the first bytes are on their way.
        return void res.write("partial", () => res.destroy());
      }
      if (req.url === "/slow") return void res.writeHead(200).write("start");
      res.writeHead(req.url === "/fail" ? 503 : 200).end(`got ${body}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
);
afterEach(() => {
  seen.length = 0;
  vi.unstubAllGlobals();
});

const node = nodeTransport();
afterAll(() => node.close());
const transports: [string, DeliveryTransport][] = [
  ["node:http", node.send],
  ["fetch", fetchTransport(globalThis.fetch)],
];
const post = (send: DeliveryTransport, path: string, signal = new AbortController().signal) =>
  send(`${base}${path}`, { "content-type": "application/json", "x-custom": "1" }, '{"a":1}', signal);

describe.each(transports)("%s transport", (_name, send) => {
  it("sends the body and answers the status and body, 2xx or not", async () => {
    expect(await post(send, "/ok")).toEqual({ status: 200, body: 'got {"a":1}' });
    expect(await post(send, "/fail")).toEqual({ status: 503, body: 'got {"a":1}' });
    expect(seen.map((s) => s.body)).toEqual(['{"a":1}', '{"a":1}']);
  });

  it("does not follow a redirect", async () => {
    expect(await post(send, "/redirect")).toEqual({ status: 302, body: "moved" });
    expect(seen.map((s) => s.path)).toEqual(["/redirect"]);
  });

  it("keeps at most 10 KB of the body", async () => {
    const { body } = await post(send, "/big");
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(MAX_RECORDED_RESPONSE_BYTES);
    expect(body.startsWith("éé")).toBe(true);
  });

  it("rejects a refused connection, an answer cut short, and an abort while reading", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const refused = send(`http://127.0.0.1:${port}/`, {}, "{}", new AbortController().signal);
    await expect(refused).rejects.toSatisfy((e: Error) => /ECONNREFUSED/.test(`${e.message} ${e.cause}`));
    await expect(post(send, "/cut")).rejects.toBeInstanceOf(Error);
    const controller = new AbortController();
    const slow = post(send, "/slow", controller.signal);
    await until(() => seen.some((request) => request.path === "/slow"));
    controller.abort();
    await expect(slow).rejects.toBeInstanceOf(Error);
  });
});

describe("pickTransport", () => {
  it("uses node:http while the global fetch is untouched, else the fetch given or installed", async () => {
    const calls: string[] = [];
    const spy = (name: string) =>
      (async (input: RequestInfo | URL) => {
        calls.push(`${name} ${String(input)}`);
        return new Response("spied");
      }) as typeof fetch;
    expect(pickTransport(undefined, node.send)).toBe(node.send);
    const given = pickTransport(spy("given"), node.send);
    expect(await given(`${base}/ok`, {}, "{}", new AbortController().signal)).toEqual({
      status: 200,
      body: "spied",
    });
    vi.stubGlobal("fetch", spy("global"));
    const installed = pickTransport(undefined, node.send);
    expect(installed).not.toBe(node.send);
    await installed(`${base}/ok`, {}, "{}", new AbortController().signal);
    expect(calls).toEqual([`given ${base}/ok`, `global ${base}/ok`]);
    expect(seen).toEqual([]);
  });
});

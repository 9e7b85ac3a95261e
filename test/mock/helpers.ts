// Shared test fixtures: a listening mock with a spec-checked `api()` client, and a webhook receiver.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { expect } from "vitest";
import { createMockServer, type MockServer, type MockServerOptions } from "../../src/mock/index.js";
import { conformanceProblems } from "./specValidator.js";

/** A parsed response. */
// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked against the spec, then read freely by tests.
export interface ApiResult<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** Options of one `api()` call. */
export interface ApiCall {
  body?: unknown;
  /** Sent as is instead of JSON-encoding `body`. */
  rawBody?: string;
  /** `null` sends no authorization header. */
  token?: string | null;
  headers?: Record<string, string>;
}

/** A mock listening on 127.0.0.1 and a fetch client whose every response is checked against openapi.yaml. */
export interface MockHarness {
  mock: MockServer;
  url: string;
  // biome-ignore lint/suspicious/noExplicitAny: see ApiResult.
  api<T = any>(method: string, path: string, call?: ApiCall): Promise<ApiResult<T>>;
  close(): Promise<void>;
}

/** Checks a response against the spec and parses it. */
export async function readChecked(method: string, path: string, response: Response): Promise<ApiResult> {
  const text = await response.text();
  const body = text === "" ? undefined : JSON.parse(text);
  expect(response.headers.get("x-request-id")).toBeTruthy();
  expect(conformanceProblems(method, path, response.status, response.headers, body)).toEqual([]);
  return { status: response.status, headers: response.headers, body };
}

/** Starts a mock (`retryJitter: 0` unless given) and listens on a free loopback port. */
export async function startMock(options: MockServerOptions = {}): Promise<MockHarness> {
  const mock = createMockServer({ retryJitter: 0, ...options });
  const { url } = await mock.listen();
  const api = async (method: string, path: string, call: ApiCall = {}) => {
    const headers: Record<string, string> = { ...call.headers };
    const token = call.token === undefined ? mock.token : call.token;
    if (token !== null) headers.authorization = `Bearer ${token}`;
    let body: string | undefined = call.rawBody;
    if (call.body !== undefined) body = JSON.stringify(call.body);
    if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === "content-type"))
      headers["content-type"] = "application/json";
    const response = await fetch(`${url}${path}`, { method, headers, body });
    return readChecked(method, path, response);
  };
  return { mock, url, api, close: () => mock.close() };
}

/** One request a receiver got. */
export interface Received {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What a receiver answers; `hang` never answers. */
export type Reply = { status: number; body?: string } | "hang";

/** A local webhook receiver on 127.0.0.1. */
export interface Receiver {
  url: string;
  received: Received[];
  /** Decides the answer to the n-th request (0-based); default 200 "ok". */
  reply: (request: Received, index: number) => Reply;
  close(): Promise<void>;
}

/** Starts a receiver that records every request. */
export async function startReceiver(reply?: Receiver["reply"]): Promise<Receiver> {
  const receiver: Receiver = {
    url: "",
    received: [],
    reply: reply ?? (() => ({ status: 200, body: "ok" })),
    close: async () => undefined,
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const request = {
        method: req.method ?? "",
        path: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      };
      const answer = receiver.reply(request, receiver.received.length);
      receiver.received.push(request);
      if (answer === "hang") return;
      res.writeHead(answer.status, { "content-type": "text/plain" });
      res.end(answer.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  receiver.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return receiver;
}

/**
 * The reference mock server on a loopback port, accepting the token the seed snippets use
 * (`new Octohooks("AUTH_TOKEN")`), plus a client of its own for the test's assertions.
 */
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { Octohooks } from "../../../src/index.js";
import { createMockServer, type MockServer, type MockServerOptions } from "../../../src/mock/index.js";

export const SEED_TOKEN = "AUTH_TOKEN";

export interface RunningMock {
  mock: MockServer;
  url: string;
  /** A client of the mock, for the test's own calls. */
  octohooks: Octohooks;
  /** The environment that points an example's `new Octohooks()` at the mock. */
  env: { OCTOHOOKS_TOKEN: string; OCTOHOOKS_SERVER_URL: string };
  close(): Promise<void>;
}

/**
 * Starts the mock with one token (default {@link SEED_TOKEN}). Failed deliveries are not retried, so
 * `mock.settle()` never waits for a retry.
 */
export async function startMock(
  token: string = SEED_TOKEN,
  options: MockServerOptions = {},
): Promise<RunningMock> {
  const mock = createMockServer({ retrySchedule: [], ...options, tokens: { [token]: "default" } });
  const { url } = await mock.listen({ port: 0, host: "127.0.0.1" });
  return {
    mock,
    url,
    octohooks: new Octohooks(token, { serverUrl: url, maxRetries: 0 }),
    env: { OCTOHOOKS_TOKEN: token, OCTOHOOKS_SERVER_URL: url },
    close: () => mock.close(),
  };
}

/** One request a {@link Recorder} received. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A webhook receiver that records every request and answers 204. */
export interface Recorder {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startRecorder(): Promise<Recorder> {
  const requests: RecordedRequest[] = [];
  const server = createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    requests.push({ method: req.method ?? "", path: req.url ?? "", headers: req.headers, body });
    res.writeHead(204).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

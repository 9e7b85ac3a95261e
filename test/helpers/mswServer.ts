import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";

/** The server URL the msw-backed tests talk to; msw intercepts `fetch` in-process. */
export const BASE = "https://api.test.octohooks";

/** An msw server that fails the test on any request no handler expects. */
export function useMswServer() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

/** Collects the requests a handler saw, cloned so their bodies stay readable. */
export function recorder() {
  const requests: Request[] = [];
  return {
    requests,
    record(request: Request) {
      requests.push(request.clone());
    },
  };
}

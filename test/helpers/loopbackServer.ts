// A real HTTP server on 127.0.0.1 for the tests that need real sockets (stalls, resets, caps,
// keep-alive), which msw cannot produce. Each test gives the handler; the server records every
// request with the connection it came on, and is closed after the test.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterEach } from "vitest";

/** One request as the server saw it. */
export interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
  /** 1 for the first connection the server accepted, 2 for the next… */
  connection: number;
}

/** What a handler gets: the request, its recorded form, and the response. */
export type Handler = (req: IncomingMessage, res: ServerResponse, seen: Seen) => void;

/** A started server: its URL, what it saw, and its open connections. */
export interface Loopback {
  url: string;
  requests: Seen[];
  /** Connections accepted so far. */
  connections: () => number;
  /** Connections still open. */
  open: () => number;
}

const started: Array<() => void> = [];
afterEach(() => {
  for (const stop of started.splice(0)) stop();
});

/** Starts a server answering with `handler`; it stops after the current test. */
export async function loopback(handler: Handler): Promise<Loopback> {
  const requests: Seen[] = [];
  const ids = new WeakMap<Socket, number>();
  let accepted = 0;
  const live = new Set<Socket>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const seen: Seen = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
        connection: ids.get(req.socket) ?? 0,
      };
      requests.push(seen);
      handler(req, res, seen);
    });
  });
  server.keepAliveTimeout = 60_000;
  server.on("connection", (socket: Socket) => {
    ids.set(socket, ++accepted);
    live.add(socket);
    socket.on("close", () => live.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  started.push(() => {
    server.closeAllConnections();
    server.close();
  });
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests, connections: () => accepted, open: () => live.size };
}

/**
 * Resolves once `check` holds, checking again at each turn of the event loop (after its I/O), so
 * it waits for events, never for the clock; the test's timeout bounds it.
 */
export async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setImmediate(resolve));
}

// A bare node:http server answering every request with 202 and a fixed `MessageOut` body: the
// ceiling for a Node client on this machine, since it does no work of its own.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** The body the fixed server answers with, as the real API answers `message.create`. */
export const FIXED_ANSWER = JSON.stringify({
  id: "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W",
  uid: null,
  eventType: "invoice.paid",
  payload: { id: "in_1", amount: 1999, currency: "EUR" },
  channels: null,
  timestamp: "2026-01-01T00:00:00Z",
});

/** A started fixed server: its URL, the server, and how many sockets it has accepted. */
export interface FixedServer {
  url: string;
  server: Server;
  sockets: () => number;
}

/** Starts the fixed server on 127.0.0.1 and a free port. */
export async function startFixedServer(): Promise<FixedServer> {
  let sockets = 0;
  const length = Buffer.byteLength(FIXED_ANSWER);
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(202, { "content-type": "application/json", "content-length": length });
      res.end(FIXED_ANSWER);
    });
  });
  server.on("connection", () => sockets++);
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server, sockets: () => sockets };
}

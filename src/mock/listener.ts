/**
 * Serves the router over node:http on loopback. It converts `IncomingMessage` straight into the
 * router's plain request (no Fetch objects on this path) and stops reading bodies over 1 MiB.
 *
 * @module
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { BODY_TOO_LARGE, DROP_CONNECTION, MAX_BODY_BYTES, type MockRequest } from "./exchange.js";
import { newId } from "./ids.js";
import { type Router, requestIdFor } from "./router.js";

/** Options of `mock.listen()`. */
export interface ListenOptions {
  /** Port to bind; `0` (the default) picks a free one. */
  port?: number;
  /** Interface to bind (default `127.0.0.1`). */
  host?: string;
  /** Answer CORS preflights and allow any origin, for browser tests. */
  cors?: boolean;
}

/** A running listener. */
export interface MockListener {
  /** Base URL to give a client, e.g. `http://127.0.0.1:54321`. */
  readonly url: string;
  /** The port bound (the one picked when `port: 0` was asked). */
  readonly port: number;
  /** Stops accepting connections and closes open ones. */
  close(): Promise<void>;
}

const CORS_HEADERS: Record<string, string> = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "x-request-id, retry-after, idempotent-replayed",
};

/** Starts an HTTP server that answers every request with `router`. */
export async function startListener(router: Router, options: ListenOptions = {}): Promise<MockListener> {
  const host = options.host ?? "127.0.0.1";
  const cors = options.cors ?? false;
  const server = createServer({ keepAlive: true }, (req, res) => {
    if (cors && req.method === "OPTIONS") return preflight(req, res);
    readBody(req, (body) => void answerSafely(router, req, res, body, cors));
  });
  server.on("clientError", answerParseError);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(":") ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

/** Collects the body, or gives up at the size limit (declared or actual) without reading the rest. */
function readBody(req: IncomingMessage, done: (body: MockRequest["body"]) => void): void {
  const declared = req.headers["content-length"];
  // Most requests (GETs) have no body: answer at once instead of waiting for the stream's end.
  if ((declared === undefined || declared === "0") && req.headers["transfer-encoding"] === undefined) {
    done(undefined);
    return;
  }
  if (Number(declared ?? 0) > MAX_BODY_BYTES) {
    done(BODY_TOO_LARGE);
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const onData = (chunk: Buffer) => {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
    req.off("data", onData);
    req.off("end", onEnd);
    req.pause();
    done(BODY_TOO_LARGE);
  };
  const onEnd = () => done(size === 0 ? undefined : Buffer.concat(chunks, size).toString("utf8"));
  req.on("data", onData);
  req.on("end", onEnd);
}

/**
 * Answers without ever rejecting: an unexpected error gets a 500 `internal_error`, or a cut
 * connection once headers are out, instead of an unhandled rejection that ends the host process.
 */
async function answerSafely(
  router: Router,
  req: IncomingMessage,
  res: ServerResponse,
  body: MockRequest["body"],
  cors: boolean,
): Promise<void> {
  try {
    await answer(router, req, res, body, cors);
  } catch {
    try {
      if (res.headersSent || res.destroyed) throw new Error("too late to answer");
      const sent = req.headers["x-request-id"];
      const text = JSON.stringify({ code: "internal_error", detail: "The mock server failed unexpectedly." });
      res.writeHead(500, {
        ...(cors ? CORS_HEADERS : {}),
        "content-type": "application/json",
        "content-length": Buffer.byteLength(text),
        "x-request-id": requestIdFor(typeof sent === "string" ? sent : undefined),
      });
      res.end(text);
    } catch {
      res.destroy();
    }
  }
}

async function answer(
  router: Router,
  req: IncomingMessage,
  res: ServerResponse,
  body: MockRequest["body"],
  cors: boolean,
): Promise<void> {
  const url = req.url ?? "/";
  const queryAt = url.indexOf("?");
  let aborted: AbortController | undefined;
  const response = await router({
    method: req.method ?? "GET",
    path: queryAt === -1 ? url : url.slice(0, queryAt),
    search: queryAt === -1 ? "" : url.slice(queryAt + 1),
    header: (name) => {
      const value = req.headers[name];
      return Array.isArray(value) ? value.join(", ") : value;
    },
    body,
    // Made on first use: only a hanging request needs to hear about the client leaving.
    get signal() {
      if (!aborted) {
        const controller = new AbortController();
        aborted = controller;
        // The client may have left before anyone asked: `close` will not come again.
        if (res.destroyed || req.socket.destroyed) controller.abort();
        else
          res.once("close", () => {
            if (!res.writableFinished) controller.abort();
          });
      }
      return aborted.signal;
    },
  });
  if (response === DROP_CONNECTION) return void req.socket.destroy();
  if (res.destroyed) return;
  const headers: Record<string, string | number> = cors
    ? { ...response.headers, ...CORS_HEADERS }
    : { ...response.headers };
  if (response.body !== undefined) headers["content-length"] = Buffer.byteLength(response.body);
  // The rest of an over-large body was never read, so this connection cannot carry another request.
  if (body === BODY_TOO_LARGE) headers.connection = "close";
  res.writeHead(response.status, headers);
  res.end(response.body);
}

const PARSE_ERRORS: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, "headers_too_large", "The request's headers are too large."],
  HPE_REQUEST_TIMEOUT: [408, "request_timeout", "The request took too long to arrive."],
};

/**
 * What Node's HTTP parser refuses (bad chunking, an oversized header, …) gets the API's error shape
 * and an `x-request-id` too, instead of Node's bare `400 Bad Request`.
 */
function answerParseError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable || (error.code === "ECONNRESET" && socket.destroyed)) return void socket.destroy();
  const [status, code, detail] = PARSE_ERRORS[error.code ?? ""] ?? [
    400,
    "bad_request",
    "The request is not valid HTTP/1.1.",
  ];
  const body = JSON.stringify({ code, detail });
  const reason =
    status === 431 ? "Request Header Fields Too Large" : status === 408 ? "Request Timeout" : "Bad Request";
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
      `x-request-id: ${newId("req")}\r\nconnection: close\r\n\r\n${body}`,
  );
}

function preflight(req: IncomingMessage, res: ServerResponse): void {
  const sent = req.headers["x-request-id"];
  res.writeHead(204, {
    ...CORS_HEADERS,
    "x-request-id": requestIdFor(typeof sent === "string" ? sent : undefined),
    "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS",
    "access-control-allow-headers":
      req.headers["access-control-request-headers"] ??
      "authorization, content-type, idempotency-key, x-request-id",
    "access-control-max-age": "600",
  });
  res.end();
  req.resume();
}

/**
 * Webhook verification for Node's `IncomingMessage` (`node:http`, Express, Connect, Next.js pages router,
 * Fastify's `request.raw`), importable as `octohooks/webhooks/node`. It reads the raw body itself, or finds
 * the raw copy a framework kept, and refuses with a reason that names the fix when a body parser got there
 * first.
 *
 * @example
 * ```ts
 * import { verifyNodeRequest } from "octohooks/webhooks/node";
 * createServer(async (req, res) => {
 *   const payload = await verifyNodeRequest(webhook, req); // throws WebhookVerificationError
 * });
 * ```
 * @module
 */
import type { IncomingMessage } from "node:http";
import { WebhookVerificationError } from "./errors.js";
import type { Webhook } from "./webhook.js";

/** Octohooks refuses message bodies over 1 MiB, so a delivery is never larger. */
const DEFAULT_MAX_BYTES = 1024 * 1024;

const FIX =
  "verify the raw body: in Next.js pages, export const config = { api: { bodyParser: false } }; in Express, mount the " +
  'webhook route before app.use(express.json()), use express.raw({ type: "application/json" }) on it, or keep a copy ' +
  "with express.json({ verify: keepRawBody }) from octohooks/webhooks/express; in Fastify, register the webhook route " +
  'in a scope of its own (app.register) with a content-type parser { parseAs: "buffer" }, and verify request.body';

/** A Node request, with what frameworks attach to it: a parsed or raw `body`, or a kept `rawBody`. */
export type NodeWebhookRequest = IncomingMessage & {
  /** What a body parser left: a `Buffer` or string from a raw or text parser, or a parsed object. */
  body?: unknown;
  /** A raw copy a framework kept (`keepRawBody`, Firebase, fastify-raw-body). */
  rawBody?: unknown;
};

/** Options of {@link readRawBody} and {@link verifyNodeRequest}. */
export interface NodeRequestOptions {
  /** The largest body read, in bytes; a larger one is refused (reason `body_too_large`). Default 1 MiB. */
  maxBytes?: number;
  /** The current time, as unix seconds or a `Date` (for tests); default now. */
  now?: number | Date;
}

const isRaw = (value: unknown): value is string | Uint8Array =>
  typeof value === "string" || value instanceof Uint8Array;

function tooLarge(maxBytes: number): WebhookVerificationError {
  return new WebhookVerificationError("body_too_large", `Webhook body is over maxBytes (${maxBytes} bytes)`);
}

/**
 * The raw body of a request: a raw copy a framework kept (`req.rawBody`, or `req.body` as a `Buffer` or
 * string from `express.raw()` / `express.text()`), else the bytes read from the stream.
 *
 * @throws {WebhookVerificationError} `parsed_body` when a parser consumed the stream and left an object,
 * `body_already_read` when the stream was consumed and nothing raw is left, `body_too_large` over `maxBytes`.
 */
export async function readRawBody(
  req: NodeWebhookRequest,
  options: Pick<NodeRequestOptions, "maxBytes"> = {},
): Promise<string | Uint8Array> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const kept = isRaw(req.rawBody) ? req.rawBody : isRaw(req.body) ? req.body : undefined;
  if (kept !== undefined) {
    if (kept.length > maxBytes) throw tooLarge(maxBytes);
    return kept;
  }
  if (req.readableDidRead || req.readableEnded) {
    const parsed = req.body !== undefined && req.body !== null;
    throw new WebhookVerificationError(
      parsed ? "parsed_body" : "body_already_read",
      `${parsed ? "The body was parsed" : "The body stream was read"} before verification: ${FIX}`,
    );
  }
  if (Number(req.headers["content-length"] ?? 0) > maxBytes) throw tooLarge(maxBytes);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge(maxBytes);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

/**
 * Reads a request's raw body ({@link readRawBody}) and verifies it with the request's headers, through
 * `webhook.verifyAsync` (so an async `seen` store works). Returns the parsed payload.
 *
 * @throws {WebhookVerificationError} with a `reason` when the webhook cannot be trusted or read.
 */
export async function verifyNodeRequest<T = unknown>(
  webhook: Webhook,
  req: NodeWebhookRequest,
  options: NodeRequestOptions = {},
): Promise<T> {
  const body = await readRawBody(req, options);
  return webhook.verifyAsync<T>(body, req.headers, options);
}

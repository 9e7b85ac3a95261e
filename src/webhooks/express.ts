/**
 * An Express / Connect middleware that verifies webhooks, importable as `octohooks/webhooks/express`.
 * It works whatever body parser ran before it: it reads the raw stream itself, uses the raw copy
 * `express.raw()` or {@link keepRawBody} left, and otherwise answers 400 with the reason and the fix.
 *
 * @example
 * ```ts
 * import { webhookMiddleware } from "octohooks/webhooks/express";
 * app.post("/webhooks", webhookMiddleware(webhook), (req, res) => {
 *   console.log(req.webhook?.id, req.webhook?.payload);
 *   res.sendStatus(204);
 * });
 * ```
 * @module
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { WebhookVerificationError } from "./errors.js";
import { type NodeRequestOptions, type NodeWebhookRequest, verifyNodeRequest } from "./node.js";
import type { Webhook } from "./webhook.js";

/** A webhook the middleware verified, as `req.webhook`. */
export interface VerifiedWebhook<T = unknown> {
  /** The `webhook-id` header: the message ID, the same on every redelivery of one message. */
  id: string;
  /** The parsed JSON payload. */
  payload: T;
}

declare global {
  namespace Express {
    interface Request {
      /** Set by `webhookMiddleware` from `octohooks/webhooks/express` once the webhook is verified. */
      webhook?: VerifiedWebhook;
    }
  }
}

/** Options of {@link webhookMiddleware}. */
export interface WebhookMiddlewareOptions extends NodeRequestOptions {
  /**
   * Answers a request that failed verification; by default 400 (413 for `body_too_large`) with
   * `{ "reason": ..., "message": ... }`, which Octohooks records as the attempt's response.
   */
  onError?: (error: WebhookVerificationError, req: IncomingMessage, res: ServerResponse) => void;
}

function answer(error: WebhookVerificationError, _req: IncomingMessage, res: ServerResponse): void {
  const status = error.reason === "body_too_large" ? 413 : 400;
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify({ reason: error.reason, message: error.message }));
}

/**
 * A middleware that verifies the request as a webhook, sets `req.webhook` to `{ id, payload }` and calls
 * `next()`; a request that fails verification is answered (see `onError`) and never reaches `next`.
 * Other errors go to `next(error)`.
 */
export function webhookMiddleware(
  webhook: Webhook,
  options: WebhookMiddlewareOptions = {},
): (req: NodeWebhookRequest, res: ServerResponse, next: (error?: unknown) => void) => void {
  const onError = options.onError ?? answer;
  return (req, res, next) => {
    verifyNodeRequest(webhook, req, options).then(
      (payload) => {
        (req as { webhook?: VerifiedWebhook }).webhook = { id: String(req.headers["webhook-id"]), payload };
        next();
      },
      (error: unknown) => {
        if (error instanceof WebhookVerificationError) onError(error, req, res);
        else next(error);
      },
    );
  };
}

/**
 * A `verify` callback for `express.json()` (or body-parser's `json`, `text`, `raw`) that keeps the raw bytes
 * as `req.rawBody`, so the middleware can verify even when the app parses JSON globally.
 *
 * @example
 * ```ts
 * app.use(express.json({ verify: keepRawBody }));
 * ```
 */
export function keepRawBody(req: IncomingMessage, _res: ServerResponse, buffer: Uint8Array): void {
  (req as NodeWebhookRequest).rawBody = buffer;
}

/**
 * Standard Webhooks signing and verification for Octohooks, importable alone as `octohooks/webhooks`.
 * It uses the runtime's native HMAC and imports nothing outside this folder but, in the Node build,
 * `core/nodeCrypto.ts`: the lazy loader of `node:crypto`, which pulls in no client code.
 * Receivers on Node (`node:http`, Express, Connect, Next.js pages) have adapters that read the raw body
 * themselves: `octohooks/webhooks/node` and `octohooks/webhooks/express`.
 *
 * @example
 * ```ts
 * import { Webhook } from "octohooks/webhooks";
 * const event = new Webhook("whsec_...").verify(rawBody, req.headers);
 * ```
 * @module
 */
export {
  WebhookSecretError,
  WebhookVerificationError,
  type WebhookVerificationReason,
} from "./errors.js";
export type { WebhookHeaders } from "./headers.js";
export { MemorySeenStore, type MemorySeenStoreOptions, type WebhookSeenStore } from "./seen.js";
export { type SignRequestOptions, signRequest } from "./signRequest.js";
export { Webhook, type WebhookOptions } from "./webhook.js";

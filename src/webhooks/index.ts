/**
 * Standard Webhooks signing and verification for Octohooks, importable alone as `octohooks/webhooks`.
 * It uses the runtime's native HMAC and imports nothing outside this folder but, in the Node build,
 * `core/nodeCrypto.ts`: the lazy loader of `node:crypto`, which pulls in no client code.
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
export {
  type VerifiedPayload,
  type VerifyOptions,
  Webhook,
  type WebhookOptions,
  type WithCatalogue,
} from "./webhook.js";

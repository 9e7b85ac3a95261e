/**
 * Standard Webhooks signing and verification for Octohooks, importable alone as `octohooks/webhooks`.
 * It imports nothing outside this folder and uses the runtime's native HMAC.
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
export { Webhook } from "./webhook.js";

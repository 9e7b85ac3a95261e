/**
 * Why a webhook failed verification. Each code names a cause, and the error's message says what to do.
 *
 * - `missing_headers`: `webhook-id`, `webhook-timestamp` or `webhook-signature` is absent, empty, or
 *   repeated with conflicting values, or no headers object was passed at all.
 * - `invalid_timestamp`: `webhook-timestamp` is not a decimal integer of unix seconds.
 * - `timestamp_too_old` / `timestamp_too_new`: the timestamp is outside the tolerance around now.
 * - `no_matching_signature`: no `v1` signature in `webhook-signature` matches the payload.
 * - `reserialized_body`: no signature matches the body given, but one matches the same JSON serialised
 *   again: the body was parsed and re-serialised before verification; pass the raw body.
 * - `parsed_body`: the body given is not the raw string or bytes: parsed JSON (an object), or `undefined`
 *   as Express leaves `req.body` without a raw body parser; or an adapter found the stream consumed by a parser.
 * - `body_already_read`: the request's body stream was read before verification, and no raw copy is left.
 * - `body_too_large`: the body is larger than the adapter's `maxBytes`.
 * - `invalid_payload`: the signature matched but the payload is not JSON.
 * - `replayed`: this exact signed delivery (same `webhook-id` and `webhook-timestamp`) was already
 *   verified within the tolerance window; only checked when the `Webhook` has a `seen` store.
 * - `schema_mismatch`: the webhook is authentic, but its payload does not match its schema (the
 *   catalogue's or the per-call one): a schema drift, not a forgery. Thrown as `WebhookPayloadError`.
 * - `unknown_event_type`: the webhook is authentic, but the event type its catalogue discriminator
 *   names is not in the catalogue (e.g. one the sender added since you deployed). Thrown as
 *   `WebhookPayloadError`.
 */
export type WebhookVerificationReason =
  | "missing_headers"
  | "invalid_timestamp"
  | "timestamp_too_old"
  | "timestamp_too_new"
  | "no_matching_signature"
  | "reserialized_body"
  | "parsed_body"
  | "body_already_read"
  | "body_too_large"
  | "invalid_payload"
  | "replayed"
  | "schema_mismatch"
  | "unknown_event_type";

/**
 * Thrown when a webhook cannot be trusted. Its message never contains the secret or any signature.
 *
 * @example
 * ```ts
 * try {
 *   wh.verify(body, headers);
 * } catch (err) {
 *   if (err instanceof WebhookVerificationError) console.warn("rejected webhook:", err.reason);
 * }
 * ```
 */
export class WebhookVerificationError extends Error {
  /** The machine-readable cause, stable across versions. */
  readonly reason: WebhookVerificationReason;

  /** Builds the error for `reason`; `message` must not contain the secret or a signature. */
  constructor(reason: WebhookVerificationReason, message: string) {
    super(message);
    this.name = "WebhookVerificationError";
    this.reason = reason;
  }
}

/** Thrown by `new Webhook(secret)` when the secret is empty or not base64; the message never echoes it. */
export class WebhookSecretError extends Error {
  /** Builds the error; `message` must not contain the secret. */
  constructor(message: string) {
    super(message);
    this.name = "WebhookSecretError";
  }
}

import { WebhookVerificationError } from "./errors.js";
import { readSignatureHeaders, type WebhookHeaders } from "./headers.js";
import { createHmacSigner, type HmacSigner } from "./hmac.js";
import { decodeSecret } from "./secret.js";
import { hasV1Signature } from "./signatureHeader.js";
import { checkTimestamp, toUnixSeconds } from "./timestamp.js";

const DEFAULT_TOLERANCE_SECONDS = 300;

function noSyncCrypto(what: string, alternative: string): never {
  throw new Error(`synchronous ${what} needs node:crypto; use ${alternative}()`);
}

function signedPrefix(msgId: string, timestamp: number | Date): string {
  if (!msgId) throw new TypeError("msgId must be a non-empty string");
  return `${msgId}.${toUnixSeconds(timestamp)}.`;
}

function acceptPayload<T>(expected: string, signatureHeader: string, payload: string | Uint8Array): T {
  if (!hasV1Signature(signatureHeader, expected)) {
    throw new WebhookVerificationError("no_matching_signature", "No matching webhook signature");
  }
  try {
    const text =
      typeof payload === "string" ? payload : new TextDecoder("utf-8", { fatal: true }).decode(payload);
    // An empty body has nothing to parse; standardwebhooks also returns undefined for it.
    return (text === "" ? undefined : JSON.parse(text)) as T;
  } catch {
    throw new WebhookVerificationError("invalid_payload", "Webhook payload is not valid JSON");
  }
}

/**
 * Signs and verifies webhooks with the Standard Webhooks scheme (`webhook-id`, `webhook-timestamp`,
 * `webhook-signature: v1,<base64 HMAC-SHA256>`). The key is decoded once here and kept private.
 *
 * @example
 * ```ts
 * const wh = new Webhook(process.env.OCTOHOOKS_SECRET!); // "whsec_..."
 * const event = wh.verify<{ type: string }>(rawBody, req.headers); // throws WebhookVerificationError
 * ```
 */
export class Webhook {
  readonly #signer: HmacSigner;
  readonly #tolerance: number;

  /**
   * @param secret `whsec_<base64>`, bare base64 (padding optional), or the raw key bytes.
   * @param options.tolerance seconds a timestamp may be off from now, either way; default 300.
   * @throws {WebhookSecretError} when the secret is empty or not base64.
   */
  constructor(secret: string | Uint8Array, options?: { tolerance?: number }) {
    const tolerance = options?.tolerance ?? DEFAULT_TOLERANCE_SECONDS;
    if (!(Number.isFinite(tolerance) && tolerance >= 0)) throw new RangeError("Invalid tolerance");
    this.#signer = createHmacSigner(decodeSecret(secret));
    this.#tolerance = tolerance;
  }

  /**
   * Verifies a webhook synchronously and returns its parsed JSON payload (`undefined` for an empty body).
   * Pass the raw body exactly as received. Needs node:crypto (Node, Bun, Deno); elsewhere use
   * {@link Webhook.verifyAsync}.
   *
   * Headers: names in any case, `octohooks-id/-timestamp/-signature` accepted when the `webhook-*` one is
   * absent; repeated `webhook-signature` values are all candidates; a repeated id or timestamp must have
   * identical copies (fetch `Headers` joins copies with ", ", which then fails as a wrong signature or
   * timestamp). Only `v1` signatures count.
   *
   * @param options.now the current time as unix seconds or a `Date` (for tests); default `Date.now()`.
   * @throws {WebhookVerificationError} with a `reason` when the webhook cannot be trusted.
   */
  verify<T = unknown>(
    payload: string | Uint8Array,
    headers: WebhookHeaders,
    options?: { now?: number | Date },
  ): T {
    const [prefix, signature] = this.#signedParts(headers, options);
    const expected = this.#signer.signSync(prefix, payload) ?? noSyncCrypto("verification", "verifyAsync");
    return acceptPayload<T>(expected, signature, payload);
  }

  /** Like {@link Webhook.verify}, using Web Crypto where node:crypto is missing (browsers, workers). */
  async verifyAsync<T = unknown>(
    payload: string | Uint8Array,
    headers: WebhookHeaders,
    options?: { now?: number | Date },
  ): Promise<T> {
    const [prefix, signature] = this.#signedParts(headers, options);
    const expected =
      this.#signer.signSync(prefix, payload) ?? (await this.#signer.signAsync(prefix, payload));
    return acceptPayload<T>(expected, signature, payload);
  }

  /**
   * Reads the body of a fetch `Request` once, as bytes, and verifies it with the request's headers.
   *
   * @example
   * ```ts
   * export default { fetch: async (req: Request) => Response.json(await wh.verifyRequest(req)) };
   * ```
   */
  async verifyRequest<T = unknown>(request: Request, options?: { now?: number | Date }): Promise<T> {
    const body = new Uint8Array(await request.arrayBuffer());
    return this.verifyAsync<T>(body, request.headers, options);
  }

  /**
   * Returns the `webhook-signature` value `v1,<base64>` for a message.
   *
   * @param timestamp unix seconds or a `Date`.
   */
  sign(msgId: string, timestamp: number | Date, payload: string | Uint8Array): string {
    const signature = this.#signer.signSync(signedPrefix(msgId, timestamp), payload);
    return `v1,${signature ?? noSyncCrypto("signing", "signAsync")}`;
  }

  /** Like {@link Webhook.sign}, using Web Crypto where node:crypto is missing. */
  async signAsync(msgId: string, timestamp: number | Date, payload: string | Uint8Array): Promise<string> {
    const prefix = signedPrefix(msgId, timestamp);
    return `v1,${this.#signer.signSync(prefix, payload) ?? (await this.#signer.signAsync(prefix, payload))}`;
  }

  /**
   * Returns the three headers to send with a payload.
   *
   * @example
   * ```ts
   * await fetch(url, { method: "POST", body, headers: wh.signHeaders("msg_1", new Date(), body) });
   * ```
   */
  signHeaders(
    msgId: string,
    timestamp: number | Date,
    payload: string | Uint8Array,
  ): {
    /** `msgId`, which receivers use to drop redeliveries. */
    "webhook-id": string;
    /** `timestamp` in unix seconds. */
    "webhook-timestamp": string;
    /** `v1,` and the base64 signature (see {@link Webhook.sign}). */
    "webhook-signature": string;
  } {
    const seconds = toUnixSeconds(timestamp);
    return {
      "webhook-id": msgId,
      "webhook-timestamp": String(seconds),
      "webhook-signature": this.sign(msgId, seconds, payload),
    };
  }

  /** Checks the headers and timestamp; returns the signed content's prefix and the signature header. */
  #signedParts(
    headers: WebhookHeaders,
    options?: { now?: number | Date },
  ): [prefix: string, signature: string] {
    const [id, timestamp, signature] = readSignatureHeaders(headers);
    checkTimestamp(timestamp, toUnixSeconds(options?.now ?? Date.now() / 1000), this.#tolerance);
    return [`${id}.${timestamp}.`, signature];
  }
}

import { WebhookVerificationError } from "./errors.js";
import { readSignatureHeaders, type WebhookHeaders } from "./headers.js";
import { createHmacSigner, type HmacSigner } from "./hmac.js";
import { decodeSecret } from "./secret.js";
import type { WebhookSeenStore } from "./seen.js";
import { hasV1Signature } from "./signatureHeader.js";
import { checkTimestamp, toUnixSeconds } from "./timestamp.js";

const DEFAULT_TOLERANCE_SECONDS = 300;
const RAW_BODY = 'pass the raw body: use express.raw({ type: "application/json" })';

/** Options of a {@link Webhook}. */
export interface WebhookOptions {
  /** Seconds a timestamp may be off from now, either way; default 300. */
  tolerance?: number;
  /**
   * Where verified deliveries are recorded, to refuse a replay of one within the tolerance window
   * (reason `replayed`): a {@link MemorySeenStore}, or your own store shared by every instance. A retry
   * is signed anew with its own timestamp, so it is not a replay; deduplicating it stays your job.
   */
  seen?: WebhookSeenStore;
}

function noSyncCrypto(what: string, alternative: string): never {
  throw new Error(`synchronous ${what} needs node:crypto; use ${alternative}()`);
}

function signedPrefix(msgId: string, timestamp: number | Date): string {
  if (!msgId) throw new TypeError("msgId must be a non-empty string");
  return `${msgId}.${toUnixSeconds(timestamp)}.`;
}

/** Refuses anything but a string or bytes: a parsed body cannot be verified. */
function checkBody(payload: unknown): asserts payload is string | Uint8Array {
  if (typeof payload !== "string" && !ArrayBuffer.isView(payload)) {
    throw new WebhookVerificationError("parsed_body", `Body is ${typeof payload}, not raw: ${RAW_BODY}`);
  }
}

/**
 * A string body serialised again as compact JSON, when that differs from it (bytes come off the wire, so
 * they are raw). Octohooks signs compact JSON: a signature matching this means the body was parsed and
 * re-serialised before verifying.
 */
function reserialize(payload: string | Uint8Array): string | undefined {
  try {
    const again = typeof payload === "string" ? JSON.stringify(JSON.parse(payload)) : undefined;
    return again === payload ? undefined : again;
  } catch {
    return undefined;
  }
}

/** Throws for a signature that failed; `reSigned` is the signature over the body re-serialised, if any. */
function refuseMismatch(signature: string, reSigned: string | undefined): never {
  throw reSigned && hasV1Signature(signature, reSigned)
    ? new WebhookVerificationError("reserialized_body", `Body re-serialised: ${RAW_BODY}`)
    : new WebhookVerificationError("no_matching_signature", "No matching webhook signature");
}

function parsePayload<T>(payload: string | Uint8Array): T {
  try {
    const text =
      typeof payload === "string" ? payload : new TextDecoder("utf-8", { fatal: true }).decode(payload);
    // An empty body has nothing to parse; standardwebhooks also returns undefined for it.
    return (text === "" ? undefined : JSON.parse(text)) as T;
  } catch {
    throw new WebhookVerificationError("invalid_payload", "Webhook payload is not valid JSON");
  }
}

const replayed = (): never => {
  throw new WebhookVerificationError("replayed", "Webhook replayed");
};

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
  readonly #seen: WebhookSeenStore | undefined;

  /**
   * @param secret `whsec_<base64>`, bare base64 (padding optional), or the raw key bytes.
   * @param options `tolerance` (seconds, default 300) and a `seen` store for replay protection.
   * @throws {WebhookSecretError} when the secret is empty or not base64.
   */
  constructor(secret: string | Uint8Array, options?: WebhookOptions) {
    const tolerance = options?.tolerance ?? DEFAULT_TOLERANCE_SECONDS;
    if (!(Number.isFinite(tolerance) && tolerance >= 0)) throw new RangeError("Invalid tolerance");
    this.#signer = createHmacSigner(decodeSecret(secret));
    this.#tolerance = tolerance;
    this.#seen = options?.seen;
  }

  /**
   * Verifies a webhook synchronously and returns its parsed JSON payload (`undefined` for an empty body).
   * Pass the raw body exactly as received (a string, `Buffer` or `Uint8Array`): a parsed or re-serialised
   * body is refused with its own reason. Needs node:crypto (Node, Bun, Deno) and a synchronous `seen`
   * store; elsewhere use {@link Webhook.verifyAsync}.
   *
   * Headers: a fetch `Headers` or a plain object such as Node's `req.headers` or `req.headersDistinct`;
   * names in any case; repeated `webhook-signature` values are all candidates; a repeated id or timestamp
   * given as an array must have identical copies (copies Node or `Headers` joined with ", " fail as a wrong
   * signature or timestamp). Only `v1` signatures count.
   *
   * @param options.now the current time as unix seconds or a `Date` (for tests); default `Date.now()`.
   * @throws {WebhookVerificationError} with a `reason` when the webhook cannot be trusted.
   */
  verify<T = unknown>(
    payload: string | Uint8Array,
    headers: WebhookHeaders,
    options?: { now?: number | Date },
  ): T {
    const [prefix, signature, ttl] = this.#signedParts(payload, headers, options);
    const sign = (body: string | Uint8Array) =>
      this.#signer.signSync(prefix, body) ?? noSyncCrypto("verification", "verifyAsync");
    if (!hasV1Signature(signature, sign(payload))) {
      const again = reserialize(payload);
      refuseMismatch(signature, again && sign(again));
    }
    // Anything but true fails closed: false (seen before), a store that answers nothing, or a Promise
    // where verify() needs a synchronous answer.
    if (this.#seen && this.#seen.add(prefix, ttl) !== true) replayed();
    return parsePayload<T>(payload);
  }

  /** Like {@link Webhook.verify}, using Web Crypto where node:crypto is missing (browsers, workers). */
  async verifyAsync<T = unknown>(
    payload: string | Uint8Array,
    headers: WebhookHeaders,
    options?: { now?: number | Date },
  ): Promise<T> {
    const [prefix, signature, ttl] = this.#signedParts(payload, headers, options);
    const sign = async (body: string | Uint8Array) =>
      this.#signer.signSync(prefix, body) ?? this.#signer.signAsync(prefix, body);
    if (!hasV1Signature(signature, await sign(payload))) {
      const again = reserialize(payload);
      refuseMismatch(signature, again && (await sign(again)));
    }
    if (this.#seen && (await this.#seen.add(prefix, ttl)) !== true) replayed();
    return parsePayload<T>(payload);
  }

  /**
   * Reads the body of a fetch `Request` once, as bytes, and verifies it with the request's headers:
   * Next.js route handlers, Hono (`c.req.raw`), Workers, Deno, Bun.
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

  /** Checks the body's type, the headers and the timestamp; returns the signed prefix, the signature
   * header and how long (s) until the timestamp check alone refuses this delivery. */
  #signedParts(
    payload: unknown,
    headers: WebhookHeaders,
    options?: { now?: number | Date },
  ): [prefix: string, signature: string, ttl: number] {
    checkBody(payload);
    const [id, timestamp, signature] = readSignatureHeaders(headers);
    const now = toUnixSeconds(options?.now ?? Date.now() / 1000);
    checkTimestamp(timestamp, now, this.#tolerance);
    return [`${id}.${timestamp}.`, signature, Number(timestamp) + this.#tolerance - now + 1];
  }
}

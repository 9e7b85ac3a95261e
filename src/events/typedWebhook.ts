/**
 * `TypedWebhook`: a {@link Webhook} whose `verify` returns each authentic payload validated and
 * typed by an event catalogue, or by a per-call schema. It lives here, not in `Webhook`, so a
 * receiver without a catalogue carries none of its code.
 *
 * @module
 */
import type { StandardSchemaV1 } from "@standard-schema/spec";
import type { WebhookHeaders } from "../webhooks/headers.js";
import { Webhook, type WebhookOptions } from "../webhooks/webhook.js";
import type { EventCatalogue, EventName, EventPayload, EventPayloadOut } from "./catalogue.js";
import { type PayloadSchemaOptions, receivePayload } from "./receive.js";

/** Options of `verify`, `verifyAsync` and `verifyRequest`. */
export interface VerifyOptions {
  /** The current time as unix seconds or a `Date` (for tests); default `Date.now()`. */
  now?: number | Date;
}

/** What `verify` returns without a per-call schema: the catalogue's payloads, else `unknown`. */
export type VerifiedPayload<C> = [C] extends [EventCatalogue] ? EventPayload<C> : unknown;

const noCatalogue = () => {
  throw new TypeError("TypedWebhook without events needs a per-call schema");
};

/**
 * A {@link Webhook} that validates every authentic payload by its catalogue (the event type its
 * discriminator names, or the per-call `eventType`), or by a per-call `schema`, and returns the
 * schema's output, typed. A payload that does not match throws `WebhookPayloadError` (reason
 * `schema_mismatch` or `unknown_event_type`), never a forgery's reasons; those are checked first.
 *
 * @example
 * ```ts
 * const webhook = new TypedWebhook(process.env.OCTOHOOKS_WEBHOOK_SECRET!, { events });
 * const event = webhook.verify(rawBody, req.headers); // the catalogue's union, narrowed by `type`
 * ```
 */
export class TypedWebhook<C extends EventCatalogue | undefined = undefined> extends Webhook {
  readonly #check: EventCatalogue["receive"];

  /**
   * Builds the receiver; the secret is decoded once and kept private.
   * @param secret `whsec_<base64>`, bare base64 (padding optional), or the raw key bytes.
   * @param options the {@link Webhook}'s options, and `events`: the catalogue payloads are checked by.
   */
  constructor(
    secret: string | Uint8Array,
    options?: WebhookOptions & {
      /** The event catalogue (`defineEvents`) every payload is validated and typed by. */
      events?: C;
    },
  ) {
    super(secret, options);
    const events = options?.events;
    this.#check = events
      ? (value, opts, sync) => events.receive(value, opts, sync)
      : (value, opts, sync) => receivePayload(noCatalogue, value, opts, sync);
  }

  /**
   * Verifies like {@link Webhook.verify}, then validates the payload and returns the schema's output.
   * @param options `now` (for tests), and `schema` (a Standard Schema validator for this call) or
   *   `eventType` (the event type to check the payload as, for a catalogue without a discriminator).
   * @throws {WebhookVerificationError} for a webhook that cannot be trusted; `WebhookPayloadError` for
   *   an authentic one off its schema.
   * @throws {TypeError} when the validator is asynchronous (use `verifyAsync`).
   */
  override verify<S extends StandardSchemaV1>(
    payload: string | Uint8Array,
    headers: WebhookHeaders,
    options: VerifyOptions & { schema: S },
  ): StandardSchemaV1.InferOutput<S>;
  override verify<E extends EventName<C>>(
    payload: string | Uint8Array,
    headers: WebhookHeaders,
    options: VerifyOptions & { eventType: E },
  ): EventPayloadOut<C, E>;
  override verify<T = VerifiedPayload<C>>(
    payload: string | Uint8Array,
    headers: WebhookHeaders,
    options?: VerifyOptions,
  ): T;
  override verify(
    payload: string | Uint8Array,
    headers: WebhookHeaders,
    options?: VerifyOptions & PayloadSchemaOptions,
  ) {
    return this.#check(super.verify(payload, headers, options), options, true);
  }

  /** Like {@link TypedWebhook.verify}, using Web Crypto where node:crypto is missing. */
  override verifyAsync<S extends StandardSchemaV1>(
    payload: string | Uint8Array,
    headers: WebhookHeaders,
    options: VerifyOptions & { schema: S },
  ): Promise<StandardSchemaV1.InferOutput<S>>;
  override verifyAsync<E extends EventName<C>>(
    payload: string | Uint8Array,
    headers: WebhookHeaders,
    options: VerifyOptions & { eventType: E },
  ): Promise<EventPayloadOut<C, E>>;
  override verifyAsync<T = VerifiedPayload<C>>(
    payload: string | Uint8Array,
    headers: WebhookHeaders,
    options?: VerifyOptions,
  ): Promise<T>;
  override async verifyAsync(
    payload: string | Uint8Array,
    headers: WebhookHeaders,
    options?: VerifyOptions & PayloadSchemaOptions,
  ) {
    return this.#check(await super.verifyAsync(payload, headers, options), options, false);
  }

  /** Like {@link Webhook.verifyRequest}, validated as {@link TypedWebhook.verify} does. */
  override verifyRequest<S extends StandardSchemaV1>(
    request: Request,
    options: VerifyOptions & { schema: S },
  ): Promise<StandardSchemaV1.InferOutput<S>>;
  override verifyRequest<E extends EventName<C>>(
    request: Request,
    options: VerifyOptions & { eventType: E },
  ): Promise<EventPayloadOut<C, E>>;
  override verifyRequest<T = VerifiedPayload<C>>(request: Request, options?: VerifyOptions): Promise<T>;
  override verifyRequest(request: Request, options?: VerifyOptions) {
    // Webhook.verifyRequest calls this.verifyAsync, which validates.
    return super.verifyRequest(request, options);
  }
}

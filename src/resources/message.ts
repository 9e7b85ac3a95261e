import type { ApiClient } from "../core/apiClient.js";
import type { APIPromise } from "../core/apiPromise.js";
import { PagePromise } from "../core/pagination.js";
import type { RequestOptions } from "../core/requestOptions.js";
import { APIResource } from "../core/resource.js";
import type { EventCatalogue, EventName, TypedMessageIn, UntypedEvents } from "../events/catalogue.js";
import type {
  MessageCreateOptions,
  MessageGetOptions,
  MessageIn,
  MessageListOptions,
  MessageOut,
} from "../models.js";

/**
 * Messages: the webhooks you send. Each is delivered to the matching endpoints of its application.
 * With an event catalogue `C`, every payload is typed and checked by its event type.
 */
export class Message<C extends UntypedEvents = UntypedEvents> extends APIResource {
  readonly #events: EventCatalogue | undefined;

  /** @internal */
  constructor(api: ApiClient, events?: C) {
    super(api);
    this.#events = events;
  }

  /**
   * Lists an application's messages, newest first; `for await` walks every page.
   * Throws `NotFoundError` when the application does not exist.
   * @example
   * ```ts
   * for await (const msg of octohooks.message.list("app_123", { eventTypes: ["invoice.paid"] })) {
   *   console.log(msg.id);
   * }
   * ```
   */
  list(appId: string, options?: MessageListOptions): PagePromise<MessageOut> {
    return new PagePromise((iterator) =>
      this.api.GET("/api/v1/app/{app_id}/msg", { path: { app_id: appId }, options, iterator }),
    );
  }

  /**
   * Sends a message to an application (by ID or UID). Every retry reuses one idempotency key
   * (`options.idempotencyKey`, or one generated per call), so a retried call creates one message.
   * Throws `NotFoundError` when the application does not exist, `ConflictError` when the `uid` was
   * already used, `ValidationError` for an invalid body. With an event catalogue, `payload` is typed
   * by `eventType` and validated first: `EventPayloadError`, and nothing sent, when it does not match.
   * @example
   * ```ts
   * await octohooks.message.create(
   *   "app_123",
   *   { eventType: "invoice.paid", payload: { id: "in_1" } },
   *   { idempotencyKey: "invoice-in_1-paid" },
   * );
   * ```
   */
  create<E extends EventName<C>>(
    appId: string,
    body: TypedMessageIn<C, E, MessageIn>,
    options?: MessageCreateOptions,
  ): APIPromise<MessageOut> {
    const events = this.#events;
    return this.api.POST("/api/v1/app/{app_id}/msg", {
      path: { app_id: appId },
      // The catalogue's payload types are the user's; the wire takes a JSON object.
      body: body as MessageIn,
      options,
      check: events && (() => events.assertPayload(body.eventType, body.payload)),
    });
  }

  /** Gets a message by ID or UID. Throws `NotFoundError` when there is none. */
  get(appId: string, msgId: string, options?: MessageGetOptions): APIPromise<MessageOut> {
    return this.api.GET("/api/v1/app/{app_id}/msg/{msg_id}", {
      path: { app_id: appId, msg_id: msgId },
      options,
    });
  }

  /**
   * Deletes a message's payload for good, keeping its metadata and attempts.
   * Throws `NotFoundError` when the application or message does not exist.
   */
  expungeContent(appId: string, msgId: string, options?: RequestOptions): APIPromise<void> {
    return this.api.DELETE("/api/v1/app/{app_id}/msg/{msg_id}/content", {
      path: { app_id: appId, msg_id: msgId },
      options,
    });
  }
}

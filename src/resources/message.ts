import type { ApiClient } from "../core/apiClient.js";
import type { PagePromise } from "../core/pagination.js";
import { appIds, callInit, data, messageIds, paginate, toQuery } from "../core/request.js";
import type { RequestOptions } from "../core/requestOptions.js";
import { APIResource } from "../core/resource.js";
import type { EventCatalogue, EventName, TypedMessageIn } from "../events/catalogue.js";
import type {
  MessageCreateOptions,
  MessageGetOptions,
  MessageIn,
  MessageListOptions,
  MessageOut,
} from "../models.js";

function messagePath(appId: string, msgId: string) {
  return { path: messageIds(appId, msgId) };
}

/**
 * Messages: the webhooks you send. Each is delivered to the matching endpoints of its application.
 * With an event catalogue `C`, every payload is typed and checked by its event type.
 */
export class Message<C extends EventCatalogue | undefined = EventCatalogue | undefined> extends APIResource {
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
   * for await (const msg of octohooks.message.list("app_123", { event_types: ["invoice.paid"] })) {
   *   console.log(msg.id);
   * }
   * ```
   */
  list(appId: string, query?: MessageListOptions, options?: RequestOptions): PagePromise<MessageOut> {
    return paginate((iterator) =>
      this.api.GET("/api/v1/app/{app_id}/msg", {
        params: { path: appIds(appId), query: toQuery(query, iterator) },
        ...callInit(options),
      }),
    );
  }

  /**
   * Sends a message to an application (by ID or UID). Retries reuse one idempotency key, so a
   * retried call creates one message. Throws `NotFoundError` when the application does not exist,
   * `ConflictError` when the `uid` was already used, `ValidationError` for an invalid body. With an
   * event catalogue, `payload` is typed by `eventType` and validated first: `EventPayloadError`, and
   * nothing sent, when it does not match.
   * @example
   * ```ts
   * await octohooks.message.create("app_123", { eventType: "invoice.paid", payload: { id: "in_1" } });
   * ```
   */
  async create<E extends EventName<C>>(
    appId: string,
    body: TypedMessageIn<C, E, MessageIn>,
    query?: MessageCreateOptions,
    options?: RequestOptions,
  ): Promise<MessageOut> {
    await this.#events?.assertPayload(body.eventType, body.payload);
    const params = { path: appIds(appId), query: toQuery(query) };
    // The catalogue's payload types are the user's; the wire still takes a JSON object.
    const wire = body as MessageIn;
    return data(
      await this.api.POST("/api/v1/app/{app_id}/msg", { params, body: wire, ...callInit(options) }),
    );
  }

  /** Gets a message by ID or UID. Throws `NotFoundError` when there is none. */
  async get(
    appId: string,
    msgId: string,
    query?: MessageGetOptions,
    options?: RequestOptions,
  ): Promise<MessageOut> {
    const params = { ...messagePath(appId, msgId), query: toQuery(query) };
    return data(await this.api.GET("/api/v1/app/{app_id}/msg/{msg_id}", { params, ...callInit(options) }));
  }

  /**
   * Deletes a message's payload for good, keeping its metadata and attempts.
   * Throws `NotFoundError` when the application or message does not exist.
   */
  async expungeContent(appId: string, msgId: string, options?: RequestOptions): Promise<void> {
    const params = messagePath(appId, msgId);
    await this.api.DELETE("/api/v1/app/{app_id}/msg/{msg_id}/content", { params, ...callInit(options) });
  }
}

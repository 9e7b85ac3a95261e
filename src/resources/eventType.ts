import type { PagePromise } from "../core/pagination.js";
import { callInit, data, paginate, pathId, toQuery } from "../core/request.js";
import type { RequestOptions } from "../core/requestOptions.js";
import { APIResource } from "../core/resource.js";
import type {
  EventTypeDeleteOptions,
  EventTypeIn,
  EventTypeListOptions,
  EventTypeOut,
  EventTypePatch,
  EventTypeUpdate,
} from "../models.js";

const ONE = "/api/v1/event-type/{event_type_name}";

function namePath(name: string) {
  return { path: { event_type_name: pathId(name, "eventTypeName") } };
}

/** Event types: the names (`invoice.paid`) messages carry and endpoints subscribe to. */
export class EventType extends APIResource {
  /** Lists event types (archived ones with `include_archived: true`). */
  list(query?: EventTypeListOptions, options?: RequestOptions): PagePromise<EventTypeOut> {
    return paginate((iterator) =>
      this.api.GET("/api/v1/event-type", {
        params: { query: toQuery(query, iterator) },
        ...callInit(options),
      }),
    );
  }

  /**
   * Creates an event type. Throws `ConflictError` when the name exists, `ValidationError` for an
   * invalid body (e.g. the name).
   */
  async create(body: EventTypeIn, options?: RequestOptions): Promise<EventTypeOut> {
    return data(await this.api.POST("/api/v1/event-type", { body, ...callInit(options) }));
  }

  /** Gets an event type by name, archived or not. Throws `NotFoundError` when there is none. */
  async get(name: string, options?: RequestOptions): Promise<EventTypeOut> {
    return data(await this.api.GET(ONE, { params: namePath(name), ...callInit(options) }));
  }

  /** Replaces an event type (PUT); creates it when absent. */
  async update(name: string, body: EventTypeUpdate, options?: RequestOptions): Promise<EventTypeOut> {
    return data(await this.api.PUT(ONE, { params: namePath(name), body, ...callInit(options) }));
  }

  /** Changes only the given fields of an event type. Throws `NotFoundError` when there is none. */
  async patch(name: string, body: EventTypePatch, options?: RequestOptions): Promise<EventTypeOut> {
    return data(await this.api.PATCH(ONE, { params: namePath(name), body, ...callInit(options) }));
  }

  /**
   * Archives an event type, or deletes it for good with `{ expunge: true }`. Throws `NotFoundError`
   * when there is none.
   */
  async delete(name: string, query?: EventTypeDeleteOptions, options?: RequestOptions): Promise<void> {
    await this.api.DELETE(ONE, {
      params: { ...namePath(name), query: toQuery(query) },
      ...callInit(options),
    });
  }
}

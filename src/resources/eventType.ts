import type { APIPromise } from "../core/apiPromise.js";
import { PagePromise } from "../core/pagination.js";
import type { PostRequestOptions, RequestOptions } from "../core/requestOptions.js";
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

/** Event types: the names (`invoice.paid`) messages carry and endpoints subscribe to. */
export class EventType extends APIResource {
  /** Lists event types (archived ones with `{ includeArchived: true }`). */
  list(options?: EventTypeListOptions): PagePromise<EventTypeOut> {
    return new PagePromise((iterator) => this.api.GET("/api/v1/event-type", { options, iterator }));
  }

  /**
   * Creates an event type. Throws `ConflictError` when the name exists, `ValidationError` for an
   * invalid body (e.g. the name).
   */
  create(body: EventTypeIn, options?: PostRequestOptions): APIPromise<EventTypeOut> {
    return this.api.POST("/api/v1/event-type", { body, options });
  }

  /** Gets an event type by name, archived or not. Throws `NotFoundError` when there is none. */
  get(name: string, options?: RequestOptions): APIPromise<EventTypeOut> {
    return this.api.GET(ONE, { path: { event_type_name: name }, options });
  }

  /** Replaces an event type (PUT); creates it when absent. */
  update(name: string, body: EventTypeUpdate, options?: RequestOptions): APIPromise<EventTypeOut> {
    return this.api.PUT(ONE, { path: { event_type_name: name }, body, options });
  }

  /** Changes only the given fields of an event type. Throws `NotFoundError` when there is none. */
  patch(name: string, body: EventTypePatch, options?: RequestOptions): APIPromise<EventTypeOut> {
    return this.api.PATCH(ONE, { path: { event_type_name: name }, body, options });
  }

  /**
   * Archives an event type, or deletes it for good with `{ expunge: true }`. Throws `NotFoundError`
   * when there is none.
   */
  delete(name: string, options?: EventTypeDeleteOptions): APIPromise<void> {
    return this.api.DELETE(ONE, { path: { event_type_name: name }, options });
  }
}

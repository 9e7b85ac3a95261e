import type { APIPromise } from "../core/apiPromise.js";
import { PagePromise } from "../core/pagination.js";
import type { PostRequestOptions, RequestOptions } from "../core/requestOptions.js";
import { APIResource } from "../core/resource.js";
import type { TypedEventExampleIn, UntypedEvents } from "../events/catalogue.js";
import type {
  EndpointGetStatsOptions,
  EndpointHeadersIn,
  EndpointHeadersOut,
  EndpointHeadersPatchIn,
  EndpointIn,
  EndpointListOptions,
  EndpointOut,
  EndpointPatch,
  EndpointSecretOut,
  EndpointSecretRotateIn,
  EndpointStats,
  EndpointUpdate,
  EventExampleIn,
  MessageOut,
  RecoverIn,
  RecoverOut,
  ReplayIn,
  ReplayOut,
} from "../models.js";

const ONE = "/api/v1/app/{app_id}/endpoint/{endpoint_id}";

function ids(appId: string, endpointId: string) {
  return { app_id: appId, endpoint_id: endpointId };
}

/**
 * Endpoints: the URLs an application's messages are delivered to. IDs and UIDs both work. With an
 * event catalogue `C`, `sendExample` takes only its event types.
 */
export class Endpoint<C extends UntypedEvents = UntypedEvents> extends APIResource {
  /**
   * Lists an application's endpoints; `for await` walks every page. Throws `NotFoundError` when the
   * application does not exist.
   */
  list(appId: string, options?: EndpointListOptions): PagePromise<EndpointOut> {
    return new PagePromise((iterator) =>
      this.api.GET("/api/v1/app/{app_id}/endpoint", { path: { app_id: appId }, options, iterator }),
    );
  }

  /**
   * Adds an endpoint to an application. Throws `NotFoundError` when the application does not exist,
   * `ConflictError` when the `uid` is taken, `ValidationError` for an invalid body (e.g. the URL).
   * @example
   * ```ts
   * await octohooks.endpoint.create("app_123", { url: "https://example.com/hooks", eventTypes: ["invoice.paid"] });
   * ```
   */
  create(appId: string, body: EndpointIn, options?: PostRequestOptions): APIPromise<EndpointOut> {
    return this.api.POST("/api/v1/app/{app_id}/endpoint", { path: { app_id: appId }, body, options });
  }

  /** Gets an endpoint. Throws `NotFoundError` when there is none. */
  get(appId: string, endpointId: string, options?: RequestOptions): APIPromise<EndpointOut> {
    return this.api.GET(ONE, { path: ids(appId, endpointId), options });
  }

  /**
   * Replaces an endpoint (PUT); creates it, with the path's value as its UID, when absent. Throws
   * `NotFoundError` when the application does not exist, `ConflictError` when `body.uid` is taken.
   */
  update(
    appId: string,
    endpointId: string,
    body: EndpointUpdate,
    options?: RequestOptions,
  ): APIPromise<EndpointOut> {
    return this.api.PUT(ONE, { path: ids(appId, endpointId), body, options });
  }

  /**
   * Changes only the given fields of an endpoint. Throws `NotFoundError` when the application or
   * endpoint does not exist, `ConflictError` when `body.uid` is taken.
   */
  patch(
    appId: string,
    endpointId: string,
    body: EndpointPatch,
    options?: RequestOptions,
  ): APIPromise<EndpointOut> {
    return this.api.PATCH(ONE, { path: ids(appId, endpointId), body, options });
  }

  /**
   * Deletes an endpoint. Throws `NotFoundError` when the application or endpoint does not exist;
   * after a retry its `earlierAttemptUnknown` says an earlier attempt may have deleted it.
   */
  delete(appId: string, endpointId: string, options?: RequestOptions): APIPromise<void> {
    return this.api.DELETE(ONE, { path: ids(appId, endpointId), options });
  }

  /**
   * Gets the endpoint's signing secret (`whsec_…`), to give to whoever verifies its webhooks.
   * Throws `NotFoundError` when the application or endpoint does not exist.
   */
  getSecret(appId: string, endpointId: string, options?: RequestOptions): APIPromise<EndpointSecretOut> {
    return this.api.GET(`${ONE}/secret`, { path: ids(appId, endpointId), options });
  }

  /**
   * Rotates the signing secret (to `body.key`, or a generated one); the old one stays valid for a while.
   * Throws `NotFoundError` when the application or endpoint does not exist.
   */
  rotateSecret(
    appId: string,
    endpointId: string,
    body: EndpointSecretRotateIn = {},
    options?: PostRequestOptions,
  ): APIPromise<void> {
    return this.api.POST(`${ONE}/secret/rotate`, { path: ids(appId, endpointId), body, options });
  }

  /**
   * Gets the custom headers sent with every delivery to this endpoint.
   * Throws `NotFoundError` when the application or endpoint does not exist.
   */
  getHeaders(appId: string, endpointId: string, options?: RequestOptions): APIPromise<EndpointHeadersOut> {
    return this.api.GET(`${ONE}/headers`, { path: ids(appId, endpointId), options });
  }

  /**
   * Replaces the custom headers. Throws `ValidationError` for a reserved name or a value with CR or
   * LF, `NotFoundError` when the application or endpoint does not exist.
   */
  updateHeaders(
    appId: string,
    endpointId: string,
    body: EndpointHeadersIn,
    options?: RequestOptions,
  ): APIPromise<void> {
    return this.api.PUT(`${ONE}/headers`, { path: ids(appId, endpointId), body, options });
  }

  /**
   * Sets or (with `null`) removes only the given custom headers. Throws `ValidationError` as
   * {@link Endpoint.updateHeaders} does, `NotFoundError` when the application or endpoint does not
   * exist.
   */
  patchHeaders(
    appId: string,
    endpointId: string,
    body: EndpointHeadersPatchIn,
    options?: RequestOptions,
  ): APIPromise<void> {
    return this.api.PATCH(`${ONE}/headers`, { path: ids(appId, endpointId), body, options });
  }

  /**
   * Re-sends the messages that failed for this endpoint since `body.since` (until `body.until`).
   * Throws `NotFoundError` when the application or endpoint does not exist.
   */
  recover(
    appId: string,
    endpointId: string,
    body: RecoverIn,
    options?: PostRequestOptions,
  ): APIPromise<RecoverOut> {
    return this.api.POST(`${ONE}/recover`, { path: ids(appId, endpointId), body, options });
  }

  /**
   * Sends the messages since `body.since` that were never attempted to this endpoint.
   * Throws `NotFoundError` when the application or endpoint does not exist.
   */
  replayMissing(
    appId: string,
    endpointId: string,
    body: ReplayIn,
    options?: PostRequestOptions,
  ): APIPromise<ReplayOut> {
    return this.api.POST(`${ONE}/replay-missing`, { path: ids(appId, endpointId), body, options });
  }

  /**
   * Counts this endpoint's deliveries by status (`{ since, until }` narrow the window). Throws
   * `NotFoundError` when the application or endpoint does not exist.
   */
  getStats(appId: string, endpointId: string, options?: EndpointGetStatsOptions): APIPromise<EndpointStats> {
    return this.api.GET(`${ONE}/stats`, { path: ids(appId, endpointId), options });
  }

  /**
   * Sends an example message of an event type to this endpoint, to test a receiver: the first of
   * its JSON Schema's `examples` (which `syncEventTypes` stores from a catalogue entry's `example`).
   * Throws `NotFoundError` when the application, endpoint or event type does not exist.
   */
  sendExample(
    appId: string,
    endpointId: string,
    body: TypedEventExampleIn<C, EventExampleIn>,
    options?: PostRequestOptions,
  ): APIPromise<MessageOut> {
    return this.api.POST(`${ONE}/send-example`, { path: ids(appId, endpointId), body, options });
  }
}

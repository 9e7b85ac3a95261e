import type { PagePromise } from "../core/pagination.js";
import { appIds, callInit, data, endpointIds, paginate, toQuery } from "../core/request.js";
import type { RequestOptions } from "../core/requestOptions.js";
import { APIResource } from "../core/resource.js";
import type { EventCatalogue, TypedEventExampleIn } from "../events/catalogue.js";
import type {
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
  EndpointStatsOptions,
  EndpointUpdate,
  EventExampleIn,
  MessageOut,
  RecoverIn,
  RecoverOut,
  ReplayIn,
  ReplayOut,
} from "../models.js";

const ONE = "/api/v1/app/{app_id}/endpoint/{endpoint_id}";

function endpointPath(appId: string, endpointId: string) {
  return { path: endpointIds(appId, endpointId) };
}

/**
 * Endpoints: the URLs an application's messages are delivered to. IDs and UIDs both work. With an
 * event catalogue `C`, `sendExample` takes only its event types.
 */
export class Endpoint<C extends EventCatalogue | undefined = EventCatalogue | undefined> extends APIResource {
  /**
   * Lists an application's endpoints; `for await` walks every page. Throws `NotFoundError` when the
   * application does not exist.
   */
  list(appId: string, query?: EndpointListOptions, options?: RequestOptions): PagePromise<EndpointOut> {
    return paginate((iterator) =>
      this.api.GET("/api/v1/app/{app_id}/endpoint", {
        params: { path: appIds(appId), query: toQuery(query, iterator) },
        ...callInit(options),
      }),
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
  async create(appId: string, body: EndpointIn, options?: RequestOptions): Promise<EndpointOut> {
    const params = { path: appIds(appId) };
    return data(await this.api.POST("/api/v1/app/{app_id}/endpoint", { params, body, ...callInit(options) }));
  }

  /** Gets an endpoint. Throws `NotFoundError` when there is none. */
  async get(appId: string, endpointId: string, options?: RequestOptions): Promise<EndpointOut> {
    return data(await this.api.GET(ONE, { params: endpointPath(appId, endpointId), ...callInit(options) }));
  }

  /**
   * Replaces an endpoint (PUT); creates it, with the path's value as its UID, when absent. Throws
   * `NotFoundError` when the application does not exist, `ConflictError` when `body.uid` is taken.
   */
  async update(
    appId: string,
    endpointId: string,
    body: EndpointUpdate,
    options?: RequestOptions,
  ): Promise<EndpointOut> {
    return data(
      await this.api.PUT(ONE, { params: endpointPath(appId, endpointId), body, ...callInit(options) }),
    );
  }

  /**
   * Changes only the given fields of an endpoint. Throws `NotFoundError` when the application or
   * endpoint does not exist, `ConflictError` when `body.uid` is taken.
   */
  async patch(
    appId: string,
    endpointId: string,
    body: EndpointPatch,
    options?: RequestOptions,
  ): Promise<EndpointOut> {
    return data(
      await this.api.PATCH(ONE, { params: endpointPath(appId, endpointId), body, ...callInit(options) }),
    );
  }

  /** Deletes an endpoint. Throws `NotFoundError` when the application or endpoint does not exist. */
  async delete(appId: string, endpointId: string, options?: RequestOptions): Promise<void> {
    await this.api.DELETE(ONE, { params: endpointPath(appId, endpointId), ...callInit(options) });
  }

  /**
   * Gets the endpoint's signing secret (`whsec_…`), to give to whoever verifies its webhooks.
   * Throws `NotFoundError` when the application or endpoint does not exist.
   */
  async getSecret(appId: string, endpointId: string, options?: RequestOptions): Promise<EndpointSecretOut> {
    const params = endpointPath(appId, endpointId);
    return data(await this.api.GET(`${ONE}/secret`, { params, ...callInit(options) }));
  }

  /**
   * Rotates the signing secret (to `body.key`, or a generated one); the old one stays valid for a while.
   * Throws `NotFoundError` when the application or endpoint does not exist.
   */
  async rotateSecret(
    appId: string,
    endpointId: string,
    body: EndpointSecretRotateIn = {},
    options?: RequestOptions,
  ) {
    const params = endpointPath(appId, endpointId);
    await this.api.POST(`${ONE}/secret/rotate`, { params, body, ...callInit(options) });
  }

  /**
   * Gets the custom headers sent with every delivery to this endpoint.
   * Throws `NotFoundError` when the application or endpoint does not exist.
   */
  async getHeaders(appId: string, endpointId: string, options?: RequestOptions): Promise<EndpointHeadersOut> {
    const params = endpointPath(appId, endpointId);
    return data(await this.api.GET(`${ONE}/headers`, { params, ...callInit(options) }));
  }

  /**
   * Replaces the custom headers. Throws `ValidationError` for a reserved name or a value with CR or
   * LF, `NotFoundError` when the application or endpoint does not exist.
   */
  async updateHeaders(appId: string, endpointId: string, body: EndpointHeadersIn, options?: RequestOptions) {
    const params = endpointPath(appId, endpointId);
    await this.api.PUT(`${ONE}/headers`, { params, body, ...callInit(options) });
  }

  /**
   * Sets or (with `null`) removes only the given custom headers. Throws `ValidationError` as
   * {@link Endpoint.updateHeaders} does, `NotFoundError` when the application or endpoint does not
   * exist.
   */
  async patchHeaders(
    appId: string,
    endpointId: string,
    body: EndpointHeadersPatchIn,
    options?: RequestOptions,
  ) {
    const params = endpointPath(appId, endpointId);
    await this.api.PATCH(`${ONE}/headers`, { params, body, ...callInit(options) });
  }

  /**
   * Re-sends the messages that failed for this endpoint since `body.since` (until `body.until`).
   * Throws `NotFoundError` when the application or endpoint does not exist.
   */
  async recover(
    appId: string,
    endpointId: string,
    body: RecoverIn,
    options?: RequestOptions,
  ): Promise<RecoverOut> {
    const params = endpointPath(appId, endpointId);
    return data(await this.api.POST(`${ONE}/recover`, { params, body, ...callInit(options) }));
  }

  /**
   * Sends the messages since `body.since` that were never attempted to this endpoint.
   * Throws `NotFoundError` when the application or endpoint does not exist.
   */
  async replayMissing(
    appId: string,
    endpointId: string,
    body: ReplayIn,
    options?: RequestOptions,
  ): Promise<ReplayOut> {
    const params = endpointPath(appId, endpointId);
    return data(await this.api.POST(`${ONE}/replay-missing`, { params, body, ...callInit(options) }));
  }

  /**
   * Counts this endpoint's deliveries by status. Throws `NotFoundError` when the application or
   * endpoint does not exist.
   */
  async getStats(
    appId: string,
    endpointId: string,
    query?: EndpointStatsOptions,
    options?: RequestOptions,
  ): Promise<EndpointStats> {
    const params = { ...endpointPath(appId, endpointId), query: toQuery(query) };
    return data(await this.api.GET(`${ONE}/stats`, { params, ...callInit(options) }));
  }

  /**
   * Sends an example message of an event type to this endpoint, to test a receiver: the first of
   * its JSON Schema's `examples` (which `syncEventTypes` stores from a catalogue entry's `example`).
   * Throws `NotFoundError` when the application, endpoint or event type does not exist.
   */
  async sendExample(
    appId: string,
    endpointId: string,
    body: TypedEventExampleIn<C, EventExampleIn>,
    options?: RequestOptions,
  ): Promise<MessageOut> {
    const params = endpointPath(appId, endpointId);
    return data(await this.api.POST(`${ONE}/send-example`, { params, body, ...callInit(options) }));
  }
}

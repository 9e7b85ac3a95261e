import type { PagePromise } from "../core/pagination.js";
import { appIds, callInit, data, paginate, toQuery } from "../core/request.js";
import type { RequestOptions } from "../core/requestOptions.js";
import { APIResource } from "../core/resource.js";
import type {
  ApplicationCreateOptions,
  ApplicationIn,
  ApplicationListOptions,
  ApplicationOut,
  ApplicationPatch,
} from "../models.js";

const ONE = "/api/v1/app/{app_id}";

/** Applications: one per customer of yours; messages are sent to an application. */
export class Application extends APIResource {
  /**
   * Lists the applications of this environment; `for await` walks every page.
   * @example
   * ```ts
   * for await (const app of octohooks.application.list()) console.log(app.id, app.uid);
   * ```
   */
  list(query?: ApplicationListOptions, options?: RequestOptions): PagePromise<ApplicationOut> {
    return paginate((iterator) =>
      this.api.GET("/api/v1/app", { params: { query: toQuery(query, iterator) }, ...callInit(options) }),
    );
  }

  /**
   * Creates an application. Throws `ConflictError` when the `uid` is taken, `ValidationError` for
   * an invalid body.
   * @example
   * ```ts
   * const app = await octohooks.application.create({ name: "Acme", uid: "acme" });
   * ```
   */
  async create(
    body: ApplicationIn,
    query?: ApplicationCreateOptions,
    options?: RequestOptions,
  ): Promise<ApplicationOut> {
    return data(
      await this.api.POST("/api/v1/app", { body, params: { query: toQuery(query) }, ...callInit(options) }),
    );
  }

  /**
   * Returns the application with this `uid` (`body.uid`), creating it when there is none; never a
   * `ConflictError` for the `uid`.
   */
  getOrCreate(body: ApplicationIn, options?: RequestOptions): Promise<ApplicationOut> {
    return this.create(body, { get_if_exists: true }, options);
  }

  /** Gets an application by ID or UID. Throws `NotFoundError` when there is none. */
  async get(appId: string, options?: RequestOptions): Promise<ApplicationOut> {
    return data(await this.api.GET(ONE, { params: { path: appIds(appId) }, ...callInit(options) }));
  }

  /**
   * Replaces an application (PUT); creates it, with the path's value as its UID, when absent.
   * Throws `ConflictError` when `body.uid` belongs to another application.
   * @example
   * ```ts
   * await octohooks.application.update("some-user", { name: "Some User Application" });
   * ```
   */
  async update(appId: string, body: ApplicationIn, options?: RequestOptions): Promise<ApplicationOut> {
    const params = { path: appIds(appId) };
    return data(await this.api.PUT(ONE, { params, body, ...callInit(options) }));
  }

  /**
   * Changes only the given fields of an application. Throws `NotFoundError` when there is none,
   * `ConflictError` when `body.uid` belongs to another application.
   */
  async patch(appId: string, body: ApplicationPatch, options?: RequestOptions): Promise<ApplicationOut> {
    const params = { path: appIds(appId) };
    return data(await this.api.PATCH(ONE, { params, body, ...callInit(options) }));
  }

  /** Deletes an application with its endpoints and messages. Throws `NotFoundError` when there is none. */
  async delete(appId: string, options?: RequestOptions): Promise<void> {
    await this.api.DELETE(ONE, {
      params: { path: appIds(appId) },
      ...callInit(options),
    });
  }
}

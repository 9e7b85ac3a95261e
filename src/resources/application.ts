import type { APIPromise } from "../core/apiPromise.js";
import { InvalidArgumentError } from "../core/errors.js";
import { PagePromise } from "../core/pagination.js";
import type { PostRequestOptions, RequestOptions } from "../core/requestOptions.js";
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
   * for await (const app of octohooks.application.list({ limit: 100 })) console.log(app.id, app.uid);
   * ```
   */
  list(options?: ApplicationListOptions): PagePromise<ApplicationOut> {
    return new PagePromise((iterator) => this.api.GET("/api/v1/app", { options, iterator }));
  }

  /**
   * Creates an application. Throws `ConflictError` when the `uid` is taken, `ValidationError` for
   * an invalid body. With `{ getIfExists: true }` (which needs `body.uid`) it returns the existing
   * application with that `uid` instead; {@link Application.getOrCreate} says so by its name.
   * @example
   * ```ts
   * const app = await octohooks.application.create({ name: "Acme", uid: "acme" });
   * ```
   */
  create(body: ApplicationIn, options?: ApplicationCreateOptions): APIPromise<ApplicationOut> {
    const check = options?.getIfExists ? () => requireUid(body) : undefined;
    return this.api.POST("/api/v1/app", { body, options, check });
  }

  /**
   * Returns the application with this `uid` (`body.uid`, required: without one every call would
   * create another application), creating it when there is none; never a `ConflictError` for the `uid`.
   * @example
   * ```ts
   * const app = await octohooks.application.getOrCreate({ name: "Acme", uid: "acme" });
   * ```
   */
  getOrCreate(
    body: ApplicationIn & { uid: string },
    options?: PostRequestOptions,
  ): APIPromise<ApplicationOut> {
    return this.create(body, { ...options, getIfExists: true });
  }

  /** Gets an application by ID or UID. Throws `NotFoundError` when there is none. */
  get(appId: string, options?: RequestOptions): APIPromise<ApplicationOut> {
    return this.api.GET(ONE, { path: { app_id: appId }, options });
  }

  /**
   * Replaces an application (PUT); creates it, with the path's value as its UID, when absent.
   * Throws `ConflictError` when `body.uid` belongs to another application.
   * @example
   * ```ts
   * await octohooks.application.update("some-user", { name: "Some User Application" });
   * ```
   */
  update(appId: string, body: ApplicationIn, options?: RequestOptions): APIPromise<ApplicationOut> {
    return this.api.PUT(ONE, { path: { app_id: appId }, body, options });
  }

  /**
   * Changes only the given fields of an application. Throws `NotFoundError` when there is none,
   * `ConflictError` when `body.uid` belongs to another application.
   */
  patch(appId: string, body: ApplicationPatch, options?: RequestOptions): APIPromise<ApplicationOut> {
    return this.api.PATCH(ONE, { path: { app_id: appId }, body, options });
  }

  /**
   * Deletes an application with its endpoints and messages. Throws `NotFoundError` when there is
   * none; after a retry its `earlierAttemptUnknown` says an earlier attempt may have deleted it.
   */
  delete(appId: string, options?: RequestOptions): APIPromise<void> {
    return this.api.DELETE(ONE, { path: { app_id: appId }, options });
  }
}

/** `get_if_exists` finds the application by its `uid`: without one, each call creates another. */
function requireUid(body: ApplicationIn): void {
  if (typeof body?.uid !== "string" || body.uid === "") {
    throw new InvalidArgumentError(
      "getOrCreate needs a `uid`: without one every call creates a new application",
    );
  }
}

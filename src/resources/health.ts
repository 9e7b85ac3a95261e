import type { APIPromise } from "../core/apiPromise.js";
import type { RequestOptions } from "../core/requestOptions.js";
import { APIResource } from "../core/resource.js";
import type { HealthOut } from "../models.js";

/** The service's health check. */
export class Health extends APIResource {
  /** Answers `{ status: "ok" }` when the service is up; throws otherwise. */
  get(options?: RequestOptions): APIPromise<HealthOut> {
    return this.api.GET("/api/v1/health", { options });
  }
}

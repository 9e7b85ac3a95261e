import { callInit, data } from "../core/request.js";
import type { RequestOptions } from "../core/requestOptions.js";
import { APIResource } from "../core/resource.js";
import type { HealthOut } from "../models.js";

/** The service's health check. */
export class Health extends APIResource {
  /** Answers `{ status: "ok" }` when the service is up; throws otherwise. */
  async get(options?: RequestOptions): Promise<HealthOut> {
    return data(await this.api.GET("/api/v1/health", { ...callInit(options) }));
  }
}

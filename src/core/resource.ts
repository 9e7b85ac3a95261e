import type { ApiClient } from "./apiClient.js";

/** Base of the resource classes: holds the typed client every method calls through. */
export abstract class APIResource {
  /** @internal */
  protected readonly api: ApiClient;

  /** @internal */
  constructor(api: ApiClient) {
    this.api = api;
  }
}

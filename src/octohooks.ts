import { createApiClient, type OctohooksOptions } from "./core/apiClient.js";
import type { EventCatalogue } from "./events/catalogue.js";
import { Application } from "./resources/application.js";
import { Attempt } from "./resources/attempt.js";
import { Endpoint } from "./resources/endpoint.js";
import { EventType } from "./resources/eventType.js";
import { Health } from "./resources/health.js";
import { Message } from "./resources/message.js";

/**
 * The Octohooks API client.
 *
 * Every call sends your token, retries what is safe to retry (connection errors, timeouts, 408,
 * 429, 5xx) with one idempotency key per call, and throws a typed `OctohooksError` on failure.
 * Every method rejects with `InvalidArgumentError`, before sending anything, for an ID that is
 * empty, not a string, `.` or `..`, an invalid `Date` filter or a header value with CR/LF.
 *
 * @example
 * ```ts
 * import { Octohooks } from "octohooks";
 *
 * const octohooks = new Octohooks("AUTH_TOKEN");
 * const app = await octohooks.application.create({ name: "Acme", uid: "acme" });
 * await octohooks.message.create(app.id, { eventType: "invoice.paid", payload: { id: "in_1" } });
 * ```
 */
export class Octohooks<C extends EventCatalogue | undefined = EventCatalogue | undefined> {
  /** Applications: one per customer of yours. */
  readonly application: Application;
  /** Endpoints: where an application's messages are delivered. */
  readonly endpoint: Endpoint<C>;
  /** Messages: the webhooks you send. */
  readonly message: Message<C>;
  /** Event types: the names messages carry and endpoints subscribe to. */
  readonly eventType: EventType;
  /** Delivery attempts of messages to endpoints. */
  readonly attempt: Attempt;
  /** The service's health check. */
  readonly health: Health;

  /**
   * @param token Your API token; defaults to the `OCTOHOOKS_TOKEN` environment variable.
   * @param options Server URL, timeout, retries, fetch, default headers, logger, and the event
   *   catalogue (`events`, from `defineEvents`) that types and checks every message you send.
   * @throws OctohooksError when there is no token at all.
   */
  constructor(token?: string, options?: OctohooksOptions<C>) {
    const api = createApiClient(token, options);
    this.application = new Application(api);
    this.endpoint = new Endpoint<C>(api);
    this.message = new Message<C>(api, options?.events);
    this.eventType = new EventType(api);
    this.attempt = new Attempt(api);
    this.health = new Health(api);
  }
}

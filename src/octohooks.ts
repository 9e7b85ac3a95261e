import { createApiClient, type OctohooksOptions, resolveToken } from "./core/apiClient.js";
import type { Sender } from "./core/wire.js";
import type { UntypedEvents } from "./events/catalogue.js";
import { Application } from "./resources/application.js";
import { Attempt } from "./resources/attempt.js";
import { Endpoint } from "./resources/endpoint.js";
import { EventType } from "./resources/eventType.js";
import { Health } from "./resources/health.js";
import { Message } from "./resources/message.js";

declare global {
  interface SymbolConstructor {
    /** `await using`'s symbol (ES2024), declared here for projects whose `lib` predates it. */
    readonly asyncDispose: unique symbol;
  }
}

/**
 * The key under which `withOptions` hands the copy it constructs this client's connection pool: a
 * module-private symbol, so no caller can set it and no other construction can pick it up.
 */
const POOL: unique symbol = Symbol("octohooks.pool");
type WithPool<C extends UntypedEvents> = OctohooksOptions<C> & { [POOL]?: Sender | undefined };

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
export class Octohooks<C extends UntypedEvents = UntypedEvents> {
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
  readonly #token: string;
  readonly #options: OctohooksOptions<C>;

  /** Frees the client's sockets, as {@link Octohooks.close} does: `await using octohooks = new Octohooks()`. */
  declare [Symbol.asyncDispose]: () => Promise<void>;
  readonly #close: () => void;
  readonly #sender: Sender;

  /**
   * @param token Your API token; defaults to the `OCTOHOOKS_TOKEN` environment variable.
   * @param options Server URL, timeout, retries, fetch or HTTP agent, response cap, default headers, logger,
   *   and the event catalogue (`events`, from `defineEvents`) that types and checks every message you send.
   * @throws OctohooksError when there is no token at all; `InvalidArgumentError` for a token
   * starting with `Bearer `, a `serverUrl` with credentials in it, or an out-of-range option.
   */
  constructor(token?: string, options: OctohooksOptions<C> = {}) {
    this.#token = resolveToken(token);
    this.#options = options;
    // A withOptions copy on the same server and transport takes this client's connection pool.
    const inherited = (options as WithPool<C>)[POOL];
    const { api, close, sender } = createApiClient(this.#token, options, inherited);
    this.#close = close;
    this.#sender = sender;
    this.application = new Application(api);
    this.endpoint = new Endpoint<C>(api);
    this.message = new Message<C>(api, options.events);
    this.eventType = new EventType(api);
    this.attempt = new Attempt(api);
    this.health = new Health(api);
  }

  /**
   * A copy of this client with other defaults (timeout, retries, headers, logger, …) and the same
   * token and event catalogue; this one is unchanged. `headers` are merged over this client's, every other option
   * replaces its value. Cheap: it does no I/O, and on the same server and transport (no new `serverUrl`,
   * `fetch` or `httpAgent`) it shares this client's connections, so `close()` on either frees them.
   * @example
   * ```ts
   * const patient = octohooks.withOptions({ timeout: 60_000, maxRetries: 5 });
   * await patient.message.create("app_123", { eventType: "report.ready", payload: {} });
   * ```
   */
  withOptions(options: Omit<OctohooksOptions, "events">): Octohooks<C> {
    const headers = { ...this.#options.headers, ...options.headers };
    const sameWire = !("serverUrl" in options || "fetch" in options || "httpAgent" in options);
    const copied: WithPool<C> = {
      ...this.#options,
      ...options,
      headers,
      events: this.#options.events,
      [POOL]: sameWire ? this.#sender : undefined,
    };
    return new Octohooks<C>(this.#token, copied);
  }

  /**
   * Closes the idle keep-alive sockets of the client's own agent (Node). Idle sockets never keep
   * the process alive, so this is for freeing them early, e.g. in a test's teardown. A later call
   * opens new ones; a given `httpAgent` or `fetch` is left as it is.
   */
  close(): void {
    this.#close();
  }
}

// Where the runtime has the symbol (Node >= 18.18, current browsers): `await using` closes the client.
if (typeof Symbol.asyncDispose === "symbol") {
  Octohooks.prototype[Symbol.asyncDispose] = async function (this: Octohooks) {
    this.close();
  };
}

/**
 * Where a {@link Webhook} with a `seen` option records the deliveries it verified, to refuse a replay
 * of one (reason `replayed`). One atomic method, sync or async, so Redis, a KV store or a database fits;
 * a separate "has" then "add" would let two copies that arrive together both pass.
 *
 * The key is `<webhook-id>.<webhook-timestamp>.`: Octohooks signs every attempt anew with a fresh
 * timestamp, so a genuine retry or resend is never refused, only a copy of a delivery already verified.
 *
 * @example
 * ```ts
 * // node-redis: SET NX answers "OK" only to the first caller.
 * const seen: WebhookSeenStore = {
 *   add: async (key, ttl) => (await redis.set(`webhook:${key}`, "1", { NX: true, EX: ttl })) === "OK",
 * };
 * ```
 */
export interface WebhookSeenStore {
  /**
   * Records `key` for `ttlSeconds` (after which the timestamp check alone refuses the delivery) and
   * returns `true`, or returns `false` when `key` is already held. Anything but `true` refuses the
   * delivery, so a store that answers nothing fails closed. `verify()` needs a synchronous answer;
   * `verifyAsync()` and `verifyRequest()` take a Promise.
   */
  add(key: string, ttlSeconds: number): boolean | Promise<boolean>;
}

/** Options of {@link MemorySeenStore}. */
export interface MemorySeenStoreOptions {
  /** The most keys kept; the oldest goes first once full. Default 10,000 (about 30 deliveries a second for 5 minutes). */
  maxEntries?: number;
}

/**
 * An in-process {@link WebhookSeenStore}: a `Map` that drops each key when its time is up and never holds
 * more than `maxEntries`. It protects one process; several instances or restarts need a shared store.
 *
 * @example
 * ```ts
 * const webhook = new Webhook(secret, { seen: new MemorySeenStore() });
 * ```
 */
export class MemorySeenStore implements WebhookSeenStore {
  // Key -> expiry in ms; a Map iterates in insertion order, so the oldest keys come first.
  readonly #expiries = new Map<string, number>();
  readonly #maxEntries: number;

  /** @throws {RangeError} when `maxEntries` is not a positive integer. */
  constructor(options: MemorySeenStoreOptions = {}) {
    const maxEntries = options.maxEntries ?? 10_000;
    if (!(Number.isInteger(maxEntries) && maxEntries > 0)) throw new RangeError("Invalid maxEntries");
    this.#maxEntries = maxEntries;
  }

  /** How many keys are held now, expired ones not yet dropped included. */
  get size(): number {
    return this.#expiries.size;
  }

  /** Whether `key` was added and has not expired. */
  has(key: string): boolean {
    return (this.#expiries.get(key) ?? 0) > Date.now();
  }

  /**
   * Records `key` for `ttlSeconds` and returns `true`, or returns `false` when it is held already. Drops
   * expired keys from the front first and, when full, the oldest.
   */
  add(key: string, ttlSeconds: number): boolean {
    const now = Date.now();
    if (this.has(key)) return false;
    this.#expiries.delete(key);
    // Keys expire roughly in insertion order; one expiring late only waits for those before it to go.
    for (const [oldest, expiry] of this.#expiries) {
      if (expiry > now && this.#expiries.size < this.#maxEntries) break;
      this.#expiries.delete(oldest);
    }
    this.#expiries.set(key, now + ttlSeconds * 1000);
    return true;
  }
}

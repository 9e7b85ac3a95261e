/**
 * Idempotency keys, per environment: a repeated POST with the same key replays the first response,
 * gets 409 while the first is still running, and 422 when the key was used for another request.
 *
 * @module
 */
import { createHash } from "node:crypto";

/** A response kept for replay. */
export interface StoredResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | undefined;
}

interface Entry {
  readonly fingerprint: string;
  readonly expiresAt: number;
  response: StoredResponse | undefined;
}

/** What to do with a request that carries an idempotency key. */
export type IdempotencyDecision =
  | { readonly kind: "proceed" }
  | { readonly kind: "replay"; readonly response: StoredResponse }
  | { readonly kind: "in_flight" }
  | { readonly kind: "mismatch" };

/** A digest of what makes two requests "the same": method, path with query, and body bytes. */
export function requestFingerprint(method: string, pathAndQuery: string, body: string | undefined): string {
  return createHash("sha256")
    .update(`${method} ${pathAndQuery}\n`)
    .update(body ?? "")
    .digest("base64url");
}

/**
 * The keys seen in one environment. Entries are kept in insertion order, which is also expiry
 * order, so pruning only ever looks at the oldest ones.
 */
export class IdempotencyCache {
  readonly #entries = new Map<string, Entry>();

  constructor(
    private readonly now: () => number,
    private readonly ttlMs: number,
    private readonly maxKeys: number,
  ) {}

  /** Number of keys remembered. */
  get size(): number {
    return this.#entries.size;
  }

  /** Claims `key` for a request, or says why the request must not run. */
  begin(key: string, fingerprint: string): IdempotencyDecision {
    const now = this.now();
    const entry = this.#entries.get(key);
    // A request still running outlives its TTL too: forgetting it would let a retry run it twice.
    if (entry && (entry.expiresAt > now || !entry.response)) {
      if (entry.fingerprint !== fingerprint) return { kind: "mismatch" };
      return entry.response ? { kind: "replay", response: entry.response } : { kind: "in_flight" };
    }
    this.#entries.delete(key);
    this.#makeRoom(now);
    this.#entries.set(key, { fingerprint, expiresAt: now + this.ttlMs, response: undefined });
    return { kind: "proceed" };
  }

  /** Records the response of a claimed key, for replay. */
  complete(key: string, response: StoredResponse): void {
    const entry = this.#entries.get(key);
    if (entry) entry.response = response;
  }

  /** Releases a claimed key whose work was not done, so a retry runs it afresh. */
  abandon(key: string): void {
    const entry = this.#entries.get(key);
    if (entry && !entry.response) this.#entries.delete(key);
  }

  /**
   * Drops expired keys, and the oldest ones while there is no room for one more. A key whose request
   * is still running is never dropped (a retry would run it twice), so in-flight keys may briefly
   * exceed `maxKeys`.
   */
  #makeRoom(now: number): void {
    for (const [key, entry] of this.#entries) {
      if (!entry.response) continue;
      if (entry.expiresAt > now && this.#entries.size < this.maxKeys) break;
      this.#entries.delete(key);
    }
  }
}

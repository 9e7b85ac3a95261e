import { randomBytes, randomFillSync } from "node:crypto";

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
// 248 = 4 * 62: bytes at or above it are skipped so every base62 digit is equally likely.
const UNBIASED_LIMIT = 248;

// Random bytes are drawn from a pooled buffer: one syscall per 4 KiB instead of one per ID.
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;

function randomByte(): number {
  if (poolOffset === pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  return pool[poolOffset++] as number;
}

/** A random base62 string of `length` characters from node:crypto. */
export function randomBase62(length = 27): string {
  let out = "";
  while (out.length < length) {
    const byte = randomByte();
    if (byte < UNBIASED_LIMIT) out += BASE62[byte % 62];
  }
  return out;
}

/** Prefixes of the mock's entity IDs. */
export type IdPrefix = "app" | "ep" | "msg" | "atmpt" | "qtask" | "req";

/** A fresh entity ID such as `app_2a0eUa8fTq3WvL1nB6xYz0KcHd`. */
export function newId(prefix: IdPrefix): string {
  return `${prefix}_${randomBase62()}`;
}

/** A fresh endpoint signing secret: `whsec_` and the base64 of 24 random bytes. */
export function newSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

/** A fresh API token for a mock environment. */
export function newToken(): string {
  return `testsk_${randomBase62(32)}`;
}

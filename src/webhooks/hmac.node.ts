// Node flavour of hmac.ts (same exports): the Node build swaps it in, because Node 18 has neither
// process.getBuiltinModule nor a global `crypto`.
import { Buffer } from "node:buffer";
import { createHmac, createSecretKey, timingSafeEqual } from "node:crypto";

/**
 * HMAC-SHA256 with one key, as base64 of the MAC over `prefix + payload` (payload strings as UTF-8,
 * byte payloads as they are).
 */
export interface HmacSigner {
  /** Always available in this flavour. */
  signSync(prefix: string, payload: string | Uint8Array): string | undefined;
  /** Resolves to the same value as `signSync`; node:crypto is faster than Web Crypto here. */
  signAsync(prefix: string, payload: string | Uint8Array): Promise<string>;
}

/** Creates a signer for `key`. */
export function createHmacSigner(key: Uint8Array<ArrayBuffer>): HmacSigner {
  const nodeKey = createSecretKey(key);
  const signSync = (prefix: string, payload: string | Uint8Array): string =>
    createHmac("sha256", nodeKey).update(prefix).update(payload).digest("base64");
  return { signSync, signAsync: async (prefix, payload) => signSync(prefix, payload) };
}

/** Compares two strings in time that depends only on their lengths, never on where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

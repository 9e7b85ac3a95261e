// Node flavour of hmac.ts (same exports): the Node build swaps it in, because Node 18 has neither
// process.getBuiltinModule nor a global `crypto`.
import type { KeyObject } from "node:crypto";
import { nodeCrypto } from "../core/nodeCrypto.js";

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

/** Creates a signer for `key`; node:crypto is loaded at the first signature, not before. */
export function createHmacSigner(key: Uint8Array<ArrayBuffer>): HmacSigner {
  let nodeKey: KeyObject | undefined;
  const signSync = (prefix: string, payload: string | Uint8Array): string => {
    const crypto = nodeCrypto();
    nodeKey ??= crypto.createSecretKey(key);
    return crypto.createHmac("sha256", nodeKey).update(prefix).update(payload).digest("base64");
  };
  return { signSync, signAsync: async (prefix, payload) => signSync(prefix, payload) };
}

/**
 * Compares two strings in time that depends only on their lengths, never on where they differ.
 * `Buffer` is the global one (Node, Bun, Deno): importing node:buffer would cost every import.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && nodeCrypto().timingSafeEqual(left, right);
}

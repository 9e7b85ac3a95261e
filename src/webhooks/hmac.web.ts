// Browser flavour of hmac.ts (same exports), for bundles built with the `browser` condition: browsers and
// workers have no node:crypto, so the lookup of it is left out, and the 2 kB bundle holds more useful code.
import { encodeBase64 } from "./base64.js";

/**
 * HMAC-SHA256 with one key, as base64 of the MAC over `prefix + payload` (payload strings as UTF-8,
 * byte payloads as they are).
 */
export interface HmacSigner {
  /** Always `undefined` in this flavour: use `signAsync`. */
  signSync(prefix: string, payload: string | Uint8Array): string | undefined;
  /** Web Crypto; works wherever `crypto.subtle` exists. */
  signAsync(prefix: string, payload: string | Uint8Array): Promise<string>;
}

/** The Web Crypto half of a signer for `key`; the key is imported at the first signature, once. */
export function webSigner(key: Uint8Array<ArrayBuffer>): HmacSigner["signAsync"] {
  let webKey: Promise<CryptoKey> | undefined;
  return async (prefix, payload) => {
    const subtle = globalThis.crypto?.subtle;
    if (!subtle) throw new Error("crypto.subtle is unavailable");
    webKey ??= subtle.importKey("raw", key, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    // Blob writes strings as UTF-8 and bytes as they are, so it builds the message in one step.
    const message = await new Blob([prefix, payload as Uint8Array<ArrayBuffer>]).arrayBuffer();
    const mac = await subtle.sign("HMAC", await webKey, message);
    return encodeBase64(new Uint8Array(mac));
  };
}

/** Creates a signer for `key` that signs with Web Crypto only; no crypto work happens until the first signature. */
export function createHmacSigner(key: Uint8Array<ArrayBuffer>): HmacSigner {
  return { signSync: () => undefined, signAsync: webSigner(key) };
}

/** Compares two strings in time that depends only on their lengths, never on where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

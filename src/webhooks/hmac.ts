// Default (web) flavour of the HMAC primitives; hmac.node.ts has the same exports for the Node build.
// Nothing here runs at module load: Cloudflare workerd forbids I/O and randomness at top level.
import type * as NodeCrypto from "node:crypto";
import { encodeBase64 } from "./base64.js";

/**
 * HMAC-SHA256 with one key, as base64 of the MAC over `prefix + payload` (payload strings as UTF-8,
 * byte payloads as they are).
 */
export interface HmacSigner {
  /** Returns `undefined` where the runtime has no synchronous native HMAC (browsers, workerd). */
  signSync(prefix: string, payload: string | Uint8Array): string | undefined;
  /** Web Crypto in this flavour; works wherever `crypto.subtle` exists. */
  signAsync(prefix: string, payload: string | Uint8Array): Promise<string>;
}

// undefined: not looked up yet; null: this runtime has no node:crypto.
let nodeCrypto: typeof NodeCrypto | null | undefined;

function loadNodeCrypto(): typeof NodeCrypto | null {
  if (nodeCrypto === undefined) {
    const proc = globalThis.process as NodeJS.Process | undefined;
    nodeCrypto = (proc?.getBuiltinModule?.("node:crypto") as typeof NodeCrypto | undefined) ?? null;
  }
  return nodeCrypto;
}

/** Creates a signer for `key`; no crypto work happens until the first signature. */
export function createHmacSigner(key: Uint8Array<ArrayBuffer>): HmacSigner {
  let nodeKey: NodeCrypto.KeyObject | undefined;
  let webKey: Promise<CryptoKey> | undefined;
  return {
    signSync(prefix, payload) {
      const crypto = loadNodeCrypto();
      if (!crypto) return undefined;
      nodeKey ??= crypto.createSecretKey(key);
      return crypto.createHmac("sha256", nodeKey).update(prefix).update(payload).digest("base64");
    },
    async signAsync(prefix, payload) {
      const subtle = globalThis.crypto?.subtle;
      if (!subtle) throw new Error("crypto.subtle is unavailable");
      webKey ??= subtle.importKey("raw", key, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
      // Blob writes strings as UTF-8 and bytes as they are, so it builds the message in one step.
      const message = await new Blob([prefix, payload as Uint8Array<ArrayBuffer>]).arrayBuffer();
      const mac = await subtle.sign("HMAC", await webKey, message);
      return encodeBase64(new Uint8Array(mac));
    },
  };
}

/** Compares two strings in time that depends only on their lengths, never on where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

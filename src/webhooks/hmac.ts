// Default flavour of the HMAC primitives; hmac.node.ts (Node build) and hmac.web.ts (browser build) have
// the same exports. Nothing here runs at module load: Cloudflare workerd forbids I/O and randomness at top level.
import type * as NodeCrypto from "node:crypto";
import type { HmacSigner } from "./hmac.web.js";
import { webSigner } from "./hmac.web.js";

export { constantTimeEqual, type HmacSigner } from "./hmac.web.js";

// undefined: not looked up yet; null: this runtime has no node:crypto.
let nodeCrypto: typeof NodeCrypto | null | undefined;

function loadNodeCrypto(): typeof NodeCrypto | null {
  if (nodeCrypto === undefined) {
    const proc = globalThis.process as NodeJS.Process | undefined;
    nodeCrypto = (proc?.getBuiltinModule?.("node:crypto") as typeof NodeCrypto | undefined) ?? null;
  }
  return nodeCrypto;
}

/**
 * Creates a signer for `key`: synchronous with node:crypto where `process.getBuiltinModule` finds it
 * (Node >= 20.16, Bun, Deno), Web Crypto otherwise. No crypto work happens until the first signature.
 */
export function createHmacSigner(key: Uint8Array<ArrayBuffer>): HmacSigner {
  let nodeKey: NodeCrypto.KeyObject | undefined;
  return {
    signSync(prefix, payload) {
      const crypto = loadNodeCrypto();
      if (!crypto) return undefined;
      nodeKey ??= crypto.createSecretKey(key);
      return crypto.createHmac("sha256", nodeKey).update(prefix).update(payload).digest("base64");
    },
    signAsync: webSigner(key),
  };
}

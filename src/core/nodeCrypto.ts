// Used only by the node flavour (the `x.node.ts` files). node:crypto costs a Node process about
// 4 ms to load, a third of what importing the package would cost, so it is loaded on first use.
import type * as NodeCrypto from "node:crypto";
import { createRequire } from "node:module";

let loaded: typeof NodeCrypto | undefined;

/** node:crypto, loaded on the first call. Node 18 and 20 before 20.16 lack `process.getBuiltinModule`. */
export function nodeCrypto(): typeof NodeCrypto {
  loaded ??= (process.getBuiltinModule?.("node:crypto") ??
    createRequire(process.execPath)("node:crypto")) as typeof NodeCrypto;
  return loaded;
}

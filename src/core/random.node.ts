import { nodeCrypto } from "./nodeCrypto.js";

/** A random UUID v4 from node:crypto (Node 18 has no global `crypto`). */
export function randomId(): string {
  return nodeCrypto().randomUUID();
}

import { randomUUID } from "node:crypto";

/** A random UUID v4 from node:crypto (Node 18 has no global `crypto`). */
export function randomId(): string {
  return randomUUID();
}

import { describe, expect, it } from "vitest";
import { Octohooks } from "../../src/index.js";
import { specOperationIds } from "../helpers/specMsw.js";

/** Methods that are another operation with a preset option, and the operation they call. */
const ALIASES: Record<string, string> = { "application.getOrCreate": "application.create" };

function sdkMethods(): string[] {
  const client = new Octohooks("tok");
  const names: string[] = [];
  for (const resource of ["application", "endpoint", "message", "eventType", "attempt", "health"] as const) {
    const proto = Object.getPrototypeOf(client[resource]);
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name !== "constructor" && typeof proto[name] === "function") names.push(`${resource}.${name}`);
    }
  }
  return names;
}

describe("every operation has a method and every method an operation", () => {
  it("maps operationIds to resource methods one to one (aliases aside)", () => {
    const operations = new Set(specOperationIds());
    const methods = sdkMethods();
    const unmapped = methods.filter((m) => !operations.has(ALIASES[m] ?? m));
    const missing = [...operations].filter((op) => !methods.includes(op));
    expect(unmapped, "methods that map to no operation").toEqual([]);
    expect(missing, "operations with no method").toEqual([]);
    expect(operations.size).toBeGreaterThanOrEqual(39);
  });
});

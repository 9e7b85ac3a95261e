// readEnv: a variable's trimmed value, or undefined when unset, blank, or unreadable (Deno without
// --allow-env throws on access).
import { afterEach, describe, expect, it, vi } from "vitest";
import { readEnv } from "../../src/core/environment.js";

afterEach(() => vi.unstubAllEnvs());

describe("readEnv", () => {
  it("reads a variable trimmed, and a blank or missing one as undefined", () => {
    vi.stubEnv("OCTOHOOKS_TEST_VALUE", "  tok_1 \n");
    vi.stubEnv("OCTOHOOKS_TEST_BLANK", "   ");
    expect(readEnv("OCTOHOOKS_TEST_VALUE")).toBe("tok_1");
    expect(readEnv("OCTOHOOKS_TEST_BLANK")).toBeUndefined();
    expect(readEnv("OCTOHOOKS_TEST_MISSING")).toBeUndefined();
  });

  it("reads an environment that refuses access as unset", () => {
    const env = process.env;
    process.env = new Proxy({} as NodeJS.ProcessEnv, {
      get() {
        throw new Error("Requires env access");
      },
    });
    try {
      expect(readEnv("OCTOHOOKS_TOKEN")).toBeUndefined();
    } finally {
      process.env = env;
    }
  });
});

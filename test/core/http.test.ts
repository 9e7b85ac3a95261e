// The default flavour's sender (browsers, workerd, Deno, Bun): always fetch, the given one or the
// global one looked up at each call; no httpAgent, and a clear error where there is no fetch at all.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createSender } from "../../src/core/http.js";
import { InvalidArgumentError, OctohooksError } from "../../src/index.js";

afterEach(() => vi.unstubAllGlobals());

const request = {
  method: "GET",
  url: "https://api.example.test/api/v1/health",
  headers: {},
  body: undefined,
  timeout: 1_000,
  signal: undefined,
  maxResponseBytes: 1_000,
};
const base = { baseUrl: "https://api.example.test", httpAgent: undefined };
const answering = (status: string) => vi.fn(async () => Response.json({ status }));

describe("the default build's createSender", () => {
  it("sends through the given fetch", async () => {
    const given = answering("given");
    const response = await createSender({ ...base, fetch: given }).send(request);
    expect(JSON.parse(response.text)).toEqual({ status: "given" });
    expect(given).toHaveBeenCalledOnce();
  });

  it("sends through the global fetch of the moment when none is given", async () => {
    const sender = createSender({ ...base, fetch: undefined });
    const patched = answering("patched");
    vi.stubGlobal("fetch", patched);
    const response = await sender.send(request);
    expect(JSON.parse(response.text)).toEqual({ status: "patched" });
  });

  it("needs a fetch: none given and none global is a clear error; a given one is enough", () => {
    vi.stubGlobal("fetch", undefined);
    expect(() => createSender({ ...base, fetch: undefined })).toThrow(
      new OctohooksError("No fetch: this runtime has no global fetch, so pass one as the `fetch` option"),
    );
    expect(() => createSender({ ...base, fetch: answering("given") })).not.toThrow();
  });

  it("refuses an httpAgent, which only Node's transport can use", () => {
    expect(() => createSender({ ...base, fetch: undefined, httpAgent: {} })).toThrow(
      new InvalidArgumentError(
        "httpAgent needs Node's http transport, which this build (for browsers and edge runtimes) does not have",
      ),
    );
  });
});

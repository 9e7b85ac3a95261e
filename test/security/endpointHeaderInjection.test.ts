// Custom endpoint headers with CR or LF are refused (422) by every operation that sets them, change
// nothing, and never reach a receiver: a delivery afterwards carries only the valid custom header.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Octohooks, ValidationError } from "../../src/index.js";
import { createMockServer } from "../../src/mock/index.js";
import { startReceiver } from "../e2e/receiver.js";
import { runs } from "../properties/fastCheck.js";

// Short retries keep settle() quick even if a regression made a delivery fail.
const mock = createMockServer({
  tokens: { tk_injection: "injection" },
  retrySchedule: [1, 1],
  retryJitter: 0,
  deliveryTimeoutMs: 2_000,
});
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let octohooks: Octohooks;
let appId: string;
let endpointId: string;
const GOOD_HEADERS = { "x-good": "yes" };

type HeaderMap = Record<string, string>;
/** Every operation that writes custom headers, on the seeded endpoint (or on a new one, for create). */
const WRITERS: Record<string, (headers: HeaderMap) => Promise<unknown>> = {
  "endpoint.create": (headers) => octohooks.endpoint.create(appId, { url: `${receiver.url}/new`, headers }),
  "endpoint.update": (headers) =>
    octohooks.endpoint.update(appId, endpointId, { url: `${receiver.url}/hook`, headers }),
  "endpoint.update (upsert)": (headers) =>
    octohooks.endpoint.update(appId, "not-yet-created", { url: `${receiver.url}/new`, headers }),
  "endpoint.patch": (headers) => octohooks.endpoint.patch(appId, endpointId, { headers }),
  "endpoint.updateHeaders": (headers) => octohooks.endpoint.updateHeaders(appId, endpointId, { headers }),
  "endpoint.patchHeaders": (headers) => octohooks.endpoint.patchHeaders(appId, endpointId, { headers }),
};

beforeAll(async () => {
  receiver = await startReceiver();
  octohooks = new Octohooks("tk_injection", {
    serverUrl: (await mock.listen({ port: 0 })).url,
    maxRetries: 0,
  });
  appId = (await octohooks.application.create({ name: "Injection" })).id;
  endpointId = (
    await octohooks.endpoint.create(appId, { url: `${receiver.url}/hook`, headers: GOOD_HEADERS })
  ).id;
});
afterAll(async () => {
  await mock.close();
  await receiver.close();
});

const INJECTED = "x-injected";
/** Header maps that try to smuggle an `X-Injected` header (or a whole request) through CR/LF. */
const injection: fc.Arbitrary<HeaderMap> = fc.oneof(
  fc
    .tuple(
      fc.string({ maxLength: 8 }),
      fc.constantFrom("\r\n", "\n", "\r", "\r\n\r\n", "\n\n"),
      fc.string({ maxLength: 8 }),
    )
    .map(([before, breakChars, after]) => ({ "x-forward": `${before}${breakChars}X-Injected: 1${after}` })),
  fc
    .constantFrom("x-a\r\nX-Injected", "X-Injected: 1\r\nx-b", "x-c\nX-Injected", "x-d\r")
    .map((name) => ({ [name]: "v" })),
  fc.constant({ "x-e": "ok\r\n\r\nPOST /evil HTTP/1.1\r\nHost: evil\r\nX-Injected: 1" }),
);

function stateNow(): string {
  return JSON.stringify(mock.snapshot("injection"));
}

describe("custom endpoint headers with CR or LF", () => {
  it("are refused with a 422 on body.headers by every writer, and change nothing", async () => {
    const before = stateNow();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(WRITERS)), injection, async (writer, headers) => {
        const write = WRITERS[writer] as (headers: HeaderMap) => Promise<unknown>;
        const error = await write(headers).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ValidationError);
        const locs = (error as ValidationError).errors.map((issue) => issue.loc.slice(0, 2).join("."));
        expect(locs).toContain("body.headers");
        expect(stateNow()).toBe(before);
      }),
      runs(150),
    );
    expect((await octohooks.endpoint.getHeaders(appId, endpointId)).headers).toEqual(GOOD_HEADERS);
  });

  it("never reach the wire: the next delivery carries only the valid custom header", async () => {
    const message = await octohooks.message.create(appId, {
      eventType: "after.injection",
      payload: { n: 1 },
    });
    await receiver.waitFor(1);
    await mock.settle();
    expect(receiver.received).toHaveLength(1);
    const [delivery] = receiver.received;
    expect(delivery?.headers["webhook-id"]).toBe(message.id);
    expect(delivery?.headers["x-good"]).toBe("yes");
    const names = Object.keys(delivery?.headers ?? {});
    expect(names).not.toContain(INJECTED);
    expect(names.filter((n) => n.startsWith("x-"))).toEqual(["x-good"]);
    for (const value of Object.values(delivery?.headers ?? {}))
      expect(String(value)).not.toMatch(/[\r\n]|Injected/i);
    expect(delivery?.path).toBe("/hook");
  });
});

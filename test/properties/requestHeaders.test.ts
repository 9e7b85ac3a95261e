// Caller headers (client defaults and per call) either reach the server exactly as given, or are
// refused with InvalidArgumentError before anything is sent, without the value in the error.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidArgumentError, Octohooks } from "../../src/index.js";
import { runs } from "./fastCheck.js";

/** Raw header pairs of each request the server got. */
const seen: string[][] = [];
let server: Server;
let serverUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      seen.push(req.rawHeaders);
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ status: "ok" }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

// Set by the SDK (authorization), by fetch itself (framing, sec-fetch-mode) or by the body (content-type).
const NOT_CALLERS = new Set([
  "authorization",
  "host",
  "connection",
  "content-length",
  "transfer-encoding",
  "keep-alive",
  "upgrade",
  "expect",
  "sec-fetch-mode",
  "content-type",
]);
const TOKEN_CHARS = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const headerName = fc
  .string({ unit: fc.constantFrom(...TOKEN_CHARS), minLength: 1, maxLength: 24 })
  .filter((name) => !NOT_CALLERS.has(name.toLowerCase()));
/** A field value (RFC 9110): visible ASCII, Latin-1 and inner spaces or tabs; HTTP trims the ends. */
const headerValue = fc
  .string({
    unit: fc
      .oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0x80, max: 0xff }), fc.constant(9))
      .map((code) => String.fromCharCode(code)),
    maxLength: 40,
  })
  .map((value) => value.replace(/^[ \t]+|[ \t]+$/g, ""));
const headerMap = fc.dictionary(headerName, headerValue, { maxKeys: 6 });

/** What must arrive: names lower-cased, a per-call header over a client default, the later over the earlier. */
function merged(...maps: Record<string, string>[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const map of maps) for (const name in map) out.set(name.toLowerCase(), map[name] as string);
  return out;
}

function valuesOf(raw: string[], name: string): string[] {
  const values: string[] = [];
  for (let i = 0; i < raw.length; i += 2)
    if (raw[i]?.toLowerCase() === name) values.push(raw[i + 1] as string);
  return values;
}

/** Calls a GET and a POST operation against the recording server. */
const call = fc.constantFrom("health.get", "application.create");
function send(client: Octohooks, which: string, headers: Record<string, string>): Promise<unknown> {
  return which === "health.get"
    ? client.health.get({ headers })
    : client.application.create({ name: "n" }, { headers });
}

describe("caller headers", () => {
  it("valid names and values reach the server unchanged, once each", async () => {
    await fc.assert(
      fc.asyncProperty(headerMap, headerMap, call, async (defaults, perCall, which) => {
        seen.length = 0;
        const client = new Octohooks("tk_headers", { serverUrl, maxRetries: 0, headers: defaults });
        await send(client, which, perCall);
        expect(seen).toHaveLength(1);
        const raw = seen[0] as string[];
        for (const [name, value] of merged(defaults, perCall)) expect(valuesOf(raw, name)).toEqual([value]);
        expect(valuesOf(raw, "authorization")).toEqual(["Bearer tk_headers"]);
      }),
      runs(300),
    );
  });

  /** A value with a character no header may carry, around a marker that must not leak. */
  const badValue = fc
    .tuple(
      fc.string({
        unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789"),
        minLength: 12,
        maxLength: 12,
      }),
      fc.oneof(
        fc.constantFrom("\r", "\n", "\r\n", "\0", "\x01", "\x1b", "\x7f", "\u0100", "\u2028", "🚀"),
        fc
          .integer({ min: 0, max: 0x1f })
          .filter((c) => c !== 9)
          .map((c) => String.fromCharCode(c)),
      ),
      headerValue,
    )
    .map(([marker, bad, tail]) => ({ marker: `secret-${marker}`, value: `secret-${marker}${bad}${tail}` }));
  const badName = fc.oneof(
    fc.constantFrom("", " ", "x y", "x:y", "x\r\ny", "(x)", "x/y", "é", "x@y", "x\0", "[x]", '"x"'),
    fc
      .tuple(headerName, fc.constantFrom(" ", ":", "\n", "=", ",", ";", "\u00e9", "{"))
      .map(([n, c]) => n + c),
  );

  function expectRefusedWithoutLeak(error: unknown, marker: string): void {
    expect(error).toBeInstanceOf(InvalidArgumentError);
    for (const text of [
      String(error),
      (error as Error).stack,
      inspect(error, { depth: 5 }),
      JSON.stringify(error),
    ])
      expect(text).not.toContain(marker);
    expect(seen).toEqual([]);
  }

  it("a value with CR, LF, NUL or another control or non-Latin-1 character is refused, unsent, unechoed", async () => {
    await fc.assert(
      fc.asyncProperty(
        headerName,
        badValue,
        call,
        fc.boolean(),
        async (name, { marker, value }, which, asDefault) => {
          seen.length = 0;
          const headers = { [name]: value };
          const client = new Octohooks("tk_headers", {
            serverUrl,
            maxRetries: 0,
            headers: asDefault ? headers : {},
          });
          const error = await send(client, which, asDefault ? {} : headers).catch((e: unknown) => e);
          expectRefusedWithoutLeak(error, marker);
        },
      ),
      runs(200),
    );
  });

  it("a name that is not an HTTP token is refused, unsent, and its value unechoed", async () => {
    await fc.assert(
      fc.asyncProperty(badName, headerValue, call, async (name, tail, which) => {
        seen.length = 0;
        const marker = "secret-value-7f3k";
        const client = new Octohooks("tk_headers", { serverUrl, maxRetries: 0 });
        const error = await send(client, which, { [name]: `${marker}${tail}` }).catch((e: unknown) => e);
        expectRefusedWithoutLeak(error, marker);
      }),
      runs(100),
    );
  });
});

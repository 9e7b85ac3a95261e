// Any string used as an ID, UID or event type name lands in exactly one path segment that
// percent-decodes back to it: no traversal, no query or fragment injection, whatever the characters.
import fc from "fast-check";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { InvalidArgumentError, Octohooks } from "../../src/index.js";
import { BASE, useMswServer } from "../helpers/mswServer.js";
import { runs } from "./fastCheck.js";
import {
  clientMethods,
  type PathArgs,
  pathArgsOf,
  SDK_OPERATIONS,
  type SdkOperation,
} from "./sdkOperations.js";

const server = useMswServer();
const octohooks = new Octohooks("tok", { serverUrl: BASE, maxRetries: 0 });
const LIST_BODY = { data: [], iterator: null, prevIterator: null, done: true };
const WITH_ARGS = SDK_OPERATIONS.filter((operation) => pathArgsOf(operation).length > 0);
// Drawn by name so that a counterexample prints as "endpoint.get", not as the whole row.
const operationWithArgs = fc.constantFrom(...WITH_ARGS.map((o) => o.name));
const byName = (name: string) => WITH_ARGS.find((o) => o.name === name) as SdkOperation;

/** Fragments that break naive path building: separators, dot segments, escapes, controls, unicode. */
const HOSTILE = [
  "/",
  "\\",
  ".",
  "..",
  "../",
  "..\\",
  "./",
  "%2e%2e",
  "%2E%2E%2F",
  "%2f",
  "%5c",
  "%",
  "%%",
  "%zz",
  "%00",
  "?",
  "#",
  "&",
  "=",
  ";",
  "+",
  "@",
  ":",
  "//",
  " ",
  "\t",
  "\r\n",
  "\0",
  "\x7f",
  "\u0085",
  "\u2028",
  "\u202e",
  "\ufeff",
  "é",
  "e\u0301",
  "日本",
  "🚀",
  "👩‍👩‍👧",
  "\u{10ffff}",
];

/** Non-empty strings other than "." and "..", biased towards hostile ones; all well-formed UTF-16. */
const pathValue = fc
  .oneof(
    fc.string({ unit: "binary", minLength: 1, maxLength: 24 }),
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }),
    fc
      .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: "binary-ascii", maxLength: 3 })), {
        minLength: 1,
        maxLength: 6,
      })
      .map((parts) => parts.join("")),
  )
  .filter((value) => value !== "" && value !== "." && value !== "..");

const pathArgs: fc.Arbitrary<PathArgs> = fc.record({
  appId: pathValue,
  endpointId: pathValue,
  msgId: pathValue,
  attemptId: pathValue,
  eventTypeName: pathValue,
});

/** Answers every request with a list envelope (every method accepts it) and records its URL. */
function captureUrls(): string[] {
  const urls: string[] = [];
  server.use(
    http.all(`${BASE}/*`, ({ request }) => {
      urls.push(request.url);
      return HttpResponse.json(LIST_BODY);
    }),
  );
  return urls;
}

/** The segments `operation` must produce for `args`, decoded. */
function expectedSegments(operation: SdkOperation, args: PathArgs): string[] {
  return operation.segments.map((s) => (s.startsWith(":") ? args[s.slice(1) as keyof PathArgs] : s));
}

describe("path arguments", () => {
  it("the operation table covers every SDK method", () => {
    expect(SDK_OPERATIONS.map((o) => o.name).sort()).toEqual(clientMethods(octohooks).sort());
    expect(SDK_OPERATIONS).toHaveLength(40);
  });

  it("any string reaches the right path: one segment each, decoding back to the input", async () => {
    const urls = captureUrls();
    await fc.assert(
      fc.asyncProperty(operationWithArgs, pathArgs, async (name, args) => {
        const operation = byName(name);
        urls.length = 0;
        await operation.call(octohooks, args);
        expect(urls).toHaveLength(1);
        const url = new URL(urls[0] as string);
        expect(url.origin).toBe(BASE);
        expect(url.hash).toBe("");
        expect(url.search).toBe("");
        const segments = url.pathname.slice(1).split("/");
        expect(segments.map(decodeURIComponent)).toEqual(expectedSegments(operation, args));
        // Nothing a URL parser or proxy would treat as structure is left unescaped.
        for (const segment of segments) expect(segment).toMatch(/^(?:[A-Za-z0-9_.!~*'()-]|%[0-9A-F]{2})+$/);
      }),
      runs(400),
    );
  });

  it.each(WITH_ARGS.flatMap((o) => pathArgsOf(o).map((arg) => [o.name, arg, o] as const)))(
    '%s refuses "." and ".." as %s and sends nothing',
    async (_name, arg, operation) => {
      const urls = captureUrls();
      const valid: PathArgs = { appId: "a", endpointId: "e", msgId: "m", attemptId: "t", eventTypeName: "n" };
      for (const dots of [".", ".."]) {
        const error = await operation.call(octohooks, { ...valid, [arg]: dots }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(InvalidArgumentError);
        expect((error as Error).message).toContain(arg);
      }
      expect(urls).toEqual([]);
    },
  );

  it("a string with a lone surrogate (not encodable) is refused with InvalidArgumentError, nothing sent", async () => {
    const urls = captureUrls();
    const lone = fc
      .tuple(
        fc.string({ unit: "binary", maxLength: 8 }),
        fc.integer({ min: 0xd800, max: 0xdfff }),
        fc.string({ unit: "binary", maxLength: 8 }),
      )
      // The "|" after it keeps a high surrogate from pairing with what follows.
      .map(([before, unit, after]) => `${before}${String.fromCharCode(unit)}|${after}`);
    await fc.assert(
      fc.asyncProperty(operationWithArgs, lone, async (name, bad) => {
        const operation = byName(name);
        for (const arg of pathArgsOf(operation)) {
          const args: PathArgs = {
            appId: "a",
            endpointId: "e",
            msgId: "m",
            attemptId: "t",
            eventTypeName: "n",
          };
          const error = await operation.call(octohooks, { ...args, [arg]: bad }).catch((e: unknown) => e);
          expect(error).toBeInstanceOf(InvalidArgumentError);
        }
        expect(urls).toEqual([]);
      }),
      runs(100),
    );
  });
});

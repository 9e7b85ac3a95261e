import { HttpResponse, http } from "msw";
import type { SetupServer } from "msw/node";
import { BASE } from "./mswServer.js";
import { loadSpecOperations, type SpecOperation } from "./specOperations.js";

/** What a spec-driven handler saw of one request. */
export interface SeenRequest {
  method: string;
  /** The raw (still percent-encoded) path. */
  path: string;
  query: Record<string, string | string[]>;
  body: unknown;
  headers: Headers;
}

const operations = loadSpecOperations();

/**
 * Serves `operationId` from the spec: matches its method and path, records the request, and
 * answers the spec's success status with the spec's own example body.
 */
export function serveOperation(
  server: SetupServer,
  operationId: string,
): { op: SpecOperation; seen: SeenRequest[] } {
  const op = operations.get(operationId);
  if (!op) throw new Error(`no operation ${operationId} in openapi.yaml`);
  const seen: SeenRequest[] = [];
  const mswPath = `${BASE}${op.path.replace(/\{([^}]+)\}/g, ":$1")}`;
  const method = op.method as "get" | "post" | "put" | "patch" | "delete";
  server.use(
    http[method](mswPath, async ({ request }) => {
      const url = new URL(request.url);
      const query: Record<string, string | string[]> = {};
      for (const key of new Set(url.searchParams.keys())) {
        const all = url.searchParams.getAll(key);
        query[key] = all.length > 1 ? all : (all[0] as string);
      }
      const text = await request.text();
      seen.push({
        method: request.method,
        path: url.pathname,
        query,
        body: text ? JSON.parse(text) : undefined,
        headers: request.headers,
      });
      if (op.example === undefined) return new HttpResponse(null, { status: op.status });
      return HttpResponse.json(op.example as object, { status: op.status });
    }),
  );
  return { op, seen };
}

/** The operations of the spec, for coverage checks. */
export function specOperationIds(): string[] {
  return [...operations.keys()];
}

/** What a resource method is expected to send. */
export interface ExpectedRequest {
  path: string;
  query?: Record<string, string | string[]>;
  body?: unknown;
}

/**
 * Serves `operationId` from the spec, runs `call`, and checks that exactly one request went out
 * with the expected method, raw path, query and body, and that the call resolved to the spec's
 * example (or `undefined` for a 204).
 */
export async function expectOperation(
  server: SetupServer,
  operationId: string,
  call: () => Promise<unknown>,
  expected: ExpectedRequest,
): Promise<void> {
  const { op, seen } = serveOperation(server, operationId);
  const result = await call();
  const { expect } = await import("vitest");
  expect(seen, `${operationId}: one request`).toHaveLength(1);
  const [request] = seen as [SeenRequest];
  expect(request.method).toBe(op.method.toUpperCase());
  expect(request.path).toBe(expected.path);
  expect(request.query).toEqual(expected.query ?? {});
  expect(request.body).toEqual(expected.body);
  if (op.example === undefined) expect(result).toBeUndefined();
  else expect(JSON.parse(JSON.stringify(result))).toEqual(op.example);
}

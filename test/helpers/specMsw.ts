import { HttpResponse, http } from "msw";
import type { SetupServerApi } from "msw/node";
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
  server: SetupServerApi,
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

import { readFileSync } from "node:fs";
import { parse } from "yaml";

/** One operation of openapi.yaml, as the resource tests need it. */
export interface SpecOperation {
  operationId: string;
  method: string;
  /** The spec's path template, e.g. `/api/v1/app/{app_id}`. */
  path: string;
  /** The lowest 2xx status the spec lists, and its example body (undefined for 204). */
  status: number;
  example: unknown;
}

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

/** Every operation of the spec, keyed by operationId. */
export function loadSpecOperations(): Map<string, SpecOperation> {
  const spec = parse(readFileSync(new URL("../../openapi.yaml", import.meta.url), "utf8"));
  const operations = new Map<string, SpecOperation>();
  for (const [path, item] of Object.entries<Record<string, unknown>>(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method] as
        | {
            operationId: string;
            responses: Record<string, { content?: Record<string, { example?: unknown }> }>;
          }
        | undefined;
      if (!op) continue;
      const success = Object.keys(op.responses)
        .filter((s) => s.startsWith("2"))
        .sort()[0] as string;
      const example = op.responses[success]?.content?.["application/json"]?.example;
      operations.set(op.operationId, {
        operationId: op.operationId,
        method,
        path,
        status: Number(success),
        example,
      });
    }
  }
  return operations;
}

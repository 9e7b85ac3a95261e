// Vitest global setup: parses openapi.yaml once per run and hands it to every test file through
// `inject("openapiSpec")`, because a cold YAML parse costs each worker about 0.3 s and the suite-wide
// mock conformance check (mockConformance.ts) needs the spec in every file that starts a mock.
import { readFileSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { parse } from "yaml";

declare module "vitest" {
  export interface ProvidedContext {
    /** openapi.yaml, parsed. */
    openapiSpec: Record<string, unknown>;
  }
}

/** Provides the parsed spec to the test files. */
export default function setup(project: TestProject): void {
  const text = readFileSync(new URL("../../openapi.yaml", import.meta.url), "utf8");
  project.provide("openapiSpec", parse(text) as Record<string, unknown>);
}

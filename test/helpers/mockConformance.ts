// Vitest setup file: suite-wide spec conformance of the mock server. Every response an in-process
// mock sends while a test file runs (msw handlers, `mock.handle()` and `mock.listen()` all go
// through its router) is checked against openapi.yaml: status, x-request-id, documented headers and
// their types, content-type and body schema. A response that breaks it fails the test that was
// running, or the file for responses sent from its hooks.
// Out of reach, by design: mocks in other processes (the chaos scenario, the benchmarks and the
// packed-tarball tests run their own mock process), and the listener's last-resort 500 for a
// request whose handling threw, which bypasses the router.
import { afterAll, afterEach, expect } from "vitest";
import { type ObservedExchange, observeExchanges } from "../../src/mock/observe.js";

/** Problems shown in full per failure; the rest are counted. */
const SHOWN = 20;

let check: ((exchange: ObservedExchange) => string[]) | undefined;
let loading: Promise<void> | undefined;
const waiting: ObservedExchange[] = [];
const problems: string[] = [];

/** Loads the validator on the first response, so test files that never start a mock pay nothing. */
function loadValidator(): Promise<void> {
  loading ??= import("../mock/specValidator.js").then((validator) => {
    check = validator.exchangeProblems;
    for (const exchange of waiting.splice(0)) problems.push(...check(exchange));
  });
  return loading;
}

observeExchanges((exchange) => {
  if (check) {
    problems.push(...check(exchange));
    return;
  }
  waiting.push(exchange);
  // A failed import is reported by the flush that awaits the same promise.
  loadValidator().catch(() => undefined);
});

/** Takes the problems found so far, which then fail nothing: for the test that checks this check. */
export async function takeConformanceProblems(): Promise<string[]> {
  if (waiting.length > 0) await loadValidator();
  return problems.splice(0);
}

async function flush(): Promise<string[]> {
  const found = await takeConformanceProblems();
  return found.length <= SHOWN ? found : [...found.slice(0, SHOWN), `… and ${found.length - SHOWN} more`];
}

afterEach(async () => {
  expect(await flush(), "mock responses that break openapi.yaml").toEqual([]);
});

afterAll(async () => {
  expect(await flush(), "mock responses, sent from hooks, that break openapi.yaml").toEqual([]);
});

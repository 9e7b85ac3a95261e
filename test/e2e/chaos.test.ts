import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const SCENARIO = fileURLToPath(new URL("./chaos/scenario.ts", import.meta.url));
const CALLS = 2_000;

/** Runs the scenario in its own process; resolves with its exit code and output, or fails after `ms`. */
function runScenario(
  ms: number,
): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", SCENARIO, String(CALLS)], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the chaos process did not exit on its own within ${ms} ms\n${stdout}\n${stderr}`));
    }, ms);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

it("2,000 creates at concurrency 32 through ~30 % faults: nothing lost, nothing duplicated, and the process exits", async () => {
  const run = await runScenario(90_000);
  expect(run.code, run.stderr).toBe(0);
  const figures = JSON.parse(run.stdout.trim().split("\n").at(-1) as string);
  expect(figures.resolved).toBe(CALLS);
  expect(figures.failed).toBe(0);
  expect(figures.wrong).toBe(0);
  // Half the calls carry no uid, so only the idempotency key keeps a retried create from storing twice.
  expect(figures.stored).toBe(CALLS);
  expect(figures.storedWithUid).toBe(CALLS / 2);
  expect(figures.distinctCalls).toBe(CALLS);
  expect(figures.duplicates).toBe(0);
  expect(figures.maxRetryCount).toBeLessThanOrEqual(figures.maxRetries);
  // The server's own count: every call reached it, none more than 1 + maxRetries times.
  expect(figures.serverCalls).toBe(CALLS);
  expect(figures.serverMaxAttempts).toBeLessThanOrEqual(figures.maxRetries + 1);
  expect(figures.serverMaxAttempts).toBeGreaterThan(1);
  expect(figures.unhandledRejections).toBe(0);
  // Every kind of fault really happened, at about the intended share of requests.
  for (const kind of ["serverError", "rateLimit", "hang", "drop"])
    expect(figures.faultStats[kind]).toBeGreaterThan(10);
  expect(figures.faultStats.total / figures.requests).toBeGreaterThan(0.2);
  // Every fault costs one retry; a few more come from 409 in-flight replies and slow, not faulted, answers.
  expect(figures.retries).toBeGreaterThanOrEqual(figures.faultStats.total);
  console.log(`chaos figures: ${JSON.stringify(figures)}`);
}, 120_000);

import { createHmac } from "node:crypto";
import { expect } from "vitest";
import { describeRun, type ProcessResult, runProcess } from "./childProcess.js";

const RUN_TIMEOUT_MS = 30_000;

/** What test/package/smoke/scenario.mjs reports, plus what its entry adds. */
export interface SmokeReport {
  label: string;
  module: "esm" | "cjs";
  on: { name: string; version: string };
  resolved?: { root: string; webhooks: string };
  api: { appId: string; created: string[]; listed: string[] };
  webhook: {
    mode: "sync" | "async";
    msgId: string;
    timestamp: number;
    body: string;
    signature: string;
    verified: unknown;
    tampered: string;
  };
}

const SECRET_KEY = Buffer.from("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "base64"); // WEBHOOK_SECRET in scenario.mjs

/** Finds the `SMOKE_REPORT <json>` line in a runtime's output. */
export function parseSmokeReport(stdout: string): SmokeReport | undefined {
  const line = stdout.split("\n").find((text) => text.startsWith("SMOKE_REPORT "));
  return line ? (JSON.parse(line.slice("SMOKE_REPORT ".length)) as SmokeReport) : undefined;
}

/**
 * Runs one smoke entry on a runtime (killed after 30 s) and returns its report; fails the test, with
 * the runtime's output, when there is none.
 */
export async function runSmoke(
  label: string,
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<{ result: ProcessResult; report: SmokeReport }> {
  const env = options.env ? { ...process.env, ...options.env } : process.env;
  const result = await runProcess(command, args, { cwd: options.cwd, env, timeoutMs: RUN_TIMEOUT_MS });
  const report = parseSmokeReport(result.stdout);
  expect(report, describeRun(label, result)).toBeDefined();
  return { result, report: report as SmokeReport };
}

/** Checks that an entry resolved to `file` of the installed package (a path or a file: URL). */
export function expectResolvedTo(resolved: string | undefined, file: string): void {
  expect(resolved?.endsWith(`/node_modules/octohooks/${file}`), `${resolved} is not ${file}`).toBe(true);
}

/**
 * Checks a report against what really happened: three messages created and all three listed back
 * across two pages, and a webhook signature equal to the one node:crypto computes independently,
 * verified to its payload, with a tampered body rejected.
 */
export function expectSuccessfulSmoke(report: SmokeReport, expected: { mode: "sync" | "async" }): void {
  expect(report.api.appId).toMatch(/^app_/);
  expect(report.api.created).toHaveLength(3);
  for (const id of report.api.created) expect(id).toMatch(/^msg_/);
  expect([...report.api.listed].sort()).toEqual([...report.api.created].sort());

  const { msgId, timestamp, body, signature } = report.webhook;
  const mac = createHmac("sha256", SECRET_KEY).update(`${msgId}.${timestamp}.${body}`).digest("base64");
  expect(report.webhook.mode).toBe(expected.mode);
  expect(msgId).toBe(report.api.created[0]);
  expect(signature).toBe(`v1,${mac}`);
  expect(report.webhook.verified).toEqual(JSON.parse(body));
  expect(report.webhook.tampered).toBe("no_matching_signature");
}

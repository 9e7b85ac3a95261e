import { createHmac } from "node:crypto";
import { expect } from "vitest";

/** What test/package/smoke/scenario.mjs reports, plus what its entry adds. */
export interface SmokeReport {
  runtime: string;
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

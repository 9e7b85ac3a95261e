/**
 * The `octohooks-mock` command: argument parsing, start-up banner and one-line logs.
 *
 * @module
 */
import { parseArgs } from "node:util";
import type { DeliveryLogEntry } from "./dispatcher.js";
import { newToken } from "./ids.js";
import type { MockListener } from "./listener.js";
import type { RequestLogEntry } from "./router.js";
import { createMockServerCore, type MockServerCore } from "./server.js";

/** The command's usage text. */
export const USAGE = `Usage: octohooks-mock [options]

Runs a stateful in-memory Octohooks API that really delivers signed webhooks.

Options:
  --port <n>                  Port to listen on (default 8071; 0 picks a free one)
  --host <addr>               Interface to bind (default 127.0.0.1)
  --token <token[:env]>       An API token and its environment (repeatable; default: one generated token)
  --app <id[:name]>           An application that exists from the start with this ID, in the first
                              token's environment (repeatable), e.g. the app_... a snippet sends to
  --cors                      Allow browsers from any origin
  --retry-schedule-scale <x>  Multiply the retry delays, e.g. 0.001
  --delivery-timeout-ms <n>   How long receivers have to answer (default 15000)
  --retain-messages <n>       Keep the last n messages per environment; older delivered ones are
                              forgotten with their attempts (default: keep all)
  --retain-payloads <bool>    false (or --no-retain-payloads): drop a message's payload once its
                              deliveries are over (default true)
  --validate-payloads         Answer 422 to a message whose payload does not match its event
                              type's JSON Schema (needs ajv installed; default off)
  --quiet                     Do not log each request and delivery
  -h, --help                  Show this help`;

/** What the command line asked for. */
export interface CliConfig {
  port: number;
  host: string;
  tokens: Record<string, string>;
  /** The mock made up the tokens (none was given), so printing them in full leaks nothing. */
  generatedTokens: boolean;
  /** `--app` values: applications that exist from the start. */
  applications: { id: string; name: string }[];
  cors: boolean;
  retryScheduleScale: number | undefined;
  deliveryTimeoutMs: number | undefined;
  /** Messages kept per environment; `undefined` keeps them all. */
  retainMessages: number | undefined;
  /** `false` drops payloads once delivered; `undefined` keeps the mock's default (true). */
  retainPayloads: boolean | undefined;
  /** Check payloads against their event type's JSON Schema (422 on a mismatch). */
  validatePayloads: boolean;
  quiet: boolean;
  help: boolean;
}

function number(
  name: string,
  text: string | undefined,
  check: (n: number) => boolean,
  expected: string,
): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === "" || !check(value))
    throw new Error(`--${name}: invalid value ${JSON.stringify(text)} (expected ${expected})`);
  return value;
}

/** `--retain-payloads <true|false>`, or `--no-retain-payloads` (Node 18's parseArgs has no negation). */
function retainPayloads(text: string | undefined, negated: boolean | undefined): boolean | undefined {
  if (negated && text !== undefined)
    throw new Error("--retain-payloads and --no-retain-payloads: give only one of them");
  if (negated) return false;
  if (text === undefined) return undefined;
  if (text === "true" || text === "false") return text === "true";
  throw new Error(`--retain-payloads: invalid value ${JSON.stringify(text)} (expected true or false)`);
}

/** `--token <token[:env]>` values as a token → environment map. */
function parseTokens(specs: readonly string[]): Record<string, string> {
  const tokens: Record<string, string> = {};
  for (const spec of specs) {
    const colon = spec.indexOf(":");
    const token = colon === -1 ? spec : spec.slice(0, colon);
    const env = colon === -1 ? "default" : spec.slice(colon + 1);
    if (!token || !env) throw new Error("--token: expected <token> or <token>:<environment>");
    tokens[token] = env;
  }
  return tokens;
}

const OPTIONS = {
  port: { type: "string" },
  host: { type: "string" },
  token: { type: "string", multiple: true },
  app: { type: "string", multiple: true },
  cors: { type: "boolean" },
  "retry-schedule-scale": { type: "string" },
  "delivery-timeout-ms": { type: "string" },
  "retain-messages": { type: "string" },
  "retain-payloads": { type: "string" },
  "no-retain-payloads": { type: "boolean" },
  "validate-payloads": { type: "boolean" },
  quiet: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** Parses the arguments; throws an `Error` with a readable message on bad input. */
export function parseCliArgs(args: string[]): CliConfig {
  const { values } = parseArgs({ args, strict: true, options: OPTIONS });
  const tokens = parseTokens(values.token ?? []);
  const given = Object.keys(tokens).length > 0;
  return {
    port:
      number("port", values.port, (n) => Number.isInteger(n) && n >= 0 && n <= 65535, "0 to 65535") ?? 8071,
    host: values.host ?? "127.0.0.1",
    tokens: given ? tokens : { [newToken()]: "default" },
    generatedTokens: !given,
    applications: (values.app ?? []).map((spec) => {
      const colon = spec.indexOf(":");
      return colon === -1
        ? { id: spec, name: spec }
        : { id: spec.slice(0, colon), name: spec.slice(colon + 1) };
    }),
    cors: values.cors ?? false,
    retryScheduleScale: number(
      "retry-schedule-scale",
      values["retry-schedule-scale"],
      (n) => Number.isFinite(n) && n >= 0,
      "a number >= 0",
    ),
    deliveryTimeoutMs: number(
      "delivery-timeout-ms",
      values["delivery-timeout-ms"],
      (n) => Number.isFinite(n) && n > 0,
      "a number > 0",
    ),
    retainMessages: number(
      "retain-messages",
      values["retain-messages"],
      (n) => Number.isInteger(n) && n > 0,
      "a positive integer",
    ),
    retainPayloads: retainPayloads(values["retain-payloads"], values["no-retain-payloads"]),
    validatePayloads: values["validate-payloads"] ?? false,
    quiet: values.quiet ?? false,
    help: values.help ?? false,
  };
}

/** One log line per request: status, method, path, duration, request id. */
export function formatRequest(entry: RequestLogEntry): string {
  const status = entry.status === 0 ? "DROP" : String(entry.status);
  return `${status} ${entry.method} ${entry.path} ${entry.durationMs}ms ${entry.requestId}`;
}

/**
 * One log line per delivery attempt. The URL is only the origin (the dispatcher cut its path, which
 * can be a secret), so the endpoint ID says where it went.
 */
export function formatDelivery(entry: DeliveryLogEntry): string {
  const outcome = entry.ok ? "ok" : "failed";
  const next = entry.nextAttempt === null ? "" : ` next=${new Date(entry.nextAttempt).toISOString()}`;
  return `delivery ${entry.msgId} -> ${entry.endpointId} ${entry.url} #${entry.attempt} ${entry.triggerType} ${outcome} ${entry.statusCode} ${entry.durationMs}ms${next}`;
}

/** A started command: the mock, its listener, and a clean stop. */
export interface RunningCli {
  mock: MockServerCore;
  listener: MockListener;
  stop(): Promise<void>;
}

/** Starts the mock as the command line says and prints the banner. */
export async function startCli(config: CliConfig, log: (line: string) => void): Promise<RunningCli> {
  const mock = createMockServerCore({
    tokens: config.tokens,
    applications: config.applications,
    retryScheduleScale: config.retryScheduleScale,
    deliveryTimeoutMs: config.deliveryTimeoutMs,
    retainMessages: config.retainMessages,
    retainPayloads: config.retainPayloads,
    validatePayloads: config.validatePayloads,
    onRequest: config.quiet ? undefined : (entry) => log(formatRequest(entry)),
    onDelivery: config.quiet ? undefined : (entry) => log(formatDelivery(entry)),
  });
  const listener = await mock.listen({ port: config.port, host: config.host, cors: config.cors });
  log(`Octohooks mock listening on ${listener.url}`);
  for (const [token, env] of Object.entries(mock.tokens))
    log(`  token ${config.generatedTokens ? token : maskToken(token)}  (environment ${env})`);
  const history = historyLine(config);
  if (history) log(history);
  if (config.validatePayloads) log("  validating payloads against their event type's JSON Schema");
  return { mock, listener, stop: () => mock.close() };
}

/** What the banner says about retention when it differs from keeping everything. */
function historyLine(config: CliConfig): string | undefined {
  const parts: string[] = [];
  if (config.retainMessages !== undefined)
    parts.push(`last ${config.retainMessages} messages per environment`);
  if (config.retainPayloads === false) parts.push("payloads dropped once delivered");
  return parts.length > 0 ? `  keeping ${parts.join("; ")}` : undefined;
}

/** Where {@link stopOnSignal} writes. */
export interface StopOutput {
  /** Writes one line to standard output. */
  stdout(line: string): void;
  /** Writes one line to standard error. */
  stderr(line: string): void;
}

/**
 * Stops a started command after `signal` and resolves with its exit code: 0, or 1 after one line
 * on stderr when stopping failed (never rejects, so a failed stop is not an unhandled rejection).
 */
export async function stopOnSignal(
  running: Pick<RunningCli, "stop">,
  signal: string,
  out: StopOutput,
): Promise<number> {
  out.stdout(`Received ${signal}, stopping`);
  try {
    await running.stop();
    return 0;
  } catch (error) {
    out.stderr(
      `octohooks-mock: could not stop cleanly: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
}

/**
 * A token the user gave, shown without revealing it: its first 4 characters (none when it is too
 * short to spare them) and an ellipsis.
 *
 * @example
 * maskToken("sk_live_abc123"); // "sk_l…"
 */
export function maskToken(token: string): string {
  return token.length >= 8 ? `${token.slice(0, 4)}…` : "…";
}

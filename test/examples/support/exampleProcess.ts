/**
 * Runs examples and scripts the way a user does, `tsx <file>`, as child processes. Examples run with
 * `examples/tsconfig.json`, whose `paths` resolve `import ... from "octohooks"` to this repository's
 * source, so each example is tested unchanged against the code beside it.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type ProcessRun, runProcessToEnd } from "./childProcess.js";

export type { ProcessRun } from "./childProcess.js";

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const TSX_CLI = `${REPO_ROOT}node_modules/tsx/dist/cli.mjs`;
const EXAMPLES_TSCONFIG = `${REPO_ROOT}examples/tsconfig.json`;

export interface RunOptions {
  args?: string[];
  env?: Record<string, string>;
  /** Killed (and reported with code `null`) after this long. */
  timeoutMs?: number;
}

/** The parent's environment without anything that would point a child at another server. */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  for (const name of Object.keys(env)) if (name.startsWith("OCTOHOOKS_")) delete env[name];
  return { ...env, ...extra };
}

/** The arguments of `node` that run `file` with tsx, with `examples/tsconfig.json` for examples. */
function tsxArgs(file: string, options: RunOptions): string[] {
  const tsconfig = file.startsWith("examples/") ? ["--tsconfig", EXAMPLES_TSCONFIG] : [];
  return [TSX_CLI, ...tsconfig, file, ...(options.args ?? [])];
}

/** Runs a TypeScript file (relative to the repository) with tsx until it exits or the timeout kills it. */
export function runScript(file: string, options: RunOptions = {}): Promise<ProcessRun> {
  return runProcessToEnd(process.execPath, tsxArgs(file, options), {
    cwd: REPO_ROOT,
    env: childEnv(options.env),
    timeoutMs: options.timeoutMs ?? 20_000,
  });
}

/** Runs `examples/<name>` to completion. */
export function runExample(name: string, options: RunOptions = {}): Promise<ProcessRun> {
  return runScript(`examples/${name}`, options);
}

/** A long-running example (a receiver) that printed `listening on <url>`. */
export interface RunningExample {
  url: string;
  /** Everything printed so far. */
  output(): string;
  /** Resolves once `output()` matches `pattern` (rejects after `timeoutMs`). */
  waitForOutput(pattern: RegExp | ((output: string) => boolean), timeoutMs?: number): Promise<void>;
  /** Stops the process and resolves when it has exited. */
  stop(): Promise<void>;
}

/** Starts `examples/<name>` and resolves once it prints `listening on <url>`. */
export function startExample(name: string, options: RunOptions = {}): Promise<RunningExample> {
  const child = spawn(process.execPath, tsxArgs(`examples/${name}`, options), {
    cwd: REPO_ROOT,
    env: childEnv(options.env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk;
    for (const listener of [...listeners]) listener();
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  const exited = new Promise<void>((resolve) => child.once("close", () => resolve()));

  const waitForOutput = (pattern: RegExp | ((output: string) => boolean), timeoutMs = 10_000) =>
    new Promise<void>((resolve, reject) => {
      const matches = typeof pattern === "function" ? pattern : (text: string) => pattern.test(text);
      const check = () => {
        if (!matches(output)) return;
        cleanup();
        resolve();
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`awaited output of ${name} not seen within ${timeoutMs} ms:\n${output}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      listeners.add(check);
      check();
    });

  const stop = async () => {
    child.kill("SIGTERM");
    await exited;
  };
  const listening = /listening on (http:\/\/\S+)/;
  return waitForOutput(listening, options.timeoutMs).then(
    () => ({ url: output.match(listening)?.[1] as string, output: () => output, waitForOutput, stop }),
    async (error: unknown) => {
      await stop();
      throw error;
    },
  );
}

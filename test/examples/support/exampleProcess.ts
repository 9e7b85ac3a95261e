/**
 * Runs examples and scripts the way a user does, `tsx <file>`, as child processes. Examples run with
 * `examples/tsconfig.json`, whose `paths` resolve `import ... from "octohooks"` to this repository's
 * source, so each example is tested unchanged against the code beside it.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const TSX_CLI = `${REPO_ROOT}node_modules/tsx/dist/cli.mjs`;
const EXAMPLES_TSCONFIG = `${REPO_ROOT}examples/tsconfig.json`;

/** The outcome of a finished run. */
export interface ProcessRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

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

function spawnTsx(file: string, tsxArgs: string[], options: RunOptions): ChildProcess {
  return spawn(process.execPath, [TSX_CLI, ...tsxArgs, file, ...(options.args ?? [])], {
    cwd: REPO_ROOT,
    env: childEnv(options.env),
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Runs a TypeScript file with tsx until it exits (or the timeout kills it). */
export function runScript(file: string, options: RunOptions = {}, tsxArgs: string[] = []): Promise<ProcessRun> {
  const child = spawnTsx(file, tsxArgs, options);
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk));
  const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 20_000);
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs `examples/<name>` to completion. */
export function runExample(name: string, options: RunOptions = {}): Promise<ProcessRun> {
  return runScript(`examples/${name}`, options, ["--tsconfig", EXAMPLES_TSCONFIG]);
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
  const child = spawnTsx(`examples/${name}`, ["--tsconfig", EXAMPLES_TSCONFIG], options);
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

import { spawn } from "node:child_process";

/** What a finished child process left behind. */
export interface ProcessResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Options of {@link runProcess}. */
export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** The whole process group is killed after this many milliseconds. */
  timeoutMs: number;
}

const OUTPUT_LIMIT = 1_000_000;

/**
 * Runs a command to completion in its own process group, killing the group when it outlives
 * `timeoutMs`, and collects its output (capped, so a runaway child cannot fill the memory).
 */
export function runProcess(
  command: string,
  args: readonly string[],
  options: RunOptions,
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.on("data", (chunk: Buffer) => {
      if (stdout.length < OUTPUT_LIMIT) stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      if (stderr.length < OUTPUT_LIMIT) stderr += chunk.toString("utf8");
    });
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, options.timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut });
    });
  });
}

/** Kills a child's whole process group (it was spawned detached, so it leads its own group). */
export function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

/** A one-line description of a failed run, for assertion messages. */
export function describeRun(label: string, result: ProcessResult): string {
  const how = result.timedOut ? "timed out" : `exited with ${result.code ?? result.signal}`;
  return `${label} ${how}\n--- stdout ---\n${result.stdout.slice(-4000)}\n--- stderr ---\n${result.stderr.slice(-4000)}`;
}

// Starts a server in a child process for the benchmarks, so it has a core of its own instead of
// sharing the bench's event loop: waits for the line that says it listens, talks to it over IPC,
// and kills it (and only it) when done.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The repository root, where children run. */
export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** A started child: what its ready line matched, a question over IPC, and a stop. */
export interface ServerProcess {
  readonly pid: number;
  /** The capture groups of the ready pattern (index 1 is the first group). */
  readonly ready: RegExpMatchArray;
  /** Sends `question` over IPC and resolves with the child's next answer (bounded by `timeoutMs`). */
  ask<T>(question: string, timeoutMs?: number): Promise<T>;
  /** CPU time (user + system) the child has used so far, in ms; `NaN` where /proc is missing. */
  cpuMs(): number;
  stop(): Promise<void>;
}

/** Options of {@link spawnServer}. */
export interface SpawnOptions {
  /** A line of the child's stdout that says it is ready; its groups are returned. */
  ready: RegExp;
  /** Gives up (and kills the child) when it is not ready by then (default 20 s). */
  timeoutMs?: number;
}

/** Spawns `node <args>` from the repository root with an IPC channel, and waits until it is ready. */
export async function spawnServer(args: readonly string[], options: SpawnOptions): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "pipe", "ipc"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    if (stderr.length < 10_000) stderr += chunk.toString("utf8");
  });
  try {
    const ready = await readyLine(child, options.ready, options.timeoutMs ?? 20_000, () => stderr);
    return {
      pid: child.pid as number,
      ready,
      ask: (question, timeoutMs) => ask(child, question, timeoutMs ?? 10_000),
      cpuMs: () => processCpuMs(child.pid as number),
      stop: () => stop(child),
    };
  } catch (error) {
    await stop(child);
    throw error;
  }
}

function readyLine(
  child: ChildProcess,
  pattern: RegExp,
  timeoutMs: number,
  stderr: () => string,
): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let out = "";
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`${child.spawnargs.slice(1).join(" ")}: ${why}\n${out}${stderr()}`));
    };
    const timer = setTimeout(() => fail(`not ready within ${timeoutMs} ms`), timeoutMs);
    child.once("exit", (code) => fail(`exited with ${code} before it was ready`));
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      const match = out.match(pattern);
      if (match) {
        clearTimeout(timer);
        child.removeAllListeners("exit");
        // Keep draining without looking, so a chatty child never blocks on a full pipe.
        child.stdout?.removeAllListeners("data");
        child.stdout?.resume();
        resolve(match);
      }
    });
  });
}

function ask<T>(child: ChildProcess, question: string, timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.off("message", onMessage);
      reject(new Error(`no answer to "${question}" within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (answer: unknown) => {
      clearTimeout(timer);
      resolve(answer as T);
    };
    child.once("message", onMessage);
    child.send(question);
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

// Linux reports utime and stime in clock ticks, 100 per second on every mainstream build.
const TICK_MS = 10;

/** CPU time a process has used, from /proc/<pid>/stat (fields 14 and 15); `NaN` elsewhere. */
export function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return Number.NaN;
  }
}

import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { killGroup } from "./childProcess.js";

/** A running `octohooks-mock` process. */
export interface RunningMock {
  /** Its base URL, `http://127.0.0.1:<port>`. */
  url: string;
  token: string;
  stop(): void;
}

const STARTUP_MS = 20_000;

/**
 * Starts the `octohooks-mock` bin (`node <bin> --port 0 --host 127.0.0.1 --token T --quiet [--cors]
 * [--app id:name]…`) and resolves once it prints the URL it listens on. `token` defaults to a random
 * one. With `bin: "npx"` it runs `npx octohooks-mock …` in `cwd` instead (never installing it from the
 * registry), as a user of the installed package would.
 */
export function startMockServer(
  bin: string,
  options: { cwd: string; cors?: boolean; token?: string; apps?: readonly string[] },
): Promise<RunningMock> {
  const token = options.token ?? `testsk_${randomBytes(12).toString("hex")}`;
  const [command, launch] =
    bin === "npx" ? ["npx", ["--yes=false", "octohooks-mock"]] : [process.execPath, [bin]];
  const args = [
    ...launch,
    "--port",
    "0",
    "--host",
    "127.0.0.1",
    "--token",
    token,
    "--quiet",
    ...(options.cors ? ["--cors"] : []),
    ...(options.apps ?? []).flatMap((app) => ["--app", app]),
  ];
  const child = spawn(command, args, {
    cwd: options.cwd,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const stop = () => killGroup(child.pid);
  return new Promise((resolve, reject) => {
    let output = "";
    const fail = (why: string) => {
      clearTimeout(timer);
      stop();
      reject(new Error(`octohooks-mock ${why}\n${output.slice(-4000)}`));
    };
    const timer = setTimeout(() => fail(`printed no URL within ${STARTUP_MS} ms`), STARTUP_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const match = /http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        // Keep draining the pipes, without keeping what comes through them.
        child.stdout.off("data", onData).resume();
        child.stderr.off("data", onData).resume();
        child.removeAllListeners("exit");
        resolve({ url: `http://127.0.0.1:${match[1]}`, token, stop });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", (error) => fail(`could not start: ${error.message}`));
    child.on("exit", (code) => fail(`exited with ${code} before listening`));
  });
}

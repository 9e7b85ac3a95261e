/**
 * `octohooks-mock`: runs the mock server on loopback until SIGINT or SIGTERM.
 *
 * @example
 * ```sh
 * octohooks-mock --port 8071 --token sk_test:test --token sk_prod:prod
 * ```
 * @module
 */
import { parseCliArgs, startCli, stopOnSignal, USAGE } from "./cli.js";

async function main(): Promise<void> {
  let config: ReturnType<typeof parseCliArgs>;
  try {
    config = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    process.exit(2);
  }
  if (config.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const running = await startCli(config, (line) => process.stdout.write(`${line}\n`));
  const out = {
    stdout: (line: string) => process.stdout.write(`${line}\n`),
    stderr: (line: string) => process.stderr.write(`${line}\n`),
  };
  // stopOnSignal never rejects: a failed stop exits 1 with one line on stderr.
  const stop = (signal: string) => void stopOnSignal(running, signal, out).then((code) => process.exit(code));
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
}

main().catch((error: unknown) => {
  process.stderr.write(`octohooks-mock: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

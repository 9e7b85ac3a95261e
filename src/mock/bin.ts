/**
 * `octohooks-mock`: runs the mock server on loopback until SIGINT or SIGTERM.
 *
 * @example
 * ```sh
 * octohooks-mock --port 8071 --token sk_test:test --token sk_prod:prod
 * ```
 * @module
 */
import { parseCliArgs, startCli, USAGE } from "./cli.js";

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
  const stop = async (signal: string) => {
    process.stdout.write(`Received ${signal}, stopping\n`);
    await running.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  process.stderr.write(`octohooks-mock: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

// Headless Chromium for the tests, from npm alone: @sparticuz/chromium ships a self-contained
// headless-shell binary (it links only libc, libgcc and libexpat) inside the package, so
// `npm ci && npm test` needs no apt-get and never picks up a Chromium installed on the machine.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import sparticuz from "@sparticuz/chromium";
import { type Browser, chromium } from "playwright-core";
import { cachedDirectory } from "../package/support/cachedDirectory.js";
import { describeRun, runProcess } from "../package/support/childProcess.js";
import { REPO_ROOT } from "../package/support/paths.js";

const CACHE = join(REPO_ROOT, ".cache", "chromium");

// The package's flags are for serverless hosts; these ones would switch off the same-origin policy,
// which the browser leg relies on to prove the mock's CORS headers work.
const UNSAFE_FLAGS = new Set([
  "--disable-web-security",
  "--allow-running-insecure-content",
  "--disable-site-isolation-trials",
]);

/** The flags Chromium is launched with: the package's own, less those that weaken web security. */
export const CHROMIUM_ARGS: readonly string[] = sparticuz.args.filter((flag) => !UNSAFE_FLAGS.has(flag));

/** The version of @sparticuz/chromium installed, whose major is Chromium's own. */
export async function chromiumVersion(): Promise<string> {
  const manifest = join(REPO_ROOT, "node_modules", "@sparticuz", "chromium", "package.json");
  return (JSON.parse(await readFile(manifest, "utf8")) as { version: string }).version;
}

/**
 * Unpacks the packaged Chromium once per version into .cache/chromium/<version>/ and returns the
 * binary's path. The package unpacks into `os.tmpdir()` and reuses whatever `chromium` it finds
 * there (another version, or half a file another process is still writing), so it runs in a child
 * whose TMPDIR is a private folder that is renamed into place only once complete.
 */
export async function chromiumExecutable(): Promise<string> {
  const version = await chromiumVersion();
  const directory = await cachedDirectory(CACHE, version, async (temp) => {
    const script =
      'const { default: c } = await import("@sparticuz/chromium"); console.log(await c.executablePath());';
    const result = await runProcess(process.execPath, ["--input-type=module", "-e", script], {
      cwd: REPO_ROOT,
      env: { ...process.env, TMPDIR: temp },
      timeoutMs: 120_000,
    });
    if (result.code !== 0 || result.stdout.trim() !== join(temp, "chromium")) {
      throw new Error(describeRun("unpacking @sparticuz/chromium", result));
    }
  });
  return join(directory, "chromium");
}

/** Launches the npm-provided headless Chromium through playwright-core. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumExecutable(),
    args: [...CHROMIUM_ARGS],
    timeout: 30_000,
  });
}

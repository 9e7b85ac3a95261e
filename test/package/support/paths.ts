import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (the package being tested). */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** Where the package tests keep what they build: tarballs, consumer projects, runtimes (gitignored). */
export const PACKAGE_CACHE = join(REPO_ROOT, ".cache", "package-tests");

/** The smoke scripts that each runtime runs. */
export const SMOKE_DIR = fileURLToPath(new URL("../smoke/", import.meta.url));

import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";

const STALE_MS = 60 * 60 * 1000;

/**
 * Returns `<root>/<key>`, making it once with `fill` when it is missing. `fill` writes into a private
 * temporary directory that is then renamed into place, so the parallel vitest processes that race
 * for the same key never see a half-made directory; the loser of the race uses the winner's.
 * Entries of other keys untouched for an hour are removed, so the cache does not grow without end.
 */
export async function cachedDirectory(
  root: string,
  key: string,
  fill: (directory: string) => Promise<void>,
): Promise<string> {
  const target = join(root, key);
  if (existsSync(target)) return target;
  const temp = join(root, `.tmp-${key}-${randomUUID()}`);
  await mkdir(temp, { recursive: true });
  try {
    await fill(temp);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    if (!existsSync(target)) throw error;
  }
  await pruneStale(root, key);
  return target;
}

async function pruneStale(root: string, keep: string): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(root)) {
    if (name === keep) continue;
    const path = join(root, name);
    const info = await stat(path).catch(() => undefined);
    if (info && now - info.mtimeMs > STALE_MS) await rm(path, { recursive: true, force: true });
  }
}

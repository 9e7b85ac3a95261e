import { randomUUID } from "node:crypto";
import { existsSync, watch } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

const STALE_ENTRY_MS = 60 * 60 * 1000;
const LOCK_WAIT_MS = 10 * 60 * 1000;
/** How long a wait for the lock goes without news before it looks again for an owner that died. */
const OWNER_CHECK_MS = 5_000;

/**
 * Returns `<root>/<key>`, making it once with `fill` when it is missing. The vitest processes that
 * need the same key take turns through a lock folder, so only one of them does the work; `fill`
 * writes into a temporary folder renamed into place at the end, so nobody ever sees half of it.
 * Entries of other keys untouched for an hour are removed, so the cache does not grow without end.
 */
export async function cachedDirectory(
  root: string,
  key: string,
  fill: (directory: string) => Promise<void>,
): Promise<string> {
  const target = join(root, key);
  if (existsSync(target)) return target;
  await mkdir(root, { recursive: true });
  await withLock(join(root, `.lock-${key}`), async () => {
    if (existsSync(target)) return;
    const temp = join(root, `.tmp-${key}-${randomUUID()}`);
    await mkdir(temp);
    try {
      await fill(temp);
      await rename(temp, target);
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
  });
  await removeStaleEntries(root, key);
  return target;
}

async function withLock(lock: string, work: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    if (await lockIsAbandoned(lock)) {
      await rm(lock, { recursive: true, force: true });
    } else if (Date.now() > deadline) {
      throw new Error(`gave up waiting for ${lock} after ${LOCK_WAIT_MS} ms`);
    } else {
      await lockChange(lock); // another test process is filling this entry
    }
  }
  try {
    await writeFile(join(lock, "pid"), String(process.pid));
    await work();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/**
 * Resolves at the next change in the lock's folder (its owner removing it), found by a file
 * watch, not by polling; or after OWNER_CHECK_MS, so a lock whose owner died is seen to be abandoned.
 */
function lockChange(lock: string): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      watcher.close();
      resolve();
    };
    const watcher = watch(dirname(lock), done);
    watcher.on("error", done);
    const timer = setTimeout(done, OWNER_CHECK_MS);
    // Removed between the failed mkdir and the watch: no event would come.
    if (!existsSync(lock)) done();
  });
}

// A lock whose owner died (a killed run) would otherwise block every later run.
async function lockIsAbandoned(lock: string): Promise<boolean> {
  const pid = Number(await readFile(join(lock, "pid"), "utf8").catch(() => ""));
  if (!pid) {
    const info = await stat(lock).catch(() => undefined);
    return info !== undefined && Date.now() - info.mtimeMs > 30_000;
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/** Removes the entries of `root` other than `keep` (and live locks) untouched for an hour. */
export async function removeStaleEntries(root: string, keep: string): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(root)) {
    if (name === keep || name.startsWith(".lock-")) continue;
    const path = join(root, name);
    const info = await stat(path).catch(() => undefined);
    if (info && now - info.mtimeMs > STALE_ENTRY_MS) await rm(path, { recursive: true, force: true });
  }
}

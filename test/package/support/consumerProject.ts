import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { cachedDirectory, removeStaleEntries } from "./cachedDirectory.js";
import { describeRun, runProcess } from "./childProcess.js";
import { type PackedTarball, packedTarball } from "./packedTarball.js";
import { PACKAGE_CACHE, REPO_ROOT, SMOKE_DIR } from "./paths.js";

/**
 * `core`: only the packed `octohooks` (and what it depends on), as a user who never touches the
 * mock has it; `full`: also msw (the mock's optional peer) and @types/node.
 */
export type ConsumerKind = "core" | "full";

/** A project that installed the packed tarball from the registry's point of view: `npm install x.tgz`. */
export interface ConsumerProject {
  /** The project folder; its node_modules holds `octohooks`. */
  root: string;
  tarball: PackedTarball;
  /** A fresh folder inside the project (so bare imports resolve) holding a copy of the smoke scripts. */
  workspace(name: string): Promise<string>;
}

async function installedVersion(name: string): Promise<string> {
  const manifest = join(REPO_ROOT, "node_modules", name, "package.json");
  return (JSON.parse(await readFile(manifest, "utf8")) as { version: string }).version;
}

async function dependencies(kind: ConsumerKind, tarball: PackedTarball): Promise<Record<string, string>> {
  const deps: Record<string, string> = { octohooks: `file:${tarball.path}` };
  if (kind === "full") {
    deps.msw = await installedVersion("msw");
    deps["@types/node"] = await installedVersion("@types/node");
  }
  return deps;
}

/** Installs the packed package into a consumer project under .cache/, once per tarball and kind. */
export async function consumerProject(kind: ConsumerKind): Promise<ConsumerProject> {
  const tarball = await packedTarball();
  const deps = await dependencies(kind, tarball);
  const root = await cachedDirectory(
    join(PACKAGE_CACHE, "consumer"),
    `${tarball.hash}-${kind}`,
    async (dir) => {
      const manifest = {
        name: `octohooks-consumer-${kind}`,
        private: true,
        type: "module",
        dependencies: deps,
      };
      await writeFile(join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
      const args = [
        "install",
        "--no-audit",
        "--no-fund",
        "--ignore-scripts",
        "--prefer-offline",
        "--no-package-lock",
      ];
      const result = await runProcess("npm", args, { cwd: dir, timeoutMs: 120_000 });
      if (result.code !== 0) throw new Error(describeRun("npm install (consumer project)", result));
    },
  );
  return {
    root,
    tarball,
    async workspace(name) {
      const dir = join(root, "work", `${name}-${process.pid}`);
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true });
      await removeStaleEntries(join(root, "work"), `${name}-${process.pid}`);
      await cp(SMOKE_DIR, join(dir, "smoke"), { recursive: true });
      return dir;
    },
  };
}

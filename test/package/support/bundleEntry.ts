import { build } from "esbuild";

/** Who the bundle is for; each gets the export conditions its usual bundler sets. */
export type BundleTarget = "workerd" | "browser" | "node";

const TARGETS = {
  // As wrangler bundles a Worker.
  workerd: {
    platform: "neutral",
    conditions: ["workerd", "worker", "browser"],
    mainFields: ["browser", "module", "main"],
  },
  browser: { platform: "browser", conditions: [], mainFields: undefined },
  node: { platform: "node", conditions: [], mainFields: undefined },
} as const;

/**
 * Bundles a smoke entry as a user's bundler would, resolving `octohooks` from the consumer
 * project's node_modules, and returns the node_modules files that went in (relative to the project).
 */
export async function bundleEntry(
  entry: string,
  outfile: string,
  options: { target: BundleTarget; projectRoot: string; define?: Record<string, string> },
): Promise<string[]> {
  const target = TARGETS[options.target];
  const result = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: "esm",
    target: "es2022",
    platform: target.platform,
    conditions: [...target.conditions],
    ...(target.mainFields ? { mainFields: [...target.mainFields] } : {}),
    define: options.define ?? {},
    absWorkingDir: options.projectRoot,
    metafile: true,
    logLevel: "silent",
  });
  return Object.keys(result.metafile.inputs).filter((input) => input.startsWith("node_modules/"));
}

import { build, type Loader, type Plugin } from "esbuild";

/**
 * `contents` bundled for the browser and minified, as a user's bundler would: the output's text.
 * `plugins` stand in for a build's own resolution (e.g. the `browser` flavour's module swaps).
 */
export async function browserBundle(
  contents: string,
  resolveDir: string,
  loader: Loader = "ts",
  plugins: Plugin[] = [],
): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir, loader },
    plugins,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

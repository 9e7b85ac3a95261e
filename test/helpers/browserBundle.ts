import { build, type Loader } from "esbuild";

/** `contents` bundled for the browser and minified, as a user's bundler would: the output's text. */
export async function browserBundle(
  contents: string,
  resolveDir: string,
  loader: Loader = "ts",
): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir, loader },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

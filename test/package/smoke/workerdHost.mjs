// Runs a bundled worker in workerd through miniflare's API, calls its fetch handler once and
// prints the report. Runs on Node >= 22 (miniflare's requirement).
// Usage: node workerdHost.mjs <miniflare package dir> <worker bundle>
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [miniflareDir, scriptPath] = process.argv.slice(2);
const requireFromMiniflare = createRequire(join(miniflareDir, "package.json"));
const { Miniflare } = await import(pathToFileURL(requireFromMiniflare.resolve("miniflare")).href);

const miniflare = new Miniflare({ modules: true, scriptPath, compatibilityDate: "2026-01-01" });
try {
  const response = await miniflare.dispatchFetch("http://smoke.test/");
  const text = await response.text();
  if (response.status !== 200) {
    console.error(`worker answered ${response.status}: ${text}`);
    process.exitCode = 1;
  } else {
    console.log(`SMOKE_REPORT ${text}`);
  }
} finally {
  await miniflare.dispose();
}

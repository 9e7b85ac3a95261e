// What a user's browser bundle holds to send a message or to verify a webhook, with octohooks and
// with its alternatives: each entry imports the package by name, resolved through package.json
// `exports` (octohooks resolves to the built dist/, so run `npm run build` first), bundled by esbuild
// for the browser as ESM, minified, and gzipped at level 9 as size-limit does.
// Run: node --import tsx scripts/bench/bundleSize.ts
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { REPO_ROOT } from "./spawnServer.js";

/** One measured bundle. */
export interface BundleSize {
  /** What the entry does: "send a message" or "verify a webhook". */
  task: string;
  /** The package it uses. */
  package: string;
  minBytes: number;
  gzipBytes: number;
}

const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const SEND = `.message.create("app_1", { eventType: "invoice.paid", payload: { id: "in_1" } }).then(console.log);`;
const HEADERS = `{ "webhook-id": "msg_1", "webhook-timestamp": "1", "webhook-signature": "v1,x" }`;

/** The entries, the same program written against each package. */
export const BUNDLE_ENTRIES = [
  {
    task: "send a message",
    package: "octohooks",
    code: `import { Octohooks } from "octohooks";\nnew Octohooks("AUTH_TOKEN")${SEND}`,
  },
  {
    task: "send a message",
    package: "svix",
    code: `import { Svix } from "svix";\nnew Svix("AUTH_TOKEN")${SEND}`,
  },
  {
    task: "verify a webhook",
    package: "octohooks",
    code: `import { Webhook } from "octohooks/webhooks";\nnew Webhook("${SECRET}").verifyAsync("{}", ${HEADERS}).then(console.log);`,
  },
  {
    task: "verify a webhook",
    package: "standardwebhooks",
    code: `import { Webhook } from "standardwebhooks";\nconsole.log(new Webhook("${SECRET}").verify("{}", ${HEADERS}));`,
  },
  {
    task: "verify a webhook",
    package: "svix",
    code: `import { Webhook } from "svix";\nconsole.log(new Webhook("${SECRET}").verify("{}", ${HEADERS}));`,
  },
] as const;

async function bundle(code: string): Promise<{ bytes: Uint8Array; inputs: string[] }> {
  const result = await build({
    stdin: { contents: code, resolveDir: REPO_ROOT, sourcefile: "entry.js", loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
    // The repository's tsconfig maps "octohooks" to src/ for its own type checking; a user's does not.
    tsconfigRaw: "{}",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error("esbuild wrote no bundle");
  return { bytes: output.contents, inputs: Object.keys(result.metafile.inputs) };
}

/** Bundles every entry of {@link BUNDLE_ENTRIES} and measures it. */
export async function measureBundleSizes(): Promise<BundleSize[]> {
  const sizes: BundleSize[] = [];
  for (const entry of BUNDLE_ENTRIES) {
    const { bytes, inputs } = await bundle(entry.code).catch((error: unknown) => {
      throw new Error(`bundling ${entry.package} failed (is dist/ built? npm run build): ${error}`);
    });
    if (entry.package === "octohooks" && !inputs.some((input) => input.startsWith("dist/")))
      throw new Error(`the octohooks bundle did not come from dist/ (inputs: ${inputs.join(", ")})`);
    sizes.push({
      task: entry.task,
      package: entry.package,
      minBytes: bytes.length,
      gzipBytes: gzipSync(bytes, { level: 9 }).length,
    });
  }
  return sizes;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) console.table(await measureBundleSizes());

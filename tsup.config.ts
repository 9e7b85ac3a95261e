import { dirname, resolve } from "node:path";
import type { Plugin } from "esbuild";
import { defineConfig, type Options } from "tsup";

/**
 * Three flavours of the same source. The default one uses only Web APIs (and node:crypto where
 * `process.getBuiltinModule` finds it). The `node` flavour, picked by the `node` export condition, swaps
 * each `x.js` import that has an `x.node.ts` sibling for it: crypto and random, so Node 18, which has
 * neither a global `crypto` nor `process.getBuiltinModule`, gets node:crypto statically, and http, so
 * Node sends over node:http (loaded on the first request) where the others use fetch. The `browser`
 * flavour (browsers, workers) swaps `hmac.js` for `hmac.web.ts`, which has no node:crypto lookup to carry.
 */
function flavour(name: "node" | "web", filter: RegExp): Plugin {
  return {
    name: `octohooks-${name}-flavour`,
    setup(build) {
      build.onResolve({ filter }, (args) => ({
        path: resolve(dirname(args.importer), args.path.replace(/\.js$/, `.${name}.ts`)),
      }));
    },
  };
}
const nodeFlavour = flavour("node", /^\.\/(hmac|random|http)\.js$/);
const webFlavour = flavour("web", /^\.\/hmac\.js$/);

/** The entries every flavour builds; the node flavour adds the mock. */
const entries = {
  index: "src/index.ts",
  webhooks: "src/webhooks/index.ts",
  "webhooks/node": "src/webhooks/node.ts",
  "webhooks/express": "src/webhooks/express.ts",
};

const shared: Options = {
  tsconfig: "tsconfig.build.json",
  format: ["esm", "cjs"],
  target: "es2022",
  sourcemap: false,
  treeshake: true,
  splitting: true,
  clean: false,
  minify: false,
  noExternal: ["openapi-fetch"],
};

export default defineConfig([
  {
    ...shared,
    entry: entries,
    outDir: "dist",
    platform: "neutral",
    // The Standard Schema types are inlined: a dev dependency (types only), so users install nothing.
    dts: { resolve: ["@standard-schema/spec"] },
    clean: true,
  },
  {
    ...shared,
    entry: entries,
    outDir: "dist/browser",
    platform: "browser",
    esbuildPlugins: [webFlavour],
  },
  {
    ...shared,
    entry: { ...entries, mock: "src/mock/index.ts", "mock-msw": "src/mock/msw.ts" },
    outDir: "dist/node",
    platform: "node",
    dts: {
      entry: { mock: "src/mock/index.ts", "mock-msw": "src/mock/msw.ts" },
      resolve: ["@standard-schema/spec"],
    },
    esbuildPlugins: [nodeFlavour],
  },
  {
    entry: { "mock-bin": "src/mock/bin.ts" },
    format: ["esm"],
    target: "es2022",
    outDir: "dist",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    esbuildPlugins: [nodeFlavour],
  },
]);

import { dirname, resolve } from "node:path";
import type { Plugin } from "esbuild";
import { defineConfig, type Options } from "tsup";

/**
 * Two flavours of the same source. The default one uses only Web APIs (browsers, workerd, Deno,
 * Bun, Node >= 20.16). The `node` flavour, picked by the `node` export condition, swaps each
 * `x.js` import that has an `x.node.ts` sibling for it: crypto and random, so Node 18, which has
 * neither a global `crypto` nor `process.getBuiltinModule`, gets node:crypto statically, and http,
 * so Node sends over node:http (loaded on the first request) where every other runtime uses fetch.
 */
const nodeFlavour: Plugin = {
  name: "octohooks-node-flavour",
  setup(build) {
    build.onResolve({ filter: /^\.\/(hmac|random|http)\.js$/ }, (args) => ({
      path: resolve(dirname(args.importer), args.path.replace(/\.js$/, ".node.ts")),
    }));
  },
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
    entry: { index: "src/index.ts", webhooks: "src/webhooks/index.ts" },
    outDir: "dist",
    platform: "neutral",
    dts: true,
    clean: true,
  },
  {
    ...shared,
    entry: { index: "src/index.ts", webhooks: "src/webhooks/index.ts", mock: "src/mock/index.ts" },
    outDir: "dist/node",
    platform: "node",
    dts: { entry: { mock: "src/mock/index.ts" } },
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

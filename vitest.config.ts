import { dirname, resolve } from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [
    {
      // The tests run on Node, so the client sends as it does in the package's node flavour (over
      // node:http, see tsup.config.ts); the transport tests run the fetch path too, by passing `fetch`.
      name: "octohooks-node-sender",
      enforce: "pre",
      resolveId(source, importer) {
        if (source === "./http.js" && importer?.endsWith("/src/core/apiClient.ts"))
          return resolve(dirname(importer), "http.node.ts");
        return undefined;
      },
    },
  ],
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Every response of an in-process mock, in every test file, is checked against openapi.yaml.
    globalSetup: ["test/helpers/openapiGlobalSetup.ts"],
    setupFiles: ["test/helpers/mockConformance.ts"],
  },
});

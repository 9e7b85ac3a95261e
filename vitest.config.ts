import { defineConfig } from "vitest/config";

export default defineConfig({
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

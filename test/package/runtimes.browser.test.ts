// The runtime matrix in a browser: an esbuild bundle of the package runs the smoke scenario in
// headless Chromium (the npm-provided one, driven by playwright-core) against octohooks-mock with CORS on.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { chromiumVersion, launchChromium } from "../helpers/chromium.js";
import { bundleEntry } from "./support/bundleEntry.js";
import { expectSuccessfulSmoke, type SmokeReport } from "./support/smokeReport.js";
import { type SmokeSetup, smokeSetup } from "./support/smokeSetup.js";
import { type StaticServer, serveFiles } from "./support/staticServer.js";

const PAGE_TIMEOUT_MS = 20_000;
const TEST_TIMEOUT_MS = 60_000;

let setup: SmokeSetup;
let site: StaticServer;
let browser: Browser;

beforeAll(async () => {
  setup = await smokeSetup("browser", { cors: true });
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  setup?.mock.stop();
});

type Outcome = { report: SmokeReport } | { error: string };

describe("Chromium", () => {
  test(
    "a browser bundle calls the mock across origins, then signs and verifies with Web Crypto",
    async () => {
      const inputs = await bundleEntry(
        join(setup.workspace, "smoke", "browser.mjs"),
        join(setup.workspace, "bundle.js"),
        {
          target: "browser",
          projectRoot: setup.consumer.root,
        },
      );
      expect(inputs).toContain("node_modules/octohooks/dist/browser/index.js");
      expect(inputs.filter((input) => /octohooks\/dist\/node\/|mock|msw/.test(input))).toEqual([]);
      await writeFile(
        join(setup.workspace, "index.html"),
        '<!doctype html><script type="module" src="/bundle.js"></script>',
      );
      site = await serveFiles(setup.workspace, ["index.html", "bundle.js"]);

      const page = await browser.newPage();
      const logs: string[] = [];
      page.on("console", (message) => logs.push(`${message.type()}: ${message.text()}`));
      page.on("pageerror", (error) => logs.push(`pageerror: ${error.message}`));
      const fragment = new URLSearchParams({ server: setup.mock.url, token: setup.mock.token });
      await page.goto(`${site.url}/index.html#${fragment}`, { timeout: PAGE_TIMEOUT_MS });
      await page.waitForFunction(() => "smokeOutcome" in window, undefined, { timeout: PAGE_TIMEOUT_MS });
      const outcome = (await page.evaluate("window.smokeOutcome")) as Outcome;

      expect("report" in outcome ? "" : `${outcome.error}\n${logs.join("\n")}`).toBe("");
      const { report } = outcome as { report: SmokeReport };
      // The npm-provided Chromium (its major is the package's), never one installed on the machine.
      expect(report.on.version).toContain(`Chrome/${(await chromiumVersion()).split(".")[0]}.`);
      expectSuccessfulSmoke(report, { mode: "async" });
    },
    TEST_TIMEOUT_MS,
  );
});

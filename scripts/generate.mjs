#!/usr/bin/env node
// Generates from openapi.yaml: src/generated/openapi.ts (openapi-typescript, the paths the
// resources call) and, beside it, models.ts and queryParams.ts (named models, options types and
// each operation's query parameters by wire name: scripts/generate-models.mjs), and the mock's
// request validators, validators.js + .d.ts (Ajv standalone code: scripts/generate-validators.mjs).
//   node scripts/generate.mjs           write the files
//   node scripts/generate.mjs --check   write nothing; exit 1 when a committed file is stale
//   --spec PATH / --out PATH            another spec, or another openapi.ts path (the other
//                                       files go beside it; the tests use them)
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import openapiTS, { astToString } from "openapi-typescript";
import { renderModels } from "./generate-models.mjs";
import { renderValidators } from "./generate-validators.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values: args } = parseArgs({
  options: { check: { type: "boolean" }, spec: { type: "string" }, out: { type: "string" } },
});
const specUrl = args.spec ? pathToFileURL(resolve(args.spec)) : new URL("../openapi.yaml", import.meta.url);
const outputPath = args.out
  ? resolve(args.out)
  : fileURLToPath(new URL("../src/generated/openapi.ts", import.meta.url));
const modelsPath = resolve(dirname(outputPath), "models.ts");
const queryParamsPath = resolve(dirname(outputPath), "queryParams.ts");

const HEADER = `/**
 * Generated from openapi.yaml by \`npm run generate\` (scripts/generate.mjs, openapi-typescript).
 * NEVER edit this file by hand: change openapi.yaml and run \`npm run generate\` again.
 */

`;

/** Renders the TypeScript source for the current openapi.yaml. */
async function render() {
  const ast = await openapiTS(specUrl, {
    // Fields with a default stay optional in request bodies (e.g. EndpointIn.enabled).
    defaultNonNullable: false,
    // Also export `ApplicationOut`, `EndpointIn`, … next to `components["schemas"][…]`.
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
    rootTypesKeepCasing: true,
    silent: true,
  });
  return HEADER + astToString(ast);
}

async function readCurrent(path) {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if (error?.code === "ENOENT") return undefined;
    throw error;
  }
}

async function main() {
  const check = args.check === true;
  const specText = await readFile(specUrl, "utf8");
  const { models, queryParams } = renderModels(specText);
  const validators = await renderValidators(specText, root);
  const outputs = [
    [outputPath, await render()],
    [modelsPath, models],
    [queryParamsPath, queryParams],
    [resolve(dirname(outputPath), "validators.js"), validators.js],
    [resolve(dirname(outputPath), "validators.d.ts"), validators.dts],
  ];
  for (const [path, generated] of outputs) {
    const shown = relative(root, path);
    if (check) {
      if ((await readCurrent(path)) !== generated) {
        console.error(
          `${shown} is stale: it does not match openapi.yaml. Run \`npm run generate\` and commit it.`,
        );
        process.exitCode = 1;
      } else console.log(`${shown} is up to date.`);
      continue;
    }
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, generated);
    console.log(`Wrote ${shown}.`);
  }
}

await main();

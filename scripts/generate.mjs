#!/usr/bin/env node
// Generates src/generated/openapi.ts from openapi.yaml with openapi-typescript, and the mock's
// request validators (src/generated/validators.js + .d.ts) with scripts/generate-validators.mjs.
//   node scripts/generate.mjs           write the file
//   node scripts/generate.mjs --check   write nothing; exit 1 when a committed file is stale
//   --spec PATH / --out PATH            another spec or types file (the tests use them); the
//                                       validators go next to --out
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import openapiTS, { astToString } from "openapi-typescript";
import { renderValidators } from "./generate-validators.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values: args } = parseArgs({
  options: { check: { type: "boolean" }, spec: { type: "string" }, out: { type: "string" } },
});
const specUrl = args.spec ? pathToFileURL(resolve(args.spec)) : new URL("../openapi.yaml", import.meta.url);
const outputPath = args.out
  ? resolve(args.out)
  : fileURLToPath(new URL("../src/generated/openapi.ts", import.meta.url));

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

/** Every generated file: its path and its text for the current spec. */
async function renderAll() {
  const validatorsBase = resolve(dirname(outputPath), "validators");
  const validators = await renderValidators(await readFile(specUrl, "utf8"), root);
  return [
    { path: outputPath, text: await render() },
    { path: `${validatorsBase}.js`, text: validators.js },
    { path: `${validatorsBase}.d.ts`, text: validators.dts },
  ];
}

async function main() {
  const check = args.check === true;
  const files = await renderAll();
  if (check) {
    for (const { path, text } of files) {
      const shown = relative(root, path);
      if ((await readCurrent(path)) !== text) {
        console.error(
          `${shown} is stale: it does not match openapi.yaml. Run \`npm run generate\` and commit it.`,
        );
        process.exitCode = 1;
      } else console.log(`${shown} is up to date.`);
    }
    return;
  }
  for (const { path, text } of files) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    console.log(`Wrote ${relative(root, path)}.`);
  }
}

await main();

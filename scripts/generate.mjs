#!/usr/bin/env node
// Generates src/generated/openapi.ts from openapi.yaml with openapi-typescript.
//   node scripts/generate.mjs           write the file
//   node scripts/generate.mjs --check   write nothing; exit 1 when the committed file is stale
//   --spec PATH / --out PATH            another spec or output file (the tests use them)
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import openapiTS, { astToString } from "openapi-typescript";

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

async function readCurrent() {
  try {
    return await readFile(outputPath, "utf8");
  } catch (error) {
    if (error?.code === "ENOENT") return undefined;
    throw error;
  }
}

async function main() {
  const check = args.check === true;
  const generated = await render();
  const shown = relative(root, outputPath);
  if (check) {
    if ((await readCurrent()) !== generated) {
      console.error(
        `${shown} is stale: it does not match openapi.yaml. Run \`npm run generate\` and commit it.`,
      );
      process.exitCode = 1;
      return;
    }
    console.log(`${shown} is up to date.`);
    return;
  }
  await mkdir(dirname(outputPath), { recursive: true });
  await writeFile(outputPath, generated);
  console.log(`Wrote ${shown}.`);
}

await main();

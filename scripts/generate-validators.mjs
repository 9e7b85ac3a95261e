// Compiles the request contract of openapi.yaml (each operation's body, query and path parameters)
// into standalone Ajv validators, bundled with the few runtime helpers they call (ajv-formats'
// format checks, ucs2length) into one self-contained module: the mock never loads ajv at run time.
// Called by scripts/generate.mjs; `renderValidators(specText)` returns { js, dts }.
import Ajv2020 from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import addFormats from "ajv-formats";
import { build } from "esbuild";
import { parse } from "yaml";

const SPEC_ID = "spec";
const METHODS = ["get", "put", "post", "patch", "delete"];

const HEADER = `/**
 * Generated from openapi.yaml by \`npm run generate\` (scripts/generate-validators.mjs: Ajv standalone
 * code with ajv-formats, bundled by esbuild). NEVER edit this file by hand: change openapi.yaml and
 * run \`npm run generate\` again.
 */
`;

const DTS = `${HEADER}
/** One problem found by a validator (Ajv's \`ErrorObject\`). */
export interface SchemaError {
  /** JSON Pointer to the offending value, e.g. \`/headers/x-a\`. */
  readonly instancePath: string;
  /** The schema keyword that failed, e.g. \`required\`, \`pattern\`, \`additionalProperties\`. */
  readonly keyword: string;
  /** The keyword's details, e.g. \`{ missingProperty }\`, \`{ additionalProperty }\`, \`{ limit }\`. */
  readonly params: Record<string, unknown>;
  /** Ajv's message. */
  readonly message?: string;
}

/** A compiled schema: true when \`data\` conforms; otherwise \`errors\` says why. */
export type Validator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

/** The validators of one operation; a part the operation does not take is absent. */
export interface OperationValidators {
  /** The JSON body; defaults of the schema are filled in. */
  readonly body?: Validator;
  /** The query parameters as an object (strings coerced to the declared types, defaults filled in). */
  readonly query?: Validator;
  /** The path parameters as an object of strings. */
  readonly path?: Validator;
  /** Names of the query parameters declared as arrays (read with \`getAll\`). */
  readonly queryArrays: readonly string[];
  /** Names of every declared query parameter. */
  readonly queryNames: readonly string[];
}

/** Every operation's validators, by operationId (e.g. \`message.create\`). */
export declare const operationValidators: Readonly<Record<string, OperationValidators>>;
/** A \`Uid\` (components.schemas.Uid), for UIDs that arrive in a path. */
export declare const validateUid: Validator;
/** An \`ApplicationId\` (components.schemas.ApplicationId), for applications seeded by option. */
export declare const validateApplicationId: Validator;
`;

/** `#/components/...` refs, made absolute against the spec's `$id`. */
function absoluteRefs(node) {
  if (Array.isArray(node)) return node.map(absoluteRefs);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) =>
      key === "$ref" && typeof value === "string" && value.startsWith("#/")
        ? [key, `${SPEC_ID}${value}`]
        : [key, absoluteRefs(value)],
    ),
  );
}

function resolve(spec, node) {
  if (!node?.$ref) return node;
  return node.$ref
    .slice(2)
    .split("/")
    .reduce((at, part) => at[part.replaceAll("~1", "/").replaceAll("~0", "~")], spec);
}

function paramsObject(params) {
  return {
    type: "object",
    properties: Object.fromEntries(params.map((p) => [p.name, absoluteRefs(p.schema)])),
    required: params.filter((p) => p.required).map((p) => p.name),
  };
}

/** Each operation's body, query and path schemas. */
function operationSchemas(spec) {
  const operations = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => resolve(spec, p));
      const query = params.filter((p) => p.in === "query");
      const pathParams = params.filter((p) => p.in === "path");
      const body = resolve(spec, op.requestBody)?.content?.["application/json"]?.schema;
      operations.push({
        id: op.operationId,
        body: body && absoluteRefs(body),
        query: query.length > 0 ? paramsObject(query) : undefined,
        path: pathParams.length > 0 ? paramsObject(pathParams) : undefined,
        queryArrays: query.filter((p) => resolve(spec, p.schema).type === "array").map((p) => p.name),
        queryNames: query.map((p) => p.name),
        at: `${method.toUpperCase()} ${path}`,
      });
    }
  }
  return operations.sort((a, b) => a.id.localeCompare(b.id));
}

function newAjv(spec, options) {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    useDefaults: true,
    // Shared schemas compile once, as functions the operations call, instead of a copy in each.
    inlineRefs: false,
    code: { source: true, esm: true },
    ...options,
  });
  addFormats(ajv);
  ajv.addSchema({ $id: SPEC_ID, components: spec.components });
  return ajv;
}

const exportName = (part, id) => `${part}_${id.replace(/[^A-Za-z0-9]/g, "_")}`;

/** Standalone code for one Ajv instance and its named schemas. */
function compileAll(ajv, schemas) {
  const refs = {};
  for (const [name, schema] of Object.entries(schemas)) {
    ajv.addSchema(schema, name);
    refs[name] = name;
  }
  return standaloneCode(ajv, refs);
}

function entrySource(operations) {
  const lines = ['import * as strict from "virtual:strict";', 'import * as query from "virtual:query";'];
  lines.push("export const validateUid = strict.component_Uid;");
  lines.push("export const validateApplicationId = strict.component_ApplicationId;");
  lines.push("export const operationValidators = {");
  for (const op of operations) {
    const parts = [];
    if (op.body) parts.push(`body: strict.${exportName("body", op.id)}`);
    if (op.query) parts.push(`query: query.${exportName("query", op.id)}`);
    if (op.path) parts.push(`path: strict.${exportName("path", op.id)}`);
    parts.push(
      `queryArrays: ${JSON.stringify(op.queryArrays)}`,
      `queryNames: ${JSON.stringify(op.queryNames)}`,
    );
    lines.push(`  // ${op.at}`, `  ${JSON.stringify(op.id)}: { ${parts.join(", ")} },`);
  }
  lines.push("};");
  return lines.join("\n");
}

/** Bundles the entry and both standalone modules into one ESM text. */
async function bundle(entry, modules, resolveDir) {
  const virtual = {
    name: "virtual",
    setup(b) {
      b.onResolve({ filter: /^virtual:/ }, (args) => ({ path: args.path, namespace: "virtual" }));
      b.onLoad({ filter: /.*/, namespace: "virtual" }, (args) => ({
        contents: modules[args.path],
        loader: "js",
        resolveDir,
      }));
    },
  };
  const result = await build({
    stdin: { contents: entry, loader: "js", resolveDir },
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    write: false,
    legalComments: "none",
    plugins: [virtual],
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}

/** Renders the validators module for the spec text: `{ js, dts }`. */
export async function renderValidators(specText, resolveDir) {
  const spec = parse(specText);
  const operations = operationSchemas(spec);
  const strictSchemas = {
    component_Uid: { $ref: `${SPEC_ID}#/components/schemas/Uid` },
    component_ApplicationId: { $ref: `${SPEC_ID}#/components/schemas/ApplicationId` },
  };
  const querySchemas = {};
  for (const op of operations) {
    if (op.body) strictSchemas[exportName("body", op.id)] = op.body;
    if (op.path) strictSchemas[exportName("path", op.id)] = op.path;
    if (op.query) querySchemas[exportName("query", op.id)] = op.query;
  }
  const strict = compileAll(newAjv(spec, {}), strictSchemas);
  // Query values arrive as strings: "50" is read as the integer the schema declares.
  const query = compileAll(newAjv(spec, { coerceTypes: true }), querySchemas);
  const js = await bundle(
    entrySource(operations),
    { "virtual:strict": strict, "virtual:query": query },
    resolveDir,
  );
  return { js: `${HEADER}${js}`, dts: DTS };
}

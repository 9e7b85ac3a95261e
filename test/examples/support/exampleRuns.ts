/**
 * Finds which examples the tests run, from the tests' syntax trees rather than their text: only a
 * call of {@link RUNNERS} (or of a helper that passes its parameter on to one, such as
 * `receiverSuite`) with the example's name as a string literal counts. A name in a comment, in some
 * other string or in a skipped test does not.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

/** The functions of `exampleProcess.ts` that run `examples/<name>`, their first argument being `name`. */
export const RUNNERS: readonly string[] = ["runExample", "startExample"];

/** A TypeScript file to scan, by its path (for messages) and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** The examples the test files run, and the runner calls whose example cannot be read statically. */
export interface ExampleRuns {
  /** Example names, relative to `examples/`, with the test files that run each. */
  run: Map<string, string[]>;
  /** `file:line: call` of each runner call in a test file whose name is not a string literal. */
  unresolved: string[];
}

/** `vitest` calls that register a test or suite which does not run. */
const NOT_RUN = /^(?:x(?:it|test|describe)|(?:it|test|describe)(?:\.\w+)*\.(?:skip|todo))$/;

function parse(file: SourceFile): ts.SourceFile {
  return ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

function calleeName(call: ts.CallExpression): string | undefined {
  return ts.isIdentifier(call.expression) ? call.expression.text : undefined;
}

function visitCalls(node: ts.Node, visit: (call: ts.CallExpression) => void): void {
  if (ts.isCallExpression(node)) visit(node);
  ts.forEachChild(node, (child) => visitCalls(child, visit));
}

/** The named function (declaration or `const f = (…) => …`) whose body holds `node`. */
function enclosingFunction(node: ts.Node): ts.SignatureDeclaration | undefined {
  for (let at = node.parent; at; at = at.parent) {
    if (ts.isFunctionDeclaration(at) || ts.isArrowFunction(at) || ts.isFunctionExpression(at)) {
      if (ts.isFunctionDeclaration(at) && at.name) return at;
      if (!ts.isFunctionDeclaration(at) && ts.isVariableDeclaration(at.parent)) return at;
    }
  }
  return undefined;
}

function functionName(fn: ts.SignatureDeclaration): string | undefined {
  if (ts.isFunctionDeclaration(fn)) return fn.name?.text;
  const holder = fn.parent;
  return ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name) ? holder.name.text : undefined;
}

function isParameterOfEnclosingFunction(call: ts.CallExpression, name: string): boolean {
  const fn = enclosingFunction(call);
  return fn?.parameters.some((p) => ts.isIdentifier(p.name) && p.name.text === name) ?? false;
}

/** Whether `call` sits inside a skipped or to-do test or suite. */
function insideSkippedTest(call: ts.CallExpression): boolean {
  for (let at: ts.Node | undefined = call.parent; at; at = at.parent) {
    if (ts.isCallExpression(at) && NOT_RUN.test(at.expression.getText())) return true;
  }
  return false;
}

/**
 * Every function that runs the example named by one of its parameters, with that parameter's index:
 * the runners themselves, then, until nothing changes, any function of `files` that passes one of
 * its parameters as a runner's first argument.
 */
export function findRunners(files: readonly SourceFile[]): Map<string, number> {
  const runners = new Map<string, number>(RUNNERS.map((name) => [name, 0]));
  const trees = files.map(parse);
  for (let changed = true; changed; ) {
    changed = false;
    for (const tree of trees) {
      visitCalls(tree, (call) => {
        const index = runners.get(calleeName(call) ?? "");
        const argument = index === undefined ? undefined : call.arguments[index];
        if (!argument || !ts.isIdentifier(argument)) return;
        const fn = enclosingFunction(call);
        const name = fn && functionName(fn);
        const parameter = fn?.parameters.findIndex(
          (p) => ts.isIdentifier(p.name) && p.name.text === argument.text,
        );
        if (!name || parameter === undefined || parameter < 0 || runners.has(name)) return;
        runners.set(name, parameter);
        changed = true;
      });
    }
  }
  return runners;
}

/** The examples that `tests` run, through `runners` (see {@link findRunners}). */
export function findExampleRuns(tests: readonly SourceFile[], runners: Map<string, number>): ExampleRuns {
  const run = new Map<string, string[]>();
  const unresolved: string[] = [];
  for (const file of tests) {
    const tree = parse(file);
    visitCalls(tree, (call) => {
      const index = runners.get(calleeName(call) ?? "");
      const argument = index === undefined ? undefined : call.arguments[index];
      if (!argument || insideSkippedTest(call)) return;
      if (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument)) {
        run.set(argument.text, [...(run.get(argument.text) ?? []), file.path]);
        return;
      }
      // A helper passing its own parameter on: its callers name the example.
      if (ts.isIdentifier(argument) && isParameterOfEnclosingFunction(call, argument.text)) return;
      const line = tree.getLineAndCharacterOfPosition(call.getStart()).line + 1;
      unresolved.push(`${file.path}:${line}: ${call.getText()}`);
    });
  }
  return { run, unresolved };
}

/** The `.ts` files under `dir` (recursively), relative to `base`, in sorted order. */
export function listTypeScript(dir: string, base: string = dir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return listTypeScript(path, base);
      return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [relative(base, path)] : [];
    })
    .sort();
}

/** Reads `paths` (relative to `root`) as {@link SourceFile}s. */
export function readSources(root: string, paths: readonly string[]): SourceFile[] {
  return paths.map((path) => ({ path, text: readFileSync(join(root, path), "utf8") }));
}

/**
 * The examples other examples import (`./x.js` or `./x.ts`): shared code, not programs to run.
 * `files` are relative to `examples/`.
 */
export function importedByExamples(files: readonly SourceFile[]): Set<string> {
  const imported = new Set<string>();
  for (const file of files) {
    for (const statement of parse(file).statements) {
      if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
      const specifier = statement.moduleSpecifier;
      if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith(".")) continue;
      const target = join(file.path, "..", specifier.text).replace(/\.js$/, ".ts");
      imported.add(target);
    }
  }
  return imported;
}

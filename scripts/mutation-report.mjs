// Writes mutation.md from Stryker's JSON report (.cache/mutation/mutation.json, see stryker.config.mjs):
// the adjusted score of each mutated file, killed ÷ (all − equivalent), and every mutant no test
// caught, marked "equivalent: <reason>" from the reviewed list in mutation-equivalents.json or
// "survived". An equivalent entry is keyed by file + mutator + the original code (+ the replacement
// when given; + `near`, text of the mutant's line, for a short original), never by line number or
// mutant id, so it outlives edits elsewhere in the file.
// Run: node scripts/mutation-report.mjs [--report path --run what-was-run]... [--out path]
// Without --report it merges the report of every group of scripts/mutationGroups.mjs that has one,
// each with the run line and date scripts/mutate.ts wrote beside it (npm run mutate runs it so).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { groupFiles, MUTATION_GROUPS } from "./mutationGroups.mjs";

const { values } = parseArgs({
  options: {
    report: { type: "string", multiple: true },
    equivalents: { type: "string", default: "mutation-equivalents.json" },
    out: { type: "string", default: "mutation.md" },
    run: { type: "string", multiple: true },
  },
});

/** The reports to merge, each with the line that says how it was made. */
function sources() {
  if (values.report)
    return values.report.map((report, i) => ({ report, run: values.run?.[i] ?? "npm run mutate" }));
  return MUTATION_GROUPS.map((group) => groupFiles(group.name))
    .filter((files) => existsSync(files.report))
    .map((files) => {
      const meta = existsSync(files.meta) ? JSON.parse(readFileSync(files.meta, "utf8")) : undefined;
      const when = meta ? ` (${meta.finished.slice(0, 16).replace("T", " ")} UTC, ${meta.minutes} min)` : "";
      return { report: files.report, run: `${meta?.run ?? files.report}${when}` };
    });
}

const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);
/** The score every file must reach (the issue's bar). */
const TARGET = 95;

/** The source text a mutant replaces, with its whitespace collapsed so formatting does not unkey it. */
function originalCode(source, { start, end }) {
  const lines = source.split("\n");
  const text =
    start.line === end.line
      ? lines[start.line - 1].slice(start.column - 1, end.column - 1)
      : [
          lines[start.line - 1].slice(start.column - 1),
          ...lines.slice(start.line, end.line - 1),
          lines[end.line - 1].slice(0, end.column - 1),
        ].join("\n");
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The entry of the reviewed list that names this mutant, if any. An entry whose original code is
 * too short to be unique (`true`, `"connection"`) says `near`: text its mutant's line must hold.
 */
function findEquivalent(equivalents, file, mutant, original, line) {
  return equivalents.find(
    (entry) =>
      entry.file === file &&
      entry.mutator === mutant.mutatorName &&
      entry.original === original &&
      (entry.replacement === undefined || entry.replacement === mutant.replacement) &&
      (entry.near === undefined || line.includes(entry.near)),
  );
}

const short = (text, max = 70) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};
const code = (text) => `\`${short(text).replaceAll("`", "'").replaceAll("|", "\\|")}\``;

/** Scores and survivors of one file of the report. */
function scoreFile(equivalents, file, { source, mutants }) {
  const row = { file, all: 0, killed: 0, equivalent: 0, ignored: 0, survivors: [] };
  for (const mutant of mutants) {
    // A run with --ignoreStatic leaves the module-level mutants out: say how many, score the rest.
    if (mutant.status === "Ignored") row.ignored += 1;
    if (!DETECTED.has(mutant.status) && !UNDETECTED.has(mutant.status)) continue; // compile error, ignored
    row.all += 1;
    if (DETECTED.has(mutant.status)) {
      row.killed += 1;
      continue;
    }
    const original = originalCode(source, mutant.location);
    const line = source.split("\n")[mutant.location.start.line - 1] ?? "";
    const entry = findEquivalent(equivalents, file, mutant, original, line);
    if (entry) {
      row.equivalent += 1;
      entry.used = true;
    }
    row.survivors.push({ mutant, original, entry });
  }
  const counted = row.all - row.equivalent;
  row.score = counted === 0 ? 100 : (100 * row.killed) / counted;
  return row;
}

function survivorLine(file, { mutant, original, entry }) {
  const where = `${file}:${mutant.location.start.line}`;
  const what = `${mutant.mutatorName} ${code(original)} → ${code(mutant.replacement ?? "")}`;
  const verdict = entry
    ? `equivalent: ${entry.reason}`
    : mutant.status === "NoCoverage"
      ? "survived (no test runs it)"
      : "survived";
  return `- ${where} ${what}: ${verdict}`;
}

function render(rows, stale, runs) {
  const total = rows.reduce(
    (sum, row) => ({
      all: sum.all + row.all,
      killed: sum.killed + row.killed,
      equivalent: sum.equivalent + row.equivalent,
      ignored: sum.ignored + row.ignored,
    }),
    { all: 0, killed: 0, equivalent: 0, ignored: 0 },
  );
  const percent = (n) => `${n.toFixed(1)} %`;
  const lines = [
    "# Mutation report",
    "",
    "Written by `npm run mutate` (Stryker with its vitest runner, stryker.config.mjs) through",
    "scripts/mutation-report.mjs. Score = killed ÷ (all − equivalent); a timeout counts as killed.",
    `Equivalent mutants come from the reviewed list in mutation-equivalents.json. Target: ${TARGET} % per file.`,
    "Not run: mutants Stryker ignored (module-level ones under --ignoreStatic); they are outside the score.",
    "",
    runs.length === 1 ? `Run: ${runs[0]}.` : "Runs, one per group of scripts/mutationGroups.mjs:",
    ...(runs.length === 1 ? [] : ["", ...runs.map((run) => `- ${run}`)]),
    "",
    "| File | Mutants | Killed | Equivalent | Survived | Not run | Score |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map((row) => {
      const survived = row.all - row.killed - row.equivalent;
      const mark = row.score >= TARGET ? "" : " ✗";
      return `| ${row.file} | ${row.all} | ${row.killed} | ${row.equivalent} | ${survived} | ${row.ignored} | ${percent(row.score)}${mark} |`;
    }),
    `| **all** | ${total.all} | ${total.killed} | ${total.equivalent} | ${total.all - total.killed - total.equivalent} | ${total.ignored} | ${percent(total.all === total.equivalent ? 100 : (100 * total.killed) / (total.all - total.equivalent))} |`,
    "",
    "## Mutants no test caught",
    "",
  ];
  const survivors = rows.flatMap((row) => row.survivors.map((s) => survivorLine(row.file, s)));
  lines.push(...(survivors.length > 0 ? survivors : ["None."]));
  if (stale.length > 0) {
    lines.push("", "## Equivalent entries that matched no surviving mutant (remove or re-key them)", "");
    lines.push(...stale.map((entry) => `- ${entry.file} ${entry.mutator} ${code(entry.original)}`));
  }
  return `${lines.join("\n")}\n`;
}

const merged = sources();
if (merged.length === 0) {
  console.error("no mutation report to read: run npm run mutate first");
  process.exit(1);
}
// The groups mutate disjoint files; were a file in two reports, the later one would count.
const files = {};
for (const { report } of merged) Object.assign(files, JSON.parse(readFileSync(report, "utf8")).files);
const equivalents = JSON.parse(readFileSync(values.equivalents, "utf8")).mutants;
const rows = Object.keys(files)
  .sort()
  .map((file) => scoreFile(equivalents, file, files[file]));
const mutatedFiles = new Set(rows.map((row) => row.file));
const stale = equivalents.filter((entry) => !entry.used && mutatedFiles.has(entry.file));
writeFileSync(
  values.out,
  render(
    rows,
    stale,
    merged.map((m) => m.run),
  ),
);
const below = rows.filter((row) => row.score < TARGET);
console.log(`wrote ${values.out}: ${rows.length} files, ${below.length} below ${TARGET} %`);

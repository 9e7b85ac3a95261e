// Prints vitest's totals from its JSON report as one plain line: "N passed, N failed".
import { existsSync, readFileSync } from "node:fs";

const file = process.argv[2] ?? ".cache/vitest-report.json";
if (!existsSync(file)) {
  console.log("vitest did not run (an earlier check failed)");
  console.log("0 passed, 0 failed");
  process.exit(0);
}
const report = JSON.parse(readFileSync(file, "utf8"));
const failed = report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
console.log(`${report.numPassedTests} passed, ${failed} failed`);

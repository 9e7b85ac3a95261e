// Types of mutationGroups.mjs (plain JS, so stryker.config.mjs and mutation-report.mjs run it as is).
export interface MutationGroup {
  name: string;
  mutate: string[];
  tests: string[];
}
export const MUTATION_GROUPS: MutationGroup[];
export function currentGroup(): MutationGroup | undefined;
export function groupFiles(name: string): { report: string; incremental: string; meta: string };

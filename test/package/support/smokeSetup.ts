import { join } from "node:path";
import { type ConsumerProject, consumerProject } from "./consumerProject.js";
import { type RunningMock, startMockServer } from "./mockServer.js";

/** What each runtime test file starts from: the installed package and one mock server of its own. */
export interface SmokeSetup {
  consumer: ConsumerProject;
  /** A folder inside the consumer project holding a copy of test/package/smoke/. */
  workspace: string;
  mock: RunningMock;
}

/** The `octohooks-mock` bin of the installed package. */
export function installedMockBin(consumer: ConsumerProject): string {
  return join(consumer.root, "node_modules", "octohooks", "dist", "mock-bin.js");
}

/** Installs the packed package (with msw), copies the smoke scripts in and starts its mock bin. */
export async function smokeSetup(name: string, options: { cors?: boolean } = {}): Promise<SmokeSetup> {
  const consumer = await consumerProject("full");
  const workspace = await consumer.workspace(name);
  const mock = await startMockServer(installedMockBin(consumer), {
    cwd: workspace,
    cors: options.cors ?? false,
  });
  return { consumer, workspace, mock };
}

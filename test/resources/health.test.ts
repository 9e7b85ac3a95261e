import { it } from "vitest";
import { Octohooks } from "../../src/index.js";
import { BASE, useMswServer } from "../helpers/mswServer.js";
import { expectOperation } from "../helpers/specMsw.js";

const server = useMswServer();

it("health.get", () =>
  expectOperation(server, "health.get", () => new Octohooks("tok", { serverUrl: BASE }).health.get(), {
    path: "/api/v1/health",
  }));

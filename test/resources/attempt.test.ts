import { describe, it } from "vitest";
import { Octohooks } from "../../src/index.js";
import { BASE, useMswServer } from "../helpers/mswServer.js";
import { expectOperation } from "../helpers/specMsw.js";

const server = useMswServer();
const octohooks = new Octohooks("tok", { serverUrl: BASE, maxRetries: 0 });
const A = "/api/v1/app/app_1";

describe("attempt", () => {
  it("listByEndpoint", () =>
    expectOperation(
      server,
      "attempt.listByEndpoint",
      () => octohooks.attempt.listByEndpoint("app_1", "ep_1", { status: "failed" }),
      {
        path: `${A}/attempt/endpoint/ep_1`,
        query: { status: "failed" },
      },
    ));
  it("listByMessage", () =>
    expectOperation(
      server,
      "attempt.listByMessage",
      () => octohooks.attempt.listByMessage("app_1", "msg_1", { endpointId: "ep_1" }),
      { path: `${A}/attempt/msg/msg_1`, query: { endpoint_id: "ep_1" } },
    ));
  it("get", () =>
    expectOperation(server, "attempt.get", () => octohooks.attempt.get("app_1", "msg_1", "atmpt_1"), {
      path: `${A}/msg/msg_1/attempt/atmpt_1`,
    }));
  it("expungeContent", () =>
    expectOperation(
      server,
      "attempt.expungeContent",
      () => octohooks.attempt.expungeContent("app_1", "msg_1", "atmpt_1"),
      {
        path: `${A}/msg/msg_1/attempt/atmpt_1/content`,
      },
    ));
  it("resend", () =>
    expectOperation(server, "attempt.resend", () => octohooks.attempt.resend("app_1", "msg_1", "ep_1"), {
      path: `${A}/msg/msg_1/endpoint/ep_1/resend`,
    }));
  it("listAttemptedMessages", () =>
    expectOperation(
      server,
      "attempt.listAttemptedMessages",
      () => octohooks.attempt.listAttemptedMessages("app_1", "ep_1", { limit: 3 }),
      { path: `${A}/endpoint/ep_1/msg`, query: { limit: "3" } },
    ));
  it("listAttemptedDestinations", () =>
    expectOperation(
      server,
      "attempt.listAttemptedDestinations",
      () => octohooks.attempt.listAttemptedDestinations("app_1", "msg_1"),
      { path: `${A}/msg/msg_1/endpoint` },
    ));
});

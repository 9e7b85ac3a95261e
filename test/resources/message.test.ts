import { describe, it } from "vitest";
import { Octohooks } from "../../src/index.js";
import { BASE, useMswServer } from "../helpers/mswServer.js";
import { expectOperation } from "../helpers/specMsw.js";

const server = useMswServer();
const octohooks = new Octohooks("tok", { serverUrl: BASE, maxRetries: 0 });
const P = "/api/v1/app/app_teexfqn3o09y1fnmm631r0fo8uq/msg";

describe("message", () => {
  it("list with filters", () =>
    expectOperation(
      server,
      "message.list",
      () =>
        octohooks.message.list("app_teexfqn3o09y1fnmm631r0fo8uq", {
          eventTypes: ["customer.created", "invoice.paid"],
          channel: "eu",
          before: new Date("2026-03-01T00:00:00.000Z"),
          withContent: false,
        }),
      {
        path: P,
        query: {
          event_types: ["customer.created", "invoice.paid"],
          channel: "eu",
          before: "2026-03-01T00:00:00.000Z",
          with_content: "false",
        },
      },
    ));
  it("create (the seed's call)", () => {
    const body = {
      channels: [],
      eventType: "customer.created",
      uid: "774fa91a-510b-4a35-9799-6c233f6af790",
      payload: { email: "customer@email.com", integration: 100032, identifications: null },
    };
    return expectOperation(
      server,
      "message.create",
      () => octohooks.message.create("app_teexfqn3o09y1fnmm631r0fo8uq", body),
      {
        path: P,
        body,
      },
    );
  });
  it("get by UID", () =>
    expectOperation(
      server,
      "message.get",
      () => octohooks.message.get("app_teexfqn3o09y1fnmm631r0fo8uq", "order#42"),
      {
        path: `${P}/order%2342`,
      },
    ));
  it("expungeContent", () =>
    expectOperation(
      server,
      "message.expungeContent",
      () => octohooks.message.expungeContent("app_teexfqn3o09y1fnmm631r0fo8uq", "msg_1"),
      { path: `${P}/msg_1/content` },
    ));
});

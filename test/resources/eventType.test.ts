import { describe, it } from "vitest";
import { Octohooks } from "../../src/index.js";
import { BASE, useMswServer } from "../helpers/mswServer.js";
import { expectOperation } from "../helpers/specMsw.js";

const server = useMswServer();
const octohooks = new Octohooks("tok", { serverUrl: BASE, maxRetries: 0 });
const P = "/api/v1/event-type";

describe("eventType", () => {
  it("list", () =>
    expectOperation(server, "eventType.list", () => octohooks.eventType.list({ includeArchived: true }), {
      path: P,
      query: { include_archived: "true" },
    }));
  it("create", () =>
    expectOperation(
      server,
      "eventType.create",
      () => octohooks.eventType.create({ name: "customer.created", description: "A customer signed up" }),
      { path: P, body: { name: "customer.created", description: "A customer signed up" } },
    ));
  it("get", () =>
    expectOperation(server, "eventType.get", () => octohooks.eventType.get("customer.created"), {
      path: `${P}/customer.created`,
    }));
  it("update", () =>
    expectOperation(
      server,
      "eventType.update",
      () => octohooks.eventType.update("customer.created", { description: "d" }),
      {
        path: `${P}/customer.created`,
        body: { description: "d" },
      },
    ));
  it("patch", () =>
    expectOperation(
      server,
      "eventType.patch",
      () => octohooks.eventType.patch("customer.created", { archived: true }),
      {
        path: `${P}/customer.created`,
        body: { archived: true },
      },
    ));
  it("delete archives, or expunges", async () => {
    await expectOperation(server, "eventType.delete", () => octohooks.eventType.delete("customer.created"), {
      path: `${P}/customer.created`,
    });
    await expectOperation(
      server,
      "eventType.delete",
      () => octohooks.eventType.delete("customer.created", { expunge: true }),
      {
        path: `${P}/customer.created`,
        query: { expunge: "true" },
      },
    );
  });
});

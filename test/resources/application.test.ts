import { describe, expect, it } from "vitest";
import { InvalidArgumentError, Octohooks } from "../../src/index.js";
import { BASE, useMswServer } from "../helpers/mswServer.js";
import { expectOperation } from "../helpers/specMsw.js";

const server = useMswServer();
const octohooks = new Octohooks("tok", { serverUrl: BASE, maxRetries: 0 });
const P = "/api/v1/app";

describe("application", () => {
  it("list", () =>
    expectOperation(
      server,
      "application.list",
      () => octohooks.application.list({ limit: 10, order: "descending" }),
      {
        path: P,
        query: { limit: "10", order: "descending" },
      },
    ));
  it("create (the seed's call)", () =>
    expectOperation(
      server,
      "application.create",
      () => octohooks.application.create({ name: "Application name", uid: "application-name" }),
      { path: P, body: { name: "Application name", uid: "application-name" } },
    ));
  it("getOrCreate is create with get_if_exists", () =>
    expectOperation(
      server,
      "application.create",
      () => octohooks.application.getOrCreate({ name: "A", uid: "a" }),
      {
        path: P,
        query: { get_if_exists: "true" },
        body: { name: "A", uid: "a" },
      },
    ));
  it("getOrCreate without a uid is refused before sending (it would create a new application each time)", async () => {
    const sent: string[] = [];
    const client = new Octohooks("tok", {
      serverUrl: BASE,
      fetch: async (input) => {
        sent.push(String(input));
        return Response.json({});
      },
    });
    // @ts-expect-error uid is required by the type too
    const error = await client.application.getOrCreate({ name: "A" }).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.message).toMatch(/getOrCreate needs a `uid`/);
    await expect(
      client.application.create({ name: "A", uid: "" }, { getIfExists: true }),
    ).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(sent).toHaveLength(0);
  });
  it("get by UID", () =>
    expectOperation(server, "application.get", () => octohooks.application.get("some-user"), {
      path: `${P}/some-user`,
    }));
  it("update (the seed's call)", () =>
    expectOperation(
      server,
      "application.update",
      () => octohooks.application.update("some-user", { name: "Some User Application" }),
      {
        path: `${P}/some-user`,
        body: { name: "Some User Application" },
      },
    ));
  it("patch", () =>
    expectOperation(
      server,
      "application.patch",
      () => octohooks.application.patch("app_1", { metadata: { tier: "gold" } }),
      {
        path: `${P}/app_1`,
        body: { metadata: { tier: "gold" } },
      },
    ));
  it("delete", () =>
    expectOperation(server, "application.delete", () => octohooks.application.delete("app_1"), {
      path: `${P}/app_1`,
    }));
});

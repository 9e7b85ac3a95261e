import { describe, it } from "vitest";
import { Octohooks } from "../../src/index.js";
import { BASE, useMswServer } from "../helpers/mswServer.js";
import { expectOperation } from "../helpers/specMsw.js";

const server = useMswServer();
const octohooks = new Octohooks("tok", { serverUrl: BASE, maxRetries: 0 });
const P = "/api/v1/app/app_1/endpoint";
const E = `${P}/my%20ep`;
const since = new Date("2026-01-01T00:00:00.000Z");

describe("endpoint", () => {
  it("list", () =>
    expectOperation(server, "endpoint.list", () => octohooks.endpoint.list("app_1", { limit: 5 }), {
      path: P,
      query: { limit: "5" },
    }));
  it("create (the seed's call)", () => {
    const body = {
      channels: [],
      enabled: true,
      eventTypes: ["customer.created"],
      headers: {},
      name: "My main endpoint",
      uid: "my-main-endpoint",
      url: "https://api.example.com/octohooks-webhooks",
    };
    return expectOperation(server, "endpoint.create", () => octohooks.endpoint.create("app_1", body), {
      path: P,
      body,
    });
  });
  it("get", () =>
    expectOperation(server, "endpoint.get", () => octohooks.endpoint.get("app_1", "my ep"), { path: E }));
  it("update", () =>
    expectOperation(
      server,
      "endpoint.update",
      () => octohooks.endpoint.update("app_1", "my ep", { url: "https://x.test/h" }),
      {
        path: E,
        body: { url: "https://x.test/h" },
      },
    ));
  it("patch", () =>
    expectOperation(
      server,
      "endpoint.patch",
      () => octohooks.endpoint.patch("app_1", "my ep", { enabled: false }),
      {
        path: E,
        body: { enabled: false },
      },
    ));
  it("delete", () =>
    expectOperation(server, "endpoint.delete", () => octohooks.endpoint.delete("app_1", "my ep"), {
      path: E,
    }));
  it("getSecret", () =>
    expectOperation(server, "endpoint.getSecret", () => octohooks.endpoint.getSecret("app_1", "my ep"), {
      path: `${E}/secret`,
    }));
  it("rotateSecret sends {} without a key", () =>
    expectOperation(
      server,
      "endpoint.rotateSecret",
      () => octohooks.endpoint.rotateSecret("app_1", "my ep"),
      {
        path: `${E}/secret/rotate`,
        body: {},
      },
    ));
  it("getHeaders", () =>
    expectOperation(server, "endpoint.getHeaders", () => octohooks.endpoint.getHeaders("app_1", "my ep"), {
      path: `${E}/headers`,
    }));
  it("updateHeaders", () =>
    expectOperation(
      server,
      "endpoint.updateHeaders",
      () => octohooks.endpoint.updateHeaders("app_1", "my ep", { headers: { "x-partner": "p1" } }),
      { path: `${E}/headers`, body: { headers: { "x-partner": "p1" } } },
    ));
  it("patchHeaders", () =>
    expectOperation(
      server,
      "endpoint.patchHeaders",
      () => octohooks.endpoint.patchHeaders("app_1", "my ep", { headers: { "x-old": null, "x-new": "v" } }),
      { path: `${E}/headers`, body: { headers: { "x-old": null, "x-new": "v" } } },
    ));
  it("recover", () =>
    expectOperation(
      server,
      "endpoint.recover",
      () => octohooks.endpoint.recover("app_1", "my ep", { since: since.toISOString() }),
      {
        path: `${E}/recover`,
        body: { since: "2026-01-01T00:00:00.000Z" },
      },
    ));
  it("replayMissing", () =>
    expectOperation(
      server,
      "endpoint.replayMissing",
      () => octohooks.endpoint.replayMissing("app_1", "my ep", { since: "2026-01-01T00:00:00Z" }),
      { path: `${E}/replay-missing`, body: { since: "2026-01-01T00:00:00Z" } },
    ));
  it("getStats with a Date", () =>
    expectOperation(
      server,
      "endpoint.getStats",
      () => octohooks.endpoint.getStats("app_1", "my ep", { since }),
      {
        path: `${E}/stats`,
        query: { since: "2026-01-01T00:00:00.000Z" },
      },
    ));
  it("sendExample", () =>
    expectOperation(
      server,
      "endpoint.sendExample",
      () => octohooks.endpoint.sendExample("app_1", "my ep", { eventType: "customer.created" }),
      { path: `${E}/send-example`, body: { eventType: "customer.created" } },
    ));
});

// The contract layer: Ajv's errors as the API's 422 issues, the hand-written rules, date parsing.
import { describe, expect, it } from "vitest";
import {
  checkInput,
  deeperThan,
  headerIssues,
  issuesFrom,
  MAX_HEADER_BYTES,
  toMillis,
} from "../../src/mock/requestInput.js";

const input = (body: unknown, search = "", params: Record<string, string> = { app_id: "app" }) => ({
  params,
  search: new URLSearchParams(search),
  body,
});

describe("checkInput", () => {
  it("reads the query with the spec's types and defaults", () => {
    const checked = checkInput("message.list", input(undefined, "limit=7&event_types=a&event_types=b"));
    expect(checked).toEqual({
      body: undefined,
      query: { limit: 7, order: "descending", event_types: ["a", "b"], with_content: true },
    });
  });

  it("fills a body's defaults from the spec", () => {
    const checked = checkInput(
      "endpoint.update",
      input({ url: "https://e.example/x" }, "", { app_id: "a", endpoint_id: "e" }),
    );
    expect(checked).toMatchObject({
      body: { url: "https://e.example/x", enabled: true, description: "", version: 1 },
    });
  });

  it("reports path, query and body problems together, one per place", () => {
    const checked = checkInput(
      "message.create",
      input({ payload: [], uid: 5, x: 1 }, "with_content=maybe", { app_id: "a b" }),
    );
    expect("issues" in checked && checked.issues.map((i) => `${i.loc.join(".")}:${i.type}`).sort()).toEqual([
      "body.eventType:missing",
      "body.payload:dict_type",
      "body.uid:string_type",
      "body.x:extra_forbidden",
      "path.app_id:string_pattern_mismatch",
      "query.with_content:bool_type",
    ]);
  });

  it("needs a body where the spec requires one", () => {
    expect(checkInput("application.create", input(undefined))).toEqual({
      issues: [{ loc: ["body"], msg: "A JSON body is required.", type: "missing" }],
    });
  });
});

describe("issuesFrom", () => {
  it("points missing and unknown properties at the property, and skips what anyOf wraps", () => {
    const issues = issuesFrom(
      [
        { instancePath: "", keyword: "required", params: { missingProperty: "url" } },
        { instancePath: "/a~1b", keyword: "additionalProperties", params: { additionalProperty: "c" } },
        { instancePath: "/uid", keyword: "type", params: { type: "null" } },
        { instancePath: "/uid", keyword: "anyOf", params: {} },
      ],
      "body",
    );
    expect(issues.map((i) => [i.loc, i.type])).toEqual([
      [["body", "url"], "missing"],
      [["body", "a/b", "c"], "extra_forbidden"],
    ]);
  });
});

describe("hand-written rules", () => {
  it("measures depth without recursion, so a deep value cannot overflow the stack", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(deeperThan(deep, 64)).toBe(true);
    expect(deeperThan({ a: { b: {} } }, 3)).toBe(false);
    expect(deeperThan({ a: { b: {} } }, 2)).toBe(true);
  });

  it("refuses reserved header names in any case and more than 8 KiB in all; null removes count for nothing", () => {
    expect(headerIssues({ "Webhook-Signature": "x" }, ["body", "headers"])[0]?.loc).toEqual([
      "body",
      "headers",
      "Webhook-Signature",
    ]);
    const half = "v".repeat(MAX_HEADER_BYTES / 2);
    expect(headerIssues({ a: half, b: half }, ["h"])).toMatchObject([{ loc: ["h"], type: "too_long" }]);
    expect(headerIssues({ a: half, b: null }, ["h"])).toEqual([]);
  });
});

describe("toMillis", () => {
  it("reads RFC 3339, with offsets and a leap second", () => {
    expect(toMillis("2024-05-01T12:00:00Z")).toBe(Date.UTC(2024, 4, 1, 12));
    expect(toMillis("2024-05-01T14:00:00+02:00")).toBe(Date.UTC(2024, 4, 1, 12));
    expect(toMillis("2016-12-31T23:59:60Z")).toBe(Date.UTC(2017, 0, 1));
    expect(toMillis("2016-12-31T23:59:60.5Z")).toBe(Date.UTC(2017, 0, 1) + 500);
  });
});

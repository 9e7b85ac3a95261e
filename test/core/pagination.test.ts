import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import {
  APIPromise,
  type ListResponse,
  Octohooks,
  Page,
  PagePromise,
  UnexpectedResponseError,
} from "../../src/index.js";
import { BASE, useMswServer } from "../helpers/mswServer.js";

const server = useMswServer();
const octohooks = new Octohooks("tok", { serverUrl: BASE, maxRetries: 0 });

function msg(n: number) {
  return {
    id: `msg_${n}`,
    uid: null,
    eventType: "a.b",
    payload: {},
    channels: null,
    timestamp: "2026-01-01T00:00:00Z",
  };
}

/** Three pages of two messages behind iterators "p2" and "p3"; records each page request's query. */
function threePages() {
  const seen: Array<Record<string, string | string[]>> = [];
  const pages: Record<
    string,
    { data: unknown[]; iterator: string | null; prevIterator: string | null; done: boolean }
  > = {
    "": { data: [msg(1), msg(2)], iterator: "p2", prevIterator: null, done: false },
    p2: { data: [msg(3), msg(4)], iterator: "p3", prevIterator: "p1", done: false },
    p3: { data: [msg(5), msg(6)], iterator: null, prevIterator: "p2", done: true },
  };
  server.use(
    http.get(`${BASE}/api/v1/app/:app/msg`, ({ request }) => {
      const url = new URL(request.url);
      const query: Record<string, string | string[]> = {};
      for (const key of new Set(url.searchParams.keys())) {
        const all = url.searchParams.getAll(key);
        query[key] = all.length > 1 ? all : (all[0] as string);
      }
      seen.push(query);
      return HttpResponse.json(pages[url.searchParams.get("iterator") ?? ""]);
    }),
  );
  return seen;
}

describe("pagination", () => {
  it("awaits to the first page with hasNextPage/getNextPage", async () => {
    const seen = threePages();
    const first = await octohooks.message.list("app_1", { limit: 2 });
    expect(first).toBeInstanceOf(Page);
    expect(first.data.map((m) => m.id)).toEqual(["msg_1", "msg_2"]);
    expect(first.hasNextPage()).toBe(true);
    const second = await first.getNextPage();
    const third = await second.getNextPage();
    expect(third.data.map((m) => m.id)).toEqual(["msg_5", "msg_6"]);
    expect(third.hasNextPage()).toBe(false);
    await expect(third.getNextPage()).rejects.toThrow(
      new RangeError("this is the last page; check hasNextPage() first"),
    );
    expect(seen.map((q) => q.iterator)).toEqual([undefined, "p2", "p3"]);
    expect(seen.every((q) => q.limit === "2")).toBe(true);
  });

  it("iterates every item of every page, fetching each page only when needed", async () => {
    const seen = threePages();
    const list = octohooks.message.list("app_1", { limit: 2, eventTypes: ["a.b", "c.d"] });
    expect(seen).toHaveLength(0);
    const ids: string[] = [];
    for await (const message of list) {
      ids.push(message.id);
      expect(seen).toHaveLength(Math.ceil(ids.length / 2));
    }
    expect(ids).toEqual(["msg_1", "msg_2", "msg_3", "msg_4", "msg_5", "msg_6"]);
    expect(seen[0]?.event_types).toEqual(["a.b", "c.d"]);
  });

  it("stops fetching when the loop breaks early", async () => {
    const seen = threePages();
    for await (const message of octohooks.message.list("app_1")) {
      if (message.id === "msg_1") break;
    }
    expect(seen).toHaveLength(1);
  });

  it("sends Date filters as RFC 3339", async () => {
    const seen = threePages();
    await octohooks.message.list("app_1", {
      before: new Date("2026-02-03T04:05:06.000Z"),
      after: "2026-01-01T00:00:00Z",
    });
    expect(seen[0]?.before).toBe("2026-02-03T04:05:06.000Z");
    expect(seen[0]?.after).toBe("2026-01-01T00:00:00Z");
  });

  it("iterPages() yields each page with its envelope, from a list or from a page", async () => {
    threePages();
    const pages: Array<{ ids: string[]; iterator: string | null }> = [];
    for await (const page of octohooks.message.list("app_1").iterPages()) {
      pages.push({ ids: page.data.map((m) => m.id), iterator: page.iterator });
    }
    expect(pages).toEqual([
      { ids: ["msg_1", "msg_2"], iterator: "p2" },
      { ids: ["msg_3", "msg_4"], iterator: "p3" },
      { ids: ["msg_5", "msg_6"], iterator: null },
    ]);
    const first = await octohooks.message.list("app_1");
    let count = 0;
    for await (const _ of first.iterPages()) count++;
    expect(count).toBe(3);
  });

  it("withResponse() on a list gives the first page and its request ID", async () => {
    server.use(
      http.get(`${BASE}/api/v1/app`, () =>
        HttpResponse.json(
          { data: [], iterator: null, prevIterator: null, done: true },
          { headers: { "x-request-id": "req_list" } },
        ),
      ),
    );
    const { data, requestId, response } = await octohooks.application.list().withResponse();
    expect(data).toBeInstanceOf(Page);
    expect(requestId).toBe("req_list");
    expect(response.status).toBe(200);
  });

  it.each([
    ["null", null],
    ["{}", {}],
    ['{ data: "x" }', { data: "x" }],
  ])("a list answer of %s is an UnexpectedResponseError, not a raw TypeError", async (_, body) => {
    server.use(
      http.get(`${BASE}/api/v1/app`, () =>
        HttpResponse.json(body, { headers: { "x-request-id": "req_bad" } }),
      ),
    );
    const error = await octohooks.application.list().catch((e) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error.requestId).toBe("req_bad");
    const loop = async () => {
      for await (const _ of octohooks.application.list());
    };
    await expect(loop()).rejects.toBeInstanceOf(UnexpectedResponseError);
  });

  it.each([
    ["the cursor it was given", (cursor: string) => cursor],
    ["a cursor of two pages back", (cursor: string) => (cursor === "b" ? "a" : "b")],
  ])("a server that answers %s stops for await with a typed error", async (_, next) => {
    let requests = 0;
    server.use(
      http.get(`${BASE}/api/v1/app`, ({ request }) => {
        requests++;
        const cursor = new URL(request.url).searchParams.get("iterator") ?? "a";
        return HttpResponse.json({ data: [{}], iterator: next(cursor), prevIterator: null, done: false });
      }),
    );
    const loop = async () => {
      for await (const _ of octohooks.application.list());
    };
    await expect(loop()).rejects.toThrow(UnexpectedResponseError);
    expect(requests).toBeLessThan(5);
  });
});

type Body = { data: number[]; iterator?: string | null; prevIterator?: string | null; done?: unknown };

/** A fetcher over in-memory pages keyed by cursor ("" for the first); records the cursors asked for. */
function pagesFetcher(pages: Record<string, Body>, requestId = "req_page") {
  const asked: Array<string | undefined> = [];
  const fetchPage = (iterator: string | undefined) => {
    asked.push(iterator);
    const data = pages[iterator ?? ""] as ListResponse<number>;
    return new APIPromise(
      Promise.resolve({
        data,
        response: { status: 200, headers: new Headers() },
        requestId,
        idempotencyReplayed: false,
      }),
    );
  };
  return { fetchPage, asked };
}

describe("Page", () => {
  const noFetch = () => {
    throw new Error("no page should be fetched");
  };

  it("reads a missing iterator as null and only done: true as the last page", () => {
    const page = new Page({ data: [1], done: "yes" } as unknown as ListResponse<number>, noFetch);
    expect(page.iterator).toBeNull();
    expect(page.prevIterator).toBeNull();
    expect(page.done).toBe(false);
    expect(page.hasNextPage()).toBe(false);
    const last = new Page({ data: [1], iterator: "n", prevIterator: "p", done: true }, noFetch);
    expect(last.done).toBe(true);
    expect(last.prevIterator).toBe("p");
    expect(last.hasNextPage()).toBe(false);
  });

  it("has a next page only with a non-empty cursor and not done", () => {
    const page = (iterator: string | null, done: boolean) =>
      new Page({ data: [], iterator, prevIterator: null, done }, noFetch).hasNextPage();
    expect(page("n", false)).toBe(true);
    expect(page("", false)).toBe(false);
    expect(page(null, false)).toBe(false);
    expect(page("n", true)).toBe(false);
  });

  it("names the request of an answer that is no page, and says nothing of one it does not have", () => {
    const bad = { data: "x" } as unknown as ListResponse<number>;
    const named = (() => {
      try {
        new Page(bad, noFetch, "req_9");
      } catch (error) {
        return error as UnexpectedResponseError;
      }
    })();
    expect(named).toBeInstanceOf(UnexpectedResponseError);
    expect(named?.requestId).toBe("req_9");
    expect(named?.message).toBe("the list answer is not a page: it has no `data` array (request req_9)");
    expect(() => new Page(bad, noFetch)).toThrow(
      new UnexpectedResponseError("the list answer is not a page: it has no `data` array"),
    );
  });

  it("getNextPage() refuses a server that hands back the cursor it was given", async () => {
    const { fetchPage } = pagesFetcher({ n: { data: [2], iterator: "n", done: false } });
    const first = new Page({ data: [1], iterator: "n", prevIterator: null, done: false }, fetchPage);
    await expect(first.getNextPage()).rejects.toThrow(
      new UnexpectedResponseError(
        'the server gave the page cursor "n" twice; stopped rather than loop for ever',
      ),
    );
  });

  it("getNextPage() accepts the same cursor on a last page", async () => {
    const { fetchPage, asked } = pagesFetcher({ n: { data: [2], iterator: "n", done: true } });
    const first = new Page({ data: [1], iterator: "n", prevIterator: null, done: false }, fetchPage);
    const next = await first.getNextPage();
    expect(next.data).toEqual([2]);
    expect(asked).toEqual(["n"]);
  });

  it("quotes at most 64 characters of a repeated cursor", async () => {
    const long = "c".repeat(100);
    const { fetchPage } = pagesFetcher({ [long]: { data: [], iterator: long, done: false } });
    const first = new Page({ data: [], iterator: long, prevIterator: null, done: false }, fetchPage);
    const error = (await first.getNextPage().catch((e: unknown) => e)) as Error;
    expect(error.message).toBe(
      `the server gave the page cursor "${"c".repeat(64)}" twice; stopped rather than loop for ever`,
    );
  });
});

describe("PagePromise", () => {
  const pages = {
    "": { data: [1, 2], iterator: "b", prevIterator: null, done: false },
    b: { data: [3], iterator: "c", prevIterator: "", done: false },
    c: { data: [4], iterator: null, prevIterator: "b", done: true },
  };

  it("fetches its first page once, however it is awaited", async () => {
    const { fetchPage, asked } = pagesFetcher(pages);
    const list = new PagePromise(fetchPage);
    expect(Object.prototype.toString.call(list)).toBe("[object PagePromise]");
    expect(asked).toEqual([]);
    const [a, b, c] = await Promise.all([list, list.withResponse(), list.catch(() => undefined)]);
    expect(a?.data).toEqual([1, 2]);
    expect(b.data).toBe(a);
    expect(b.requestId).toBe("req_page");
    expect(c).toBe(a);
    let ran = false;
    expect(await list.finally(() => (ran = true))).toBe(a);
    expect(ran).toBe(true);
    expect(asked).toEqual([undefined]);
  });

  it("starts at the cursor it was given and walks every item and page after it", async () => {
    const { fetchPage, asked } = pagesFetcher(pages);
    const items: number[] = [];
    for await (const item of new PagePromise(fetchPage, "b")) items.push(item);
    expect(items).toEqual([3, 4]);
    expect(asked).toEqual(["b", "c"]);
    const seen: number[][] = [];
    for await (const page of new PagePromise(fetchPage).iterPages()) seen.push(page.data);
    expect(seen).toEqual([[1, 2], [3], [4]]);
  });

  it("rejects through then, catch and finally alike", async () => {
    const failing = () => new APIPromise<ListResponse<number>>(Promise.reject(new RangeError("down")));
    const list = new PagePromise(failing);
    await expect(list).rejects.toThrow(RangeError);
    await expect(list.catch((e: Error) => e.message)).resolves.toBe("down");
    await expect(list.finally(() => undefined)).rejects.toThrow(RangeError);
  });
});

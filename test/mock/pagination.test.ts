import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, paginate } from "../../src/mock/pagination.js";
import { type MockHarness, startMock } from "./helpers.js";

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ seq: i + 1 }));
const seqs = (page: { data: { seq: number }[] }) => page.data.map((i) => i.seq);

describe("paginate", () => {
  it("walks forward and back in both orders", () => {
    const list = items(5);
    const p1 = paginate(list, { limit: 2, order: "ascending" });
    expect(seqs(p1)).toEqual([1, 2]);
    expect(p1.done).toBe(false);
    const p2 = paginate(list, { limit: 2, order: "ascending", cursor: decodeCursor(p1.iterator as string) });
    expect(seqs(p2)).toEqual([3, 4]);
    const p3 = paginate(list, { limit: 2, order: "ascending", cursor: decodeCursor(p2.iterator as string) });
    expect(seqs(p3)).toEqual([5]);
    expect(p3.done).toBe(true);
    const back = paginate(list, {
      limit: 2,
      order: "ascending",
      cursor: decodeCursor(p3.prevIterator as string),
    });
    expect(seqs(back)).toEqual([3, 4]);
    expect(back.done).toBe(false);
    const d1 = paginate(list, { limit: 3, order: "descending" });
    expect(seqs(d1)).toEqual([5, 4, 3]);
    const d2 = paginate(list, { limit: 3, order: "descending", cursor: decodeCursor(d1.iterator as string) });
    expect(seqs(d2)).toEqual([2, 1]);
    expect(d2.done).toBe(true);
    const dBack = paginate(list, {
      limit: 3,
      order: "descending",
      cursor: decodeCursor(d2.prevIterator as string),
    });
    expect(seqs(dBack)).toEqual([5, 4, 3]);
  });

  it("applies filters and reports an empty list as done", () => {
    const odd = paginate(items(9), { limit: 2, order: "ascending" }, (i) => i.seq % 2 === 1);
    expect(seqs(odd)).toEqual([1, 3]);
    expect(paginate([], { limit: 5, order: "ascending" })).toEqual({
      data: [],
      iterator: null,
      prevIterator: null,
      done: true,
    });
  });

  it("rejects cursors it did not make", () => {
    expect(decodeCursor("garbage!")).toBeUndefined();
    expect(decodeCursor(Buffer.from("x12").toString("base64url"))).toBeUndefined();
    expect(decodeCursor(encodeCursor({ direction: "prev", seq: 42 }))).toEqual({
      direction: "prev",
      seq: 42,
    });
  });
});

describe("list pagination over the API", () => {
  let h: MockHarness;
  beforeEach(async () => {
    h = await startMock();
  });
  afterEach(() => h.close());

  async function readAll(path: string, limit: number): Promise<string[]> {
    const names: string[] = [];
    let iterator: string | null = null;
    for (let page = 0; page < 20; page++) {
      const query: string = iterator ? `&iterator=${iterator}` : "";
      const res = await h.api("GET", `${path}?limit=${limit}${query}`);
      names.push(...res.body.data.map((a: { name: string }) => a.name));
      if (res.body.done) return names;
      iterator = res.body.iterator;
    }
    throw new Error("did not finish");
  }

  it("reads every application over several pages, in both orders", async () => {
    for (let i = 0; i < 7; i++) await h.api("POST", "/api/v1/app", { body: { name: `a${i}` } });
    expect(await readAll("/api/v1/app", 3)).toEqual(["a0", "a1", "a2", "a3", "a4", "a5", "a6"]);
    const desc = await h.api("GET", "/api/v1/app?limit=3&order=descending");
    expect(desc.body.data.map((a: { name: string }) => a.name)).toEqual(["a6", "a5", "a4"]);
  });

  it("stays stable while items are inserted between pages", async () => {
    for (let i = 0; i < 4; i++) await h.api("POST", "/api/v1/app", { body: { name: `a${i}` } });
    const first = await h.api("GET", "/api/v1/app?limit=2&order=descending");
    await h.api("POST", "/api/v1/app", { body: { name: "new" } });
    const second = await h.api("GET", `/api/v1/app?limit=2&order=descending&iterator=${first.body.iterator}`);
    expect(second.body.data.map((a: { name: string }) => a.name)).toEqual(["a1", "a0"]);
    // Ascending readers see the insert at the end, exactly once.
    expect(await readAll("/api/v1/app", 2)).toEqual(["a0", "a1", "a2", "a3", "new"]);
  });

  it("422s a bad limit, order or iterator", async () => {
    for (const [query, loc] of [
      ["limit=0", "limit"],
      ["limit=251", "limit"],
      ["limit=-3", "limit"],
      ["limit=99999999999999999999", "limit"],
      ["limit=abc", "limit"],
      ["order=sideways", "order"],
      ["iterator=not-a-cursor!", "iterator"],
    ]) {
      const res = await h.api("GET", `/api/v1/app?${query}`);
      expect(res.status, query).toBe(422);
      expect(res.body.detail[0].loc).toEqual(["query", loc]);
    }
  });
});

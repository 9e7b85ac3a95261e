import { describe, expect, it } from "vitest";
import { decodeCursor, paginate } from "../../src/mock/pagination.js";
import { SeqList } from "../../src/mock/seqList.js";

function listOf(n: number): { list: SeqList<{ seq: number }>; items: { seq: number }[] } {
  const list = new SeqList<{ seq: number }>();
  const items = Array.from({ length: n }, (_, i) => ({ seq: i + 1 }));
  for (const item of items) list.push(item);
  return { list, items };
}

const seqs = (list: SeqList<{ seq: number }>) => [...list].map((i) => i.seq);

describe("SeqList", () => {
  it("reads by index from either end, iterates in order and copies", () => {
    const { list } = listOf(5);
    expect(list.length).toBe(5);
    expect([list.at(0)?.seq, list.at(4)?.seq, list.at(-1)?.seq, list.at(5), list.at(-6)]).toEqual([
      1,
      5,
      5,
      undefined,
      undefined,
    ]);
    expect(seqs(list)).toEqual([1, 2, 3, 4, 5]);
    expect(list.filter((i) => i.seq % 2 === 0).map((i) => i.seq)).toEqual([2, 4]);
    expect(list.toArray().map((i) => i.seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it("removes from the front, near the front, near the back, and only what is there", () => {
    const { list, items } = listOf(10);
    expect(list.remove(items[0] as { seq: number })).toBe(true);
    expect(list.remove(items[2] as { seq: number })).toBe(true);
    expect(list.remove(items[8] as { seq: number })).toBe(true);
    expect(list.remove(items[0] as { seq: number })).toBe(false);
    // Same seq, another object: not the item stored.
    expect(list.remove({ seq: 2 })).toBe(false);
    expect(seqs(list)).toEqual([2, 4, 5, 6, 7, 8, 10]);
    expect(list.at(0)?.seq).toBe(2);
  });

  it("stays in order through compactions of a long dead front", () => {
    const { list, items } = listOf(1_000);
    for (const item of items.slice(0, 900)) expect(list.remove(item)).toBe(true);
    for (let seq = 1_001; seq <= 1_100; seq++) list.push({ seq });
    expect(list.length).toBe(200);
    expect(seqs(list)).toEqual(Array.from({ length: 200 }, (_, i) => 901 + i));
  });

  it("pages like an array", () => {
    const { list, items } = listOf(7);
    list.remove(items[0] as { seq: number });
    const first = paginate(list, { limit: 3, order: "descending" });
    expect(first.data.map((i) => i.seq)).toEqual([7, 6, 5]);
    const next = paginate(list, {
      limit: 3,
      order: "descending",
      cursor: decodeCursor(first.iterator as string),
    });
    expect(next.data.map((i) => i.seq)).toEqual([4, 3, 2]);
  });
});

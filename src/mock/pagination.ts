/**
 * Ordered collections and cursor pagination. Every stored entity carries a `seq` that only grows,
 * and a cursor is "strictly after (or before) seq N in this order", so pages stay stable while
 * items are inserted or deleted: nothing is skipped or repeated.
 *
 * @module
 */

/** Anything kept in a list sorted by `seq`. */
export interface Sequenced {
  readonly seq: number;
}

/** Read access to a list sorted by `seq`: an array, or a `SeqList`. */
export interface SeqView<T> {
  readonly length: number;
  /** The item at `index` (0 ≤ index < length). */
  at(index: number): T | undefined;
}

/** Sort order of a list. */
export type Order = "ascending" | "descending";

/** A position in a list: the page after (`next`) or before (`prev`) the item with `seq`. */
export interface Cursor {
  readonly seq: number;
  readonly direction: "next" | "prev";
}

/** What one list request asks for. */
export interface PageRequest {
  readonly limit: number;
  readonly order: Order;
  readonly cursor?: Cursor | undefined;
}

/** One page, shaped like the API's `ListResponse*`. */
export interface Page<T> {
  data: T[];
  iterator: string | null;
  prevIterator: string | null;
  done: boolean;
}

/** Encodes a cursor as an opaque string. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.direction === "next" ? "n" : "p"}${cursor.seq}`).toString("base64url");
}

/** Decodes a cursor made by {@link encodeCursor}; `undefined` for anything else. */
export function decodeCursor(text: string): Cursor | undefined {
  if (!/^[A-Za-z0-9_-]{1,32}$/.test(text)) return undefined;
  const match = /^([np])(\d{1,15})$/.exec(Buffer.from(text, "base64url").toString("latin1"));
  if (!match) return undefined;
  return { direction: match[1] === "n" ? "next" : "prev", seq: Number(match[2]) };
}

/** Index of the first item of `items` (sorted by seq) whose seq is greater than `seq`. */
export function indexAfter(items: SeqView<Sequenced>, seq: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((items.at(mid) as Sequenced).seq <= seq) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Removes `item` from `items` (sorted by seq) in O(log n) search; a no-op when it is not there. */
export function removeBySeq<T extends Sequenced>(items: T[], item: T): void {
  const index = indexAfter(items, item.seq - 1);
  if (items[index]?.seq === item.seq) items.splice(index, 1);
}

/** Reads one page of `list` (sorted by ascending seq) in the requested order, keeping only items that pass `filter`. */
export function paginate<T extends Sequenced>(
  list: SeqView<T>,
  request: PageRequest,
  filter: (item: T) => boolean = () => true,
): Page<T> {
  const forward = request.order === "ascending" ? 1 : -1;
  const { cursor } = request;
  const backwards = cursor?.direction === "prev";
  const step = backwards ? -forward : forward;
  const start = cursor ? firstIndexBeyond(list, cursor.seq, step) : forward === 1 ? 0 : list.length - 1;
  const found = collect(list, start, step, request.limit + 1, filter);
  const more = found.length > request.limit;
  const data = found.slice(0, request.limit);
  if (backwards) data.reverse();
  const first = data[0];
  const last = data[data.length - 1];
  if (!first || !last) return emptyPage(cursor, forward);
  const done = backwards
    ? !hasMatch(list, firstIndexBeyond(list, last.seq, forward), forward, filter)
    : !more;
  return {
    data,
    iterator: encodeCursor({ direction: "next", seq: last.seq }),
    prevIterator: encodeCursor({ direction: "prev", seq: first.seq }),
    done,
  };
}

/** An empty page: its cursors point back at the boundary so a later read sees new items. */
function emptyPage<T>(cursor: Cursor | undefined, forward: number): Page<T> {
  if (!cursor) return { data: [], iterator: null, prevIterator: null, done: true };
  // Shift by one so the item at the boundary itself is included when read from the other side.
  const iterator =
    cursor.direction === "next" ? cursor : { direction: "next" as const, seq: cursor.seq - forward };
  const prevIterator =
    cursor.direction === "next" ? { direction: "prev" as const, seq: cursor.seq + forward } : null;
  return {
    data: [],
    iterator: encodeCursor(iterator),
    prevIterator: prevIterator && encodeCursor(prevIterator),
    done: cursor.direction === "next",
  };
}

/** Index of the first item past `seq` when walking with `step` (+1 up, -1 down). */
function firstIndexBeyond<T extends Sequenced>(list: SeqView<T>, seq: number, step: number): number {
  return step === 1 ? indexAfter(list, seq) : indexAfter(list, seq - 1) - 1;
}

function collect<T extends Sequenced>(
  list: SeqView<T>,
  start: number,
  step: number,
  max: number,
  filter: (item: T) => boolean,
): T[] {
  const out: T[] = [];
  for (let i = start; i >= 0 && i < list.length && out.length < max; i += step) {
    const item = list.at(i) as T;
    if (filter(item)) out.push(item);
  }
  return out;
}

function hasMatch<T extends Sequenced>(
  list: SeqView<T>,
  start: number,
  step: number,
  filter: (item: T) => boolean,
): boolean {
  return collect(list, start, step, 1, filter).length > 0;
}

/**
 * A list sorted by `seq` that also forgets its oldest items cheaply: the long histories (an
 * application's messages, an endpoint's deliveries and attempts) lose their front on every eviction,
 * and a plain array would move every remaining item each time.
 *
 * @module
 */
import { indexAfter, type Sequenced } from "./pagination.js";

/** Dead slots at the front tolerated before they are compacted away. */
const MIN_COMPACT = 32;

/**
 * Items sorted by ascending `seq`, appended at the end. Removing the first item is O(1) (amortized),
 * removing one near the front costs its distance from the front, anything else a splice.
 */
export class SeqList<T extends Sequenced> implements Iterable<T> {
  #items: (T | undefined)[] = [];
  /** Index in `#items` of the first live item; the slots before it are dead. */
  #head = 0;

  /** Number of items. */
  get length(): number {
    return this.#items.length - this.#head;
  }

  /** The item at `index` (negative counts from the end, like `Array.prototype.at`). */
  at(index: number): T | undefined {
    const i = index < 0 ? index + this.length : index;
    return i < 0 || i >= this.length ? undefined : this.#items[this.#head + i];
  }

  /** Appends an item; its `seq` must be greater than every other's. */
  push(item: T): void {
    this.#items.push(item);
  }

  /** Removes `item` (found by its `seq`); returns whether it was there. */
  remove(item: T): boolean {
    const index = indexAfter(this, item.seq - 1);
    if (this.at(index) !== item) return false;
    const items = this.#items;
    if (index < this.length / 2) {
      // Move the shorter side: the items before it step one slot towards the end.
      for (let i = this.#head + index; i > this.#head; i--) items[i] = items[i - 1];
      items[this.#head] = undefined;
      this.#head += 1;
      this.#compact();
    } else items.splice(this.#head + index, 1);
    return true;
  }

  /** The items that pass `keep`, in order, as an array. */
  filter(keep: (item: T) => boolean): T[] {
    const out: T[] = [];
    for (const item of this) if (keep(item)) out.push(item);
    return out;
  }

  /** A copy of the items as an array. */
  toArray(): T[] {
    return this.#items.slice(this.#head) as T[];
  }

  /** The items in order. */
  *[Symbol.iterator](): Iterator<T> {
    for (let i = this.#head; i < this.#items.length; i++) yield this.#items[i] as T;
  }

  /** Drops the dead front once it is as long as the live part: O(1) amortized per removal. */
  #compact(): void {
    if (this.#head < MIN_COMPACT || this.#head < this.length) return;
    this.#items.splice(0, this.#head);
    this.#head = 0;
  }
}

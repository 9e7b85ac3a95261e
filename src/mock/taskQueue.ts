/** Anything with a due time; ties keep insertion order. */
export interface Timed {
  dueAt: number;
}

interface Slot<T> {
  readonly item: T;
  readonly dueAt: number;
  readonly order: number;
}

/** A binary min-heap of items by due time: O(log n) push and pop, O(1) peek. */
export class TaskQueue<T extends Timed> {
  readonly #heap: Slot<T>[] = [];
  #order = 0;

  get size(): number {
    return this.#heap.length;
  }

  /** Due time of the earliest item, `undefined` when empty. */
  peekDueAt(): number | undefined {
    return this.#heap[0]?.dueAt;
  }

  push(item: T): void {
    this.#heap.push({ item, dueAt: item.dueAt, order: this.#order++ });
    this.#up(this.#heap.length - 1);
  }

  /** Removes and returns the earliest item if it is due at `now`. */
  popDue(now: number): T | undefined {
    const top = this.#heap[0];
    if (!top || top.dueAt > now) return undefined;
    const last = this.#heap.pop() as Slot<T>;
    if (this.#heap.length > 0) {
      this.#heap[0] = last;
      this.#down(0);
    }
    return top.item;
  }

  #less(a: number, b: number): boolean {
    const x = this.#heap[a] as Slot<T>;
    const y = this.#heap[b] as Slot<T>;
    return x.dueAt < y.dueAt || (x.dueAt === y.dueAt && x.order < y.order);
  }

  #swap(a: number, b: number): void {
    const heap = this.#heap;
    [heap[a], heap[b]] = [heap[b] as Slot<T>, heap[a] as Slot<T>];
  }

  #up(index: number): void {
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.#less(i, parent)) break;
      this.#swap(i, parent);
      i = parent;
    }
  }

  #down(index: number): void {
    let i = index;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < this.#heap.length && this.#less(left, smallest)) smallest = left;
      if (right < this.#heap.length && this.#less(right, smallest)) smallest = right;
      if (smallest === i) return;
      this.#swap(i, smallest);
      i = smallest;
    }
  }
}

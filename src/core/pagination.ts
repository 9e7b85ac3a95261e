/** The list envelope every list operation answers with. */
export interface ListResponse<T> {
  /** The items of this page. */
  data: T[];
  /** Cursor of the next page; `null` when there is none. */
  iterator: string | null;
  /** Cursor of the previous page; `null` when there is none. */
  prevIterator: string | null;
  /** `true` when this is the last page. */
  done: boolean;
}

/** Fetches the page that starts at `iterator` (`undefined` for the first page). */
export type PageFetcher<T> = (iterator: string | undefined) => Promise<ListResponse<T>>;

/**
 * One page of a list. Read `data` for its items, or iterate it with `for await` to walk every
 * item of this page and the pages after it, fetching each next page only when it is needed.
 */
export class Page<T> implements ListResponse<T>, AsyncIterable<T> {
  /** The items of this page. */
  readonly data: T[];
  /** Cursor of the next page; `null` when there is none. */
  readonly iterator: string | null;
  /** Cursor of the previous page; `null` when there is none. */
  readonly prevIterator: string | null;
  /** `true` when this is the last page. */
  readonly done: boolean;
  readonly #fetchPage: PageFetcher<T>;

  /** Wraps one list response; `fetchPage` fetches the pages after it. List methods build these. */
  constructor(body: ListResponse<T>, fetchPage: PageFetcher<T>) {
    this.data = body.data;
    this.iterator = body.iterator;
    this.prevIterator = body.prevIterator;
    this.done = body.done;
    this.#fetchPage = fetchPage;
  }

  /** Whether a page follows this one. */
  hasNextPage(): boolean {
    return !this.done && this.iterator !== null && this.iterator !== "";
  }

  /** Fetches the page after this one. Throws when {@link hasNextPage} is `false`. */
  async getNextPage(): Promise<Page<T>> {
    if (!this.hasNextPage()) throw new RangeError("this is the last page; check hasNextPage() first");
    return new Page(await this.#fetchPage(this.iterator as string), this.#fetchPage);
  }

  /** Every item from this page on, across all the pages after it. Holds one page at a time. */
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    let page: Page<T> = this;
    for (;;) {
      yield* page.data;
      if (!page.hasNextPage()) return;
      page = await page.getNextPage();
    }
  }
}

/**
 * What a list method returns: `await` it for the first {@link Page}, or `for await` it for
 * every item of every page. Nothing is requested until one of those happens.
 *
 * @example
 * ```ts
 * const first = await octohooks.message.list(appId, { limit: 100 });
 * for await (const message of octohooks.message.list(appId)) console.log(message.id);
 * ```
 */
export class PagePromise<T> implements Promise<Page<T>>, AsyncIterable<T> {
  /** So that a `PagePromise` passes wherever a `Promise` is expected. */
  readonly [Symbol.toStringTag] = "PagePromise";
  readonly #fetchPage: PageFetcher<T>;
  readonly #firstIterator: string | undefined;
  #first: Promise<Page<T>> | undefined;

  /** A lazy list starting at `firstIterator` (the first page when absent). List methods build these. */
  constructor(fetchPage: PageFetcher<T>, firstIterator?: string) {
    this.#fetchPage = fetchPage;
    this.#firstIterator = firstIterator;
  }

  #page(): Promise<Page<T>> {
    this.#first ??= this.#fetchPage(this.#firstIterator).then((body) => new Page(body, this.#fetchPage));
    return this.#first;
  }

  // biome-ignore lint/suspicious/noThenProperty: a PagePromise is meant to be awaited.
  then<R1 = Page<T>, R2 = never>(
    onFulfilled?: ((page: Page<T>) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#page().then(onFulfilled, onRejected);
  }

  /** Like `Promise.prototype.catch`. */
  catch<R = never>(onRejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<Page<T> | R> {
    return this.#page().catch(onRejected);
  }

  /** Like `Promise.prototype.finally`. */
  finally(onFinally?: (() => void) | null): Promise<Page<T>> {
    return this.#page().finally(onFinally);
  }

  /** Every item of every page, fetching pages lazily. */
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    yield* await this.#page();
  }
}

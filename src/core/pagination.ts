import type { APIPromise, ApiResult } from "./apiPromise.js";
import { UnexpectedResponseError } from "./errors.js";

/** The list envelope every list operation answers with. */
export interface ListResponse<T> {
  /** The items of this page. */
  data: T[];
  /** Cursor of the next page; `null` when there is none. Pass it back as the `iterator` option. */
  iterator: string | null;
  /** Cursor of the previous page; `null` when there is none. */
  prevIterator: string | null;
  /** `true` when this is the last page. */
  done: boolean;
}

/** Fetches the page that starts at `iterator` (`undefined` for the first page). */
export type PageFetcher<T> = (iterator: string | undefined) => APIPromise<ListResponse<T>>;

/**
 * One page of a list. Read `data` for its items, `iterPages()` for this page and each one after
 * it, or iterate it with `for await` to walk every item of this page and the pages after it,
 * fetching each next page only when it is needed.
 */
export class Page<T> implements ListResponse<T>, AsyncIterable<T> {
  /** The items of this page. */
  readonly data: T[];
  /** Cursor of the next page; `null` when there is none. Pass it back as the `iterator` option. */
  readonly iterator: string | null;
  /** Cursor of the previous page; `null` when there is none. */
  readonly prevIterator: string | null;
  /** `true` when this is the last page. */
  readonly done: boolean;
  readonly #fetchPage: PageFetcher<T>;

  /**
   * Wraps one list response; `fetchPage` fetches the pages after it. List methods build these.
   * @param requestId The `x-request-id` of the response, for the error when `body` is no page.
   * @throws UnexpectedResponseError when `body` is not a list page (no `data` array).
   */
  constructor(body: ListResponse<T>, fetchPage: PageFetcher<T>, requestId?: string) {
    const page = checkPage(body, requestId);
    this.data = page.data;
    this.iterator = page.iterator ?? null;
    this.prevIterator = page.prevIterator ?? null;
    this.done = page.done === true;
    this.#fetchPage = fetchPage;
  }

  /** Whether a page follows this one. */
  hasNextPage(): boolean {
    return !this.done && this.iterator !== null && this.iterator !== "";
  }

  /**
   * Fetches the page after this one. Throws `RangeError` when {@link hasNextPage} is `false`,
   * `UnexpectedResponseError` when the server hands back the cursor it was given.
   */
  async getNextPage(): Promise<Page<T>> {
    if (!this.hasNextPage()) throw new RangeError("this is the last page; check hasNextPage() first");
    const { data, requestId } = await this.#fetchPage(this.iterator as string).withResponse();
    const next = new Page(data, this.#fetchPage, requestId);
    if (next.hasNextPage() && next.iterator === this.iterator) throw repeatedCursor(next.iterator);
    return next;
  }

  /**
   * This page and every page after it, one at a time. Stops with `UnexpectedResponseError` when
   * the server gives a cursor it already gave, rather than looping for ever.
   */
  async *iterPages(): AsyncGenerator<Page<T>, void, undefined> {
    const seen = new Set<string>();
    let page: Page<T> = this;
    for (;;) {
      yield page;
      if (!page.hasNextPage()) return;
      const cursor = page.iterator as string;
      if (seen.has(cursor)) throw repeatedCursor(cursor);
      seen.add(cursor);
      page = await page.getNextPage();
    }
  }

  /** Every item from this page on, across all the pages after it. Holds one page at a time. */
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for await (const page of this.iterPages()) yield* page.data;
  }
}

function checkPage<T>(body: ListResponse<T>, requestId: string | undefined): ListResponse<T> {
  if (!body || typeof body !== "object" || !Array.isArray(body.data)) {
    const message = `the list answer is not a page: it has no \`data\` array${requestId ? ` (request ${requestId})` : ""}`;
    throw new UnexpectedResponseError(message, requestId ? { requestId } : {});
  }
  return body;
}

function repeatedCursor(cursor: string | null): UnexpectedResponseError {
  return new UnexpectedResponseError(
    `the server gave the page cursor ${JSON.stringify(String(cursor).slice(0, 64))} twice; stopped rather than loop for ever`,
  );
}

/**
 * What a list method returns: `await` it for the first {@link Page}, or `for await` it for
 * every item of every page. Nothing is requested until one of those happens.
 *
 * @example
 * ```ts
 * const first = await octohooks.message.list(appId, { limit: 100 });
 * for await (const message of octohooks.message.list(appId)) console.log(message.id);
 * for await (const page of octohooks.message.list(appId).iterPages()) console.log(page.data.length);
 * ```
 */
export class PagePromise<T> implements Promise<Page<T>>, AsyncIterable<T> {
  /** So that a `PagePromise` passes wherever a `Promise` is expected. */
  readonly [Symbol.toStringTag] = "PagePromise";
  readonly #fetchPage: PageFetcher<T>;
  readonly #firstIterator: string | undefined;
  #first: Promise<ApiResult<Page<T>>> | undefined;

  /** A lazy list starting at `firstIterator` (the first page when absent). List methods build these. */
  constructor(fetchPage: PageFetcher<T>, firstIterator?: string) {
    this.#fetchPage = fetchPage;
    this.#firstIterator = firstIterator;
  }

  /** The first page together with its response's status, headers and request ID. */
  withResponse(): Promise<ApiResult<Page<T>>> {
    this.#first ??= this.#fetchPage(this.#firstIterator)
      .withResponse()
      .then((result) => ({ ...result, data: new Page(result.data, this.#fetchPage, result.requestId) }));
    return this.#first;
  }

  #page(): Promise<Page<T>> {
    return this.withResponse().then((result) => result.data);
  }

  // biome-ignore lint/suspicious/noThenProperty: a PagePromise is meant to be awaited.
  then<R1 = Page<T>, R2 = never>(
    onFulfilled?: ((page: Page<T>) => R1 | PromiseLike<R1>) | null,
    // biome-ignore lint/suspicious/noExplicitAny: the same as Promise's own signature.
    onRejected?: ((reason: any) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#page().then(onFulfilled, onRejected);
  }

  /** Like `Promise.prototype.catch`. */
  // biome-ignore lint/suspicious/noExplicitAny: the same as Promise's own signature.
  catch<R = never>(onRejected?: ((reason: any) => R | PromiseLike<R>) | null): Promise<Page<T> | R> {
    return this.#page().catch(onRejected);
  }

  /** Like `Promise.prototype.finally`. */
  finally(onFinally?: (() => void) | null): Promise<Page<T>> {
    return this.#page().finally(onFinally);
  }

  /** Every page, from the first on, fetched one at a time (see {@link Page.iterPages}). */
  async *iterPages(): AsyncGenerator<Page<T>, void, undefined> {
    yield* (await this.#page()).iterPages();
  }

  /** Every item of every page, fetching pages lazily. */
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    yield* await this.#page();
  }
}

/**
 * Bounded message history: an environment keeps its most recent messages and forgets the oldest
 * ones whose deliveries are over, with their attempts and delivery records, so memory stays flat
 * however many messages a long run sends.
 *
 * @module
 */
import type { MessageRecord } from "./store.js";
import { TaskQueue } from "./taskQueue.js";

/** A message waiting in the eviction heap; the heap orders by `dueAt`, here the message's `seq`. */
interface Candidate {
  dueAt: number;
  readonly message: MessageRecord;
}

/**
 * The message history of one environment. Messages are counted as they are stored; a message
 * becomes a candidate for eviction once nothing of it is queued or in flight
 * (`MessageRecord.openDeliveries` is 0), and candidates go oldest first while the count is over
 * the limit. A message still in delivery is never evicted, so the count may exceed the limit while
 * that many are in delivery at once.
 */
export class MessageRetention {
  #count = 0;
  readonly #candidates = new TaskQueue<Candidate>();
  /** Messages in the heap, so a message going busy and idle again is not pushed twice. */
  readonly #queued = new Set<MessageRecord>();

  /** @param limit Messages kept at most (beyond those in delivery); `Infinity` keeps them all. */
  constructor(readonly limit: number) {}

  /** Messages of the environment currently kept. */
  get size(): number {
    return this.#count;
  }

  /** Counts a newly stored message, evicting older ones that are over when the limit is passed. */
  added(): void {
    this.#count += 1;
    this.#trim();
  }

  /** Makes a message whose deliveries are all over a candidate for eviction. */
  idle(message: MessageRecord): void {
    // Unbounded history never evicts: keep no heap at all.
    if (!Number.isFinite(this.limit) || this.#queued.has(message)) return;
    this.#queued.add(message);
    this.#candidates.push({ dueAt: message.seq, message });
    this.#trim();
  }

  #trim(): void {
    while (this.#count > this.limit) {
      const next = this.#candidates.popDue(Number.POSITIVE_INFINITY);
      if (!next) return;
      this.#queued.delete(next.message);
      // Busy again since it became a candidate (a resend, a recover): it comes back when idle.
      if (next.message.openDeliveries > 0) continue;
      evictMessage(next.message);
      this.#count -= 1;
    }
  }
}

/** Removes a message, its attempts and its delivery records from every list and index. */
export function evictMessage(message: MessageRecord): void {
  const { app } = message;
  app.messages.remove(message);
  app.messagesById.delete(message.id);
  if (message.uid !== null && app.messagesByUid.get(message.uid) === message)
    app.messagesByUid.delete(message.uid);
  for (const attempt of message.attempts) {
    app.attemptsById.delete(attempt.id);
    attempt.endpoint.attempts.remove(attempt);
  }
  for (const destination of message.destinations) destination.endpoint.destinations.remove(destination);
}

import { dateTime, INVALID, reject, type Schema, type ValidationIssue } from "./validation.js";

/**
 * Reads query parameters (always strings on the wire) into typed values, recording a 422 issue
 * with `loc: ["query", name]` for each one that does not parse. Absent parameters are `undefined`.
 */
export class QueryReader {
  constructor(
    private readonly params: URLSearchParams,
    private readonly issues: ValidationIssue[],
  ) {}

  /** A string checked by `schema`. */
  string<T>(name: string, schema: Schema<T>): T | undefined {
    const raw = this.params.get(name);
    if (raw === null) return undefined;
    const value = schema(raw, ["query", name], this.issues);
    return value === INVALID ? undefined : value;
  }

  /** An integer within bounds. */
  integer(name: string, min: number, max: number): number | undefined {
    const raw = this.params.get(name);
    if (raw === null) return undefined;
    const loc = ["query", name];
    if (!/^-?\d{1,16}$/.test(raw)) return this.#fail(loc, "int_type", "Input should be a valid integer.");
    const value = Number(raw);
    if (value < min)
      return this.#fail(loc, "greater_than_equal", `Input should be greater than or equal to ${min}.`);
    if (value > max)
      return this.#fail(loc, "less_than_equal", `Input should be less than or equal to ${max}.`);
    return value;
  }

  /** `true` or `false`. */
  boolean(name: string): boolean | undefined {
    const raw = this.params.get(name);
    if (raw === null) return undefined;
    if (raw === "true") return true;
    if (raw === "false") return false;
    return this.#fail(["query", name], "bool_type", "Input should be true or false.");
  }

  /** An RFC 3339 date-time, as epoch milliseconds. */
  dateTime(name: string): number | undefined {
    return this.string(name, dateTime);
  }

  /** A repeated parameter (`?a=x&a=y`), each value checked by `item`. */
  list<T>(name: string, item: Schema<T>, max: number): T[] | undefined {
    const raw = this.params.getAll(name);
    if (raw.length === 0) return undefined;
    if (raw.length > max)
      return this.#fail(["query", name], "too_long", `At most ${max} values are allowed.`);
    const out: T[] = [];
    for (const [i, value] of raw.entries()) {
      const checked = item(value, ["query", name, String(i)], this.issues);
      if (checked !== INVALID) out.push(checked);
    }
    return out.length === raw.length ? out : undefined;
  }

  #fail(loc: string[], type: string, msg: string): undefined {
    reject(this.issues, loc, type, msg);
    return undefined;
  }
}

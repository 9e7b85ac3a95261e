import { InvalidArgumentError } from "./errors.js";

/**
 * Checks an ID, UID or name before it goes into a path: a non-empty string that is not `.` or
 * `..` (which URLs would resolve as path segments) and is valid Unicode. The URL builder
 * percent-encodes the rest.
 */
export function pathId(value: unknown, what = "id"): string {
  if (typeof value !== "string" || value === "") {
    throw new InvalidArgumentError(`${what} must be a non-empty string, got ${describeValue(value)}`);
  }
  if (value === "." || value === "..") throw new InvalidArgumentError(`${what} cannot be "${value}"`);
  if (/\p{Cs}/u.test(value))
    throw new InvalidArgumentError(`${what} has a lone surrogate (not valid Unicode)`);
  return value;
}

function describeValue(value: unknown): string {
  if (value === "") return "an empty string";
  return value === null ? "null" : typeof value;
}

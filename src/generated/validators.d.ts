/**
 * Generated from openapi.yaml by `npm run generate` (scripts/generate-validators.mjs: Ajv standalone
 * code with ajv-formats, bundled by esbuild). NEVER edit this file by hand: change openapi.yaml and
 * run `npm run generate` again.
 */

/** One problem found by a validator (Ajv's `ErrorObject`). */
export interface SchemaError {
  /** JSON Pointer to the offending value, e.g. `/headers/x-a`. */
  readonly instancePath: string;
  /** The schema keyword that failed, e.g. `required`, `pattern`, `additionalProperties`. */
  readonly keyword: string;
  /** The keyword's details, e.g. `{ missingProperty }`, `{ additionalProperty }`, `{ limit }`. */
  readonly params: Record<string, unknown>;
  /** Ajv's message. */
  readonly message?: string;
}

/** A compiled schema: true when `data` conforms; otherwise `errors` says why. */
export type Validator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

/** The validators of one operation; a part the operation does not take is absent. */
export interface OperationValidators {
  /** The JSON body; defaults of the schema are filled in. */
  readonly body?: Validator;
  /** The query parameters as an object (strings coerced to the declared types, defaults filled in). */
  readonly query?: Validator;
  /** The path parameters as an object of strings. */
  readonly path?: Validator;
  /** Names of the query parameters declared as arrays (read with `getAll`). */
  readonly queryArrays: readonly string[];
  /** Names of every declared query parameter. */
  readonly queryNames: readonly string[];
}

/** Every operation's validators, by operationId (e.g. `message.create`). */
export declare const operationValidators: Readonly<Record<string, OperationValidators>>;
/** A `Uid` (components.schemas.Uid), for UIDs that arrive in a path. */
export declare const validateUid: Validator;
/** An `ApplicationId` (components.schemas.ApplicationId), for applications seeded by option. */
export declare const validateApplicationId: Validator;

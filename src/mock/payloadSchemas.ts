/**
 * `validatePayloads`: checks a message's payload against its event type's JSON Schema (the newest
 * version in `schemas`), with ajv, an optional peer dependency loaded only when the option is on.
 * The service stores schemas as documentation and checks nothing, so this is off by default.
 *
 * @module
 */
import { InvalidInput } from "./exchange.js";
import type { ValidationIssue } from "./requestInput.js";
import type { EventTypeRecord } from "./store.js";

type Validate = ((payload: unknown) => boolean) & {
  errors?: { instancePath: string; message?: string; keyword: string }[] | null;
};
interface AjvInstance {
  compile(schema: object): Validate;
}
type AjvClass = new (options: object) => AjvInstance;

/** Loads ajv (draft-07 and 2020-12 flavours) and ajv-formats when present. */
export interface PayloadValidator {
  /** Checks `payload` against the event type's newest schema, if any. @throws {InvalidInput} on a mismatch. */
  check(eventType: EventTypeRecord | undefined, payload: unknown): Promise<void>;
}

function defaultExport<T>(module: { default?: unknown }): T {
  const first = module.default as { default?: unknown } | undefined;
  return (first?.default ?? first ?? module) as T;
}

async function loadAjv(): Promise<{ draft07: AjvInstance; draft2020: AjvInstance }> {
  let Ajv: AjvClass;
  let Ajv2020: AjvClass;
  try {
    Ajv = defaultExport(await import("ajv"));
    Ajv2020 = defaultExport(await import("ajv/dist/2020.js"));
  } catch (cause) {
    throw new Error("validatePayloads needs ajv: npm install -D ajv", { cause });
  }
  const formats = await import("ajv-formats").then(
    defaultExport<(ajv: AjvInstance) => void>,
    () => undefined,
  );
  const make = (Class: AjvClass) => {
    const ajv = new Class({ strict: false, allErrors: true });
    formats?.(ajv);
    return ajv;
  };
  return { draft07: make(Ajv), draft2020: make(Ajv2020) };
}

function newestSchema(eventType: EventTypeRecord | undefined): Record<string, unknown> | undefined {
  const versions = Object.keys(eventType?.schemas ?? {}).sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? eventType?.schemas?.[versions[0] as string] : undefined;
}

function toIssues(errors: NonNullable<Validate["errors"]>): ValidationIssue[] {
  return errors.map((error) => ({
    loc: ["body", "payload", ...error.instancePath.split("/").slice(1)],
    msg: `Payload does not match the event type's schema: ${error.message ?? error.keyword}`,
    type: "payload_schema",
  }));
}

function compileOrRefuse(ajv: AjvInstance, schema: object): Validate {
  try {
    return ajv.compile(schema);
  } catch (error) {
    // The service stores any object as a schema; only this check finds one that is not JSON Schema.
    const why = error instanceof Error ? error.message : String(error);
    const msg = `The event type's schema is not a valid JSON Schema: ${why}`;
    throw new InvalidInput([{ loc: ["body", "eventType"], msg, type: "payload_schema_invalid" }]);
  }
}

/** A validator that loads ajv on first use and compiles each schema once. */
export function createPayloadValidator(): PayloadValidator {
  let ajv: ReturnType<typeof loadAjv> | undefined;
  const compiled = new WeakMap<object, Validate>();
  return {
    async check(eventType, payload) {
      const schema = newestSchema(eventType);
      if (!schema) return;
      ajv ??= loadAjv();
      const { draft07, draft2020 } = await ajv;
      let validate = compiled.get(schema);
      if (!validate) {
        const is2020 = String(schema.$schema ?? "").includes("2020-12");
        validate = compileOrRefuse(is2020 ? draft2020 : draft07, schema);
        compiled.set(schema, validate);
      }
      if (!validate(payload)) throw new InvalidInput(toIssues(validate.errors ?? []));
    },
  };
}

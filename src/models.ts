/**
 * Named types of the API's request and response bodies and of each method's options, generated
 * from openapi.yaml into src/generated/models.ts.
 * @module
 */
export type * from "./generated/models.js";

/**
 * The Octohooks SDK: the API client, its errors and types, and webhook verification.
 * @module
 */
export {
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_SERVER_URL,
  type HttpAgent,
  type OctohooksOptions,
} from "./core/apiClient.js";
export { APIPromise, type ApiResult, type ResponseInfo } from "./core/apiPromise.js";
export {
  AbortError,
  ApiError,
  type ApiErrorInit,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  type ConnectionErrorOptions,
  EventPayloadError,
  InternalServerError,
  InvalidArgumentError,
  NotFoundError,
  OctohooksError,
  type OctohooksErrorOptions,
  type PayloadIssue,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
  ResponseTooLargeError,
  TimeoutError,
  UnexpectedResponseError,
  ValidationError,
  type ValidationErrorItem,
} from "./core/errors.js";
export { type ListResponse, Page, type PageFetcher, PagePromise } from "./core/pagination.js";
export type { Logger, LogRecord, PostRequestOptions, RequestOptions } from "./core/requestOptions.js";
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./core/retryPolicy.js";
export { VERSION } from "./core/version.js";
export * from "./events/index.js";
export type * from "./models.js";
export { Octohooks } from "./octohooks.js";
export { Application } from "./resources/application.js";
export { Attempt } from "./resources/attempt.js";
export { Endpoint } from "./resources/endpoint.js";
export { EventType } from "./resources/eventType.js";
export { Health } from "./resources/health.js";
export { Message } from "./resources/message.js";
export * from "./webhooks/index.js";

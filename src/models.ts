/**
 * Named types of the API's request and response bodies, taken from the generated spec types.
 * @module
 */
import type { WithDates } from "./core/request.js";
import type { components, operations } from "./generated/openapi.js";

type Schemas = components["schemas"];

/** Query parameters of an operation, with time parameters also accepting `Date`. */
export type QueryOf<Op extends keyof operations> = WithDates<
  NonNullable<operations[Op]["parameters"] extends { query?: infer Q } ? Q : never>
>;

export type HealthOut = Schemas["HealthOut"];
export type ApplicationIn = Schemas["ApplicationIn"];
export type ApplicationPatch = Schemas["ApplicationPatch"];
export type ApplicationOut = Schemas["ApplicationOut"];
export type EndpointIn = Schemas["EndpointIn"];
export type EndpointUpdate = Schemas["EndpointUpdate"];
export type EndpointPatch = Schemas["EndpointPatch"];
export type EndpointOut = Schemas["EndpointOut"];
export type EndpointSecretOut = Schemas["EndpointSecretOut"];
export type EndpointSecretRotateIn = Schemas["EndpointSecretRotateIn"];
export type EndpointHeadersIn = Schemas["EndpointHeadersIn"];
export type EndpointHeadersPatchIn = Schemas["EndpointHeadersPatchIn"];
export type EndpointHeadersOut = Schemas["EndpointHeadersOut"];
export type EndpointStats = Schemas["EndpointStats"];
export type RecoverIn = Schemas["RecoverIn"];
export type RecoverOut = Schemas["RecoverOut"];
export type ReplayIn = Schemas["ReplayIn"];
export type ReplayOut = Schemas["ReplayOut"];
export type EventExampleIn = Schemas["EventExampleIn"];
export type MessageIn = Schemas["MessageIn"];
export type MessageOut = Schemas["MessageOut"];
export type MessageStatus = Schemas["MessageStatus"];
export type MessageAttemptOut = Schemas["MessageAttemptOut"];
export type EndpointMessageOut = Schemas["EndpointMessageOut"];
export type MessageEndpointOut = Schemas["MessageEndpointOut"];
export type EventTypeIn = Schemas["EventTypeIn"];
export type EventTypeUpdate = Schemas["EventTypeUpdate"];
export type EventTypePatch = Schemas["EventTypePatch"];
export type EventTypeOut = Schemas["EventTypeOut"];

export type ApplicationListOptions = QueryOf<"application.list">;
export type ApplicationCreateOptions = QueryOf<"application.create">;
export type EndpointListOptions = QueryOf<"endpoint.list">;
export type EndpointStatsOptions = QueryOf<"endpoint.getStats">;
export type MessageListOptions = QueryOf<"message.list">;
export type MessageCreateOptions = QueryOf<"message.create">;
export type MessageGetOptions = QueryOf<"message.get">;
export type AttemptListByEndpointOptions = QueryOf<"attempt.listByEndpoint">;
export type AttemptListByMessageOptions = QueryOf<"attempt.listByMessage">;
export type AttemptedMessagesListOptions = QueryOf<"attempt.listAttemptedMessages">;
export type AttemptedDestinationsListOptions = QueryOf<"attempt.listAttemptedDestinations">;
export type EventTypeListOptions = QueryOf<"eventType.list">;
export type EventTypeDeleteOptions = QueryOf<"eventType.delete">;

/**
 * Named types of the API's request and response bodies, taken from the generated spec types.
 * @module
 */
import type { WithDates } from "./core/request.js";
import type { components, operations } from "./generated/openapi.js";

/** The spec's schemas, by name. */
export type Schemas = components["schemas"];

/** Query parameters of an operation, with time parameters also accepting `Date`. */
export type QueryOf<Op extends keyof operations> = WithDates<
  NonNullable<
    operations[Op]["parameters"] extends {
      /** The operation's query parameters. */
      query?: infer Q;
    }
      ? Q
      : never
  >
>;

/** The health check's answer. */
export type HealthOut = Schemas["HealthOut"];
/** The body of `application.create` and `application.update`. */
export type ApplicationIn = Schemas["ApplicationIn"];
/** The body of `application.patch`: only the fields to change. */
export type ApplicationPatch = Schemas["ApplicationPatch"];
/** An application. */
export type ApplicationOut = Schemas["ApplicationOut"];
/** The body of `endpoint.create`. */
export type EndpointIn = Schemas["EndpointIn"];
/** The body of `endpoint.update`. */
export type EndpointUpdate = Schemas["EndpointUpdate"];
/** The body of `endpoint.patch`: only the fields to change. */
export type EndpointPatch = Schemas["EndpointPatch"];
/** An endpoint (its secret is read with `endpoint.getSecret`). */
export type EndpointOut = Schemas["EndpointOut"];
/** An endpoint's signing secret. */
export type EndpointSecretOut = Schemas["EndpointSecretOut"];
/** The body of `endpoint.rotateSecret`. */
export type EndpointSecretRotateIn = Schemas["EndpointSecretRotateIn"];
/** The body of `endpoint.updateHeaders`. */
export type EndpointHeadersIn = Schemas["EndpointHeadersIn"];
/** The body of `endpoint.patchHeaders` (`null` removes a header). */
export type EndpointHeadersPatchIn = Schemas["EndpointHeadersPatchIn"];
/** An endpoint's custom headers. */
export type EndpointHeadersOut = Schemas["EndpointHeadersOut"];
/** Counts of an endpoint's deliveries by status. */
export type EndpointStats = Schemas["EndpointStats"];
/** The body of `endpoint.recover`. */
export type RecoverIn = Schemas["RecoverIn"];
/** The task `endpoint.recover` started. */
export type RecoverOut = Schemas["RecoverOut"];
/** The body of `endpoint.replayMissing`. */
export type ReplayIn = Schemas["ReplayIn"];
/** The task `endpoint.replayMissing` started. */
export type ReplayOut = Schemas["ReplayOut"];
/** The body of `endpoint.sendExample`. */
export type EventExampleIn = Schemas["EventExampleIn"];
/** The body of `message.create`. */
export type MessageIn = Schemas["MessageIn"];
/** A message. */
export type MessageOut = Schemas["MessageOut"];
/** Delivery status of a message at an endpoint. */
export type MessageStatus = Schemas["MessageStatus"];
/** One delivery attempt. */
export type MessageAttemptOut = Schemas["MessageAttemptOut"];
/** A message attempted to an endpoint, with its status there. */
export type EndpointMessageOut = Schemas["EndpointMessageOut"];
/** An endpoint a message was attempted to, with its status there. */
export type MessageEndpointOut = Schemas["MessageEndpointOut"];
/** The body of `eventType.create`. */
export type EventTypeIn = Schemas["EventTypeIn"];
/** The body of `eventType.update`. */
export type EventTypeUpdate = Schemas["EventTypeUpdate"];
/** The body of `eventType.patch`. */
export type EventTypePatch = Schemas["EventTypePatch"];
/** An event type. */
export type EventTypeOut = Schemas["EventTypeOut"];

/** Query options of `application.list`. */
export type ApplicationListOptions = QueryOf<"application.list">;
/** Query options of `application.create`. */
export type ApplicationCreateOptions = QueryOf<"application.create">;
/** Query options of `endpoint.list`. */
export type EndpointListOptions = QueryOf<"endpoint.list">;
/** Query options of `endpoint.getStats`. */
export type EndpointStatsOptions = QueryOf<"endpoint.getStats">;
/** Query options of `message.list`. */
export type MessageListOptions = QueryOf<"message.list">;
/** Query options of `message.create`. */
export type MessageCreateOptions = QueryOf<"message.create">;
/** Query options of `message.get`. */
export type MessageGetOptions = QueryOf<"message.get">;
/** Query options of `attempt.listByEndpoint`. */
export type AttemptListByEndpointOptions = QueryOf<"attempt.listByEndpoint">;
/** Query options of `attempt.listByMessage`. */
export type AttemptListByMessageOptions = QueryOf<"attempt.listByMessage">;
/** Query options of `attempt.listAttemptedMessages`. */
export type AttemptedMessagesListOptions = QueryOf<"attempt.listAttemptedMessages">;
/** Query options of `attempt.listAttemptedDestinations`. */
export type AttemptedDestinationsListOptions = QueryOf<"attempt.listAttemptedDestinations">;
/** Query options of `eventType.list`. */
export type EventTypeListOptions = QueryOf<"eventType.list">;
/** Query options of `eventType.delete`. */
export type EventTypeDeleteOptions = QueryOf<"eventType.delete">;

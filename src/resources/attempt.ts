import type { PagePromise } from "../core/pagination.js";
import { callInit, data, endpointIds, messageIds, paginate, pathId, toQuery } from "../core/request.js";
import type { RequestOptions } from "../core/requestOptions.js";
import { APIResource } from "../core/resource.js";
import type {
  AttemptedDestinationsListOptions,
  AttemptedMessagesListOptions,
  AttemptListByEndpointOptions,
  AttemptListByMessageOptions,
  EndpointMessageOut,
  MessageAttemptOut,
  MessageEndpointOut,
} from "../models.js";

/** Delivery attempts: one per try of a message at an endpoint, with the response it got. */
export class Attempt extends APIResource {
  /**
   * Lists the attempts made to an endpoint, newest first. Throws `NotFoundError` when the application
   * or endpoint does not exist.
   */
  listByEndpoint(
    appId: string,
    endpointId: string,
    query?: AttemptListByEndpointOptions,
    options?: RequestOptions,
  ): PagePromise<MessageAttemptOut> {
    return paginate((iterator) =>
      this.api.GET("/api/v1/app/{app_id}/attempt/endpoint/{endpoint_id}", {
        params: { path: endpointIds(appId, endpointId), query: toQuery(query, iterator) },
        ...callInit(options),
      }),
    );
  }

  /**
   * Lists the attempts made for a message, newest first. Throws `NotFoundError` when the application
   * or message does not exist.
   */
  listByMessage(
    appId: string,
    msgId: string,
    query?: AttemptListByMessageOptions,
    options?: RequestOptions,
  ): PagePromise<MessageAttemptOut> {
    return paginate((iterator) =>
      this.api.GET("/api/v1/app/{app_id}/attempt/msg/{msg_id}", {
        params: { path: messageIds(appId, msgId), query: toQuery(query, iterator) },
        ...callInit(options),
      }),
    );
  }

  /** Gets one attempt. Throws `NotFoundError` when it, its message or its application does not exist. */
  async get(
    appId: string,
    msgId: string,
    attemptId: string,
    options?: RequestOptions,
  ): Promise<MessageAttemptOut> {
    const path = { ...messageIds(appId, msgId), attempt_id: pathId(attemptId, "attemptId") };
    return data(
      await this.api.GET("/api/v1/app/{app_id}/msg/{msg_id}/attempt/{attempt_id}", {
        params: { path },
        ...callInit(options),
      }),
    );
  }

  /**
   * Deletes the response body recorded by an attempt. Throws `NotFoundError` when it, its message or
   * its application does not exist.
   */
  async expungeContent(
    appId: string,
    msgId: string,
    attemptId: string,
    options?: RequestOptions,
  ): Promise<void> {
    const path = { ...messageIds(appId, msgId), attempt_id: pathId(attemptId, "attemptId") };
    await this.api.DELETE("/api/v1/app/{app_id}/msg/{msg_id}/attempt/{attempt_id}/content", {
      params: { path },
      ...callInit(options),
    });
  }

  /**
   * Sends a message again to one endpoint now (a `manual` attempt). Throws `NotFoundError` when the
   * application, message or endpoint does not exist, `ConflictError` (`payload_expunged`) when the
   * message's payload was expunged.
   */
  async resend(appId: string, msgId: string, endpointId: string, options?: RequestOptions): Promise<void> {
    const path = { ...messageIds(appId, msgId), endpoint_id: pathId(endpointId, "endpointId") };
    await this.api.POST("/api/v1/app/{app_id}/msg/{msg_id}/endpoint/{endpoint_id}/resend", {
      params: { path },
      ...callInit(options),
    });
  }

  /**
   * Lists the messages attempted to an endpoint, each with its delivery status there.
   * Throws `NotFoundError` when the application or endpoint does not exist.
   */
  listAttemptedMessages(
    appId: string,
    endpointId: string,
    query?: AttemptedMessagesListOptions,
    options?: RequestOptions,
  ): PagePromise<EndpointMessageOut> {
    return paginate((iterator) =>
      this.api.GET("/api/v1/app/{app_id}/endpoint/{endpoint_id}/msg", {
        params: { path: endpointIds(appId, endpointId), query: toQuery(query, iterator) },
        ...callInit(options),
      }),
    );
  }

  /**
   * Lists the endpoints a message was attempted to, each with its delivery status.
   * Throws `NotFoundError` when the application or message does not exist.
   */
  listAttemptedDestinations(
    appId: string,
    msgId: string,
    query?: AttemptedDestinationsListOptions,
    options?: RequestOptions,
  ): PagePromise<MessageEndpointOut> {
    return paginate((iterator) =>
      this.api.GET("/api/v1/app/{app_id}/msg/{msg_id}/endpoint", {
        params: { path: messageIds(appId, msgId), query: toQuery(query, iterator) },
        ...callInit(options),
      }),
    );
  }
}

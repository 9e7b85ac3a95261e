import type { APIPromise } from "../core/apiPromise.js";
import { PagePromise } from "../core/pagination.js";
import type { PostRequestOptions, RequestOptions } from "../core/requestOptions.js";
import { APIResource } from "../core/resource.js";
import type {
  AttemptListAttemptedDestinationsOptions,
  AttemptListAttemptedMessagesOptions,
  AttemptListByEndpointOptions,
  AttemptListByMessageOptions,
  EndpointMessageOut,
  MessageAttemptOut,
  MessageEndpointOut,
} from "../models.js";

const ATTEMPT = "/api/v1/app/{app_id}/msg/{msg_id}/attempt/{attempt_id}";

/** Delivery attempts: one per try of a message at an endpoint, with the response it got. */
export class Attempt extends APIResource {
  /**
   * Lists the attempts made to an endpoint, newest first. Throws `NotFoundError` when the application
   * or endpoint does not exist.
   */
  listByEndpoint(
    appId: string,
    endpointId: string,
    options?: AttemptListByEndpointOptions,
  ): PagePromise<MessageAttemptOut> {
    const path = { app_id: appId, endpoint_id: endpointId };
    return new PagePromise((iterator) =>
      this.api.GET("/api/v1/app/{app_id}/attempt/endpoint/{endpoint_id}", { path, options, iterator }),
    );
  }

  /**
   * Lists the attempts made for a message, newest first. Throws `NotFoundError` when the application
   * or message does not exist.
   */
  listByMessage(
    appId: string,
    msgId: string,
    options?: AttemptListByMessageOptions,
  ): PagePromise<MessageAttemptOut> {
    const path = { app_id: appId, msg_id: msgId };
    return new PagePromise((iterator) =>
      this.api.GET("/api/v1/app/{app_id}/attempt/msg/{msg_id}", { path, options, iterator }),
    );
  }

  /** Gets one attempt. Throws `NotFoundError` when it, its message or its application does not exist. */
  get(
    appId: string,
    msgId: string,
    attemptId: string,
    options?: RequestOptions,
  ): APIPromise<MessageAttemptOut> {
    const path = { app_id: appId, msg_id: msgId, attempt_id: attemptId };
    return this.api.GET(ATTEMPT, { path, options });
  }

  /**
   * Deletes the response body recorded by an attempt. Throws `NotFoundError` when it, its message or
   * its application does not exist.
   */
  expungeContent(
    appId: string,
    msgId: string,
    attemptId: string,
    options?: RequestOptions,
  ): APIPromise<void> {
    const path = { app_id: appId, msg_id: msgId, attempt_id: attemptId };
    return this.api.DELETE(`${ATTEMPT}/content`, { path, options });
  }

  /**
   * Sends a message again to one endpoint now (a `manual` attempt). Throws `NotFoundError` when the
   * application, message or endpoint does not exist, `ConflictError` (`payload_expunged`) when the
   * message's payload was expunged.
   */
  resend(appId: string, msgId: string, endpointId: string, options?: PostRequestOptions): APIPromise<void> {
    const path = { app_id: appId, msg_id: msgId, endpoint_id: endpointId };
    return this.api.POST("/api/v1/app/{app_id}/msg/{msg_id}/endpoint/{endpoint_id}/resend", {
      path,
      options,
    });
  }

  /**
   * Lists the messages attempted to an endpoint, each with its delivery status there.
   * Throws `NotFoundError` when the application or endpoint does not exist.
   */
  listAttemptedMessages(
    appId: string,
    endpointId: string,
    options?: AttemptListAttemptedMessagesOptions,
  ): PagePromise<EndpointMessageOut> {
    const path = { app_id: appId, endpoint_id: endpointId };
    return new PagePromise((iterator) =>
      this.api.GET("/api/v1/app/{app_id}/endpoint/{endpoint_id}/msg", { path, options, iterator }),
    );
  }

  /**
   * Lists the endpoints a message was attempted to, each with its delivery status.
   * Throws `NotFoundError` when the application or message does not exist.
   */
  listAttemptedDestinations(
    appId: string,
    msgId: string,
    options?: AttemptListAttemptedDestinationsOptions,
  ): PagePromise<MessageEndpointOut> {
    const path = { app_id: appId, msg_id: msgId };
    return new PagePromise((iterator) =>
      this.api.GET("/api/v1/app/{app_id}/msg/{msg_id}/endpoint", { path, options, iterator }),
    );
  }
}

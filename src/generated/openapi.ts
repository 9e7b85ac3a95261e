/**
 * Generated from openapi.yaml by `npm run generate` (scripts/generate.mjs, openapi-typescript).
 * NEVER edit this file by hand: change openapi.yaml and run `npm run generate` again.
 */

export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health check
         * @description Answers 200 while the API is up. Needs no authentication.
         */
        get: operations["health.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/app": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List applications
         * @description Lists the applications of the environment, oldest first unless `order` says otherwise.
         */
        get: operations["application.list"];
        put?: never;
        /**
         * Create an application
         * @description Creates an application. With `get_if_exists=true` and a `uid` that is already taken, returns
         *     the existing application with status 200 instead of failing with 409.
         */
        post: operations["application.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/app/{app_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
            };
            cookie?: never;
        };
        /**
         * Get an application
         * @description Returns one application by its ID or UID.
         */
        get: operations["application.get"];
        /**
         * Update or create an application
         * @description Replaces the application's fields. When no application matches `app_id`, one is created
         *     (201) and `app_id` becomes its `uid`.
         */
        put: operations["application.update"];
        post?: never;
        /**
         * Delete an application
         * @description Deletes the application with its endpoints, messages and attempts.
         */
        delete: operations["application.delete"];
        options?: never;
        head?: never;
        /**
         * Patch an application
         * @description Changes only the fields present in the body; `null` clears a nullable field.
         */
        patch: operations["application.patch"];
        trace?: never;
    };
    "/api/v1/app/{app_id}/endpoint": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
            };
            cookie?: never;
        };
        /**
         * List endpoints
         * @description Lists the endpoints of an application, oldest first unless `order` says otherwise.
         */
        get: operations["endpoint.list"];
        put?: never;
        /**
         * Create an endpoint
         * @description Adds an endpoint to the application. Without a `secret`, a fresh `whsec_` secret is generated;
         *     read it with `endpoint.getSecret`.
         */
        post: operations["endpoint.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/app/{app_id}/endpoint/{endpoint_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The endpoint's ID or UID.
                 * @example ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq
                 */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        /**
         * Get an endpoint
         * @description Returns one endpoint by its ID or UID. The signing secret is never part of it.
         */
        get: operations["endpoint.get"];
        /**
         * Update or create an endpoint
         * @description Replaces the endpoint's fields. When no endpoint matches `endpoint_id`, one is created (201)
         *     with `endpoint_id` as its `uid` and a generated secret.
         */
        put: operations["endpoint.update"];
        post?: never;
        /**
         * Delete an endpoint
         * @description Deletes the endpoint; pending deliveries to it are dropped.
         */
        delete: operations["endpoint.delete"];
        options?: never;
        head?: never;
        /**
         * Patch an endpoint
         * @description Changes only the fields present in the body; `null` clears a nullable field.
         */
        patch: operations["endpoint.patch"];
        trace?: never;
    };
    "/api/v1/app/{app_id}/endpoint/{endpoint_id}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The endpoint's ID or UID.
                 * @example ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq
                 */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        /**
         * Get the endpoint's signing secret
         * @description Returns the secret that signs deliveries to this endpoint. Give it to the endpoint's owner so
         *     they can verify the `webhook-signature` header.
         */
        get: operations["endpoint.getSecret"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/app/{app_id}/endpoint/{endpoint_id}/secret/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The endpoint's ID or UID.
                 * @example ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq
                 */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the endpoint's signing secret
         * @description Replaces the signing secret with `key`, or with a generated one when `key` is absent or null.
         *     For 24 hours deliveries are signed with both the old and the new secret (several
         *     space-separated signatures), so the receiver can switch without dropping messages.
         */
        post: operations["endpoint.rotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/app/{app_id}/endpoint/{endpoint_id}/headers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The endpoint's ID or UID.
                 * @example ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq
                 */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        /**
         * Get the endpoint's custom headers
         * @description Returns the custom headers sent with every delivery to this endpoint, with their stored
         *     values. `sensitive` names the headers that carry credentials (e.g. `authorization`).
         */
        get: operations["endpoint.getHeaders"];
        /**
         * Replace the endpoint's custom headers
         * @description Replaces all custom headers with `headers`.
         */
        put: operations["endpoint.updateHeaders"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch the endpoint's custom headers
         * @description Sets the headers given with a string value and removes those given as `null`; others stay.
         */
        patch: operations["endpoint.patchHeaders"];
        trace?: never;
    };
    "/api/v1/app/{app_id}/endpoint/{endpoint_id}/recover": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The endpoint's ID or UID.
                 * @example ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq
                 */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recover failed messages
         * @description Re-sends to this endpoint every message whose delivery to it failed between `since` and
         *     `until` (default: now). Runs in the background; the answer describes the task.
         */
        post: operations["endpoint.recover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/app/{app_id}/endpoint/{endpoint_id}/replay-missing": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The endpoint's ID or UID.
                 * @example ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq
                 */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay missing messages
         * @description Sends to this endpoint every message of the application created between `since` and `until`
         *     (default: now) that was never attempted to it, e.g. because the endpoint was disabled or did
         *     not exist yet. Runs in the background; the answer describes the task.
         */
        post: operations["endpoint.replayMissing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/app/{app_id}/endpoint/{endpoint_id}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The endpoint's ID or UID.
                 * @example ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq
                 */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        /**
         * Get the endpoint's delivery statistics
         * @description Counts the endpoint's messages by delivery status, optionally within `since`..`until`.
         */
        get: operations["endpoint.getStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/app/{app_id}/endpoint/{endpoint_id}/send-example": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The endpoint's ID or UID.
                 * @example ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq
                 */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an example message
         * @description Sends this endpoint (only) a message of the given event type with an example payload, to
         *     test the integration. The message is stored like any other.
         */
        post: operations["endpoint.sendExample"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/app/{app_id}/msg": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
            };
            cookie?: never;
        };
        /**
         * List messages
         * @description Lists the application's messages, newest first unless `order` says otherwise.
         */
        get: operations["message.list"];
        put?: never;
        /**
         * Send a message
         * @description Creates a message and queues its delivery to every enabled endpoint of the application that
         *     matches its event type and channels. With no matching endpoint the message is only stored.
         */
        post: operations["message.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/app/{app_id}/msg/{msg_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The message's ID or UID.
                 * @example msg_2a0eR3Jc1cV5RwUGzsSUBWPcVZ0
                 */
                msg_id: components["parameters"]["MsgId"];
            };
            cookie?: never;
        };
        /**
         * Get a message
         * @description Returns one message by its ID or UID.
         */
        get: operations["message.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/app/{app_id}/msg/{msg_id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The message's ID or UID.
                 * @example msg_2a0eR3Jc1cV5RwUGzsSUBWPcVZ0
                 */
                msg_id: components["parameters"]["MsgId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Expunge a message's payload
         * @description Deletes the message's payload for good (e.g. personal data); the message keeps its other
         *     fields and its `payload` reads as `{}` afterwards.
         */
        delete: operations["message.expungeContent"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/app/{app_id}/attempt/endpoint/{endpoint_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The endpoint's ID or UID.
                 * @example ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq
                 */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        /**
         * List attempts by endpoint
         * @description Lists the delivery attempts made to one endpoint, newest first unless `order` says otherwise.
         */
        get: operations["attempt.listByEndpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/app/{app_id}/attempt/msg/{msg_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The message's ID or UID.
                 * @example msg_2a0eR3Jc1cV5RwUGzsSUBWPcVZ0
                 */
                msg_id: components["parameters"]["MsgId"];
            };
            cookie?: never;
        };
        /**
         * List attempts by message
         * @description Lists the delivery attempts of one message, newest first unless `order` says otherwise.
         */
        get: operations["attempt.listByMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/app/{app_id}/msg/{msg_id}/attempt/{attempt_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The message's ID or UID.
                 * @example msg_2a0eR3Jc1cV5RwUGzsSUBWPcVZ0
                 */
                msg_id: components["parameters"]["MsgId"];
                /**
                 * @description The attempt's ID.
                 * @example atmpt_2a0eRq6yZbnN1TTz8JmvHgK3hUE
                 */
                attempt_id: components["parameters"]["AttemptId"];
            };
            cookie?: never;
        };
        /**
         * Get an attempt
         * @description Returns one delivery attempt of a message.
         */
        get: operations["attempt.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/app/{app_id}/msg/{msg_id}/attempt/{attempt_id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The message's ID or UID.
                 * @example msg_2a0eR3Jc1cV5RwUGzsSUBWPcVZ0
                 */
                msg_id: components["parameters"]["MsgId"];
                /**
                 * @description The attempt's ID.
                 * @example atmpt_2a0eRq6yZbnN1TTz8JmvHgK3hUE
                 */
                attempt_id: components["parameters"]["AttemptId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Expunge an attempt's response
         * @description Deletes the response body recorded for the attempt; its `response` reads as `""` afterwards.
         */
        delete: operations["attempt.expungeContent"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/app/{app_id}/msg/{msg_id}/endpoint/{endpoint_id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The message's ID or UID.
                 * @example msg_2a0eR3Jc1cV5RwUGzsSUBWPcVZ0
                 */
                msg_id: components["parameters"]["MsgId"];
                /**
                 * @description The endpoint's ID or UID.
                 * @example ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq
                 */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resend a message to an endpoint
         * @description Queues a new delivery of the message to the endpoint, recorded with `triggerType` `manual`.
         */
        post: operations["attempt.resend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/app/{app_id}/endpoint/{endpoint_id}/msg": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The endpoint's ID or UID.
                 * @example ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq
                 */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        /**
         * List messages attempted to an endpoint
         * @description Lists the messages that were (or are being) delivered to one endpoint, each with its delivery
         *     status there, newest first unless `order` says otherwise.
         */
        get: operations["attempt.listAttemptedMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/app/{app_id}/msg/{msg_id}/endpoint": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The message's ID or UID.
                 * @example msg_2a0eR3Jc1cV5RwUGzsSUBWPcVZ0
                 */
                msg_id: components["parameters"]["MsgId"];
            };
            cookie?: never;
        };
        /**
         * List endpoints a message was attempted to
         * @description Lists the endpoints one message was (or is being) delivered to, each with the message's
         *     delivery status there.
         */
        get: operations["attempt.listAttemptedDestinations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/event-type": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List event types
         * @description Lists the environment's event types by name. Archived ones are left out unless
         *     `include_archived=true`; `schemas` are left out unless `with_content=true`.
         */
        get: operations["eventType.list"];
        put?: never;
        /**
         * Create an event type
         * @description Creates an event type; its `name` must be unused in the environment (409 otherwise).
         */
        post: operations["eventType.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/event-type/{event_type_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event type's name.
                 * @example customer.created
                 */
                event_type_name: components["parameters"]["EventTypeName"];
            };
            cookie?: never;
        };
        /**
         * Get an event type
         * @description Returns one event type by name, archived or not, with its `schemas`.
         */
        get: operations["eventType.get"];
        /**
         * Update or create an event type
         * @description Replaces the event type's description, schemas and archived flag. When no event type has this
         *     name, one is created (201).
         */
        put: operations["eventType.update"];
        post?: never;
        /**
         * Archive or expunge an event type
         * @description Archives the event type (it stays readable and can be un-archived), or with `expunge=true`
         *     deletes it for good. Messages already sent keep their event type name.
         */
        delete: operations["eventType.delete"];
        options?: never;
        head?: never;
        /**
         * Patch an event type
         * @description Changes only the fields present in the body; `archived` false un-archives it.
         */
        patch: operations["eventType.patch"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description An entity's ID (e.g. `app_…`) or the UID you gave it.
         * @example app_teexfqn3o09y1fnmm631r0fo8uq
         * @example application-name
         */
        IdOrUid: string;
        /**
         * @description An application ID.
         * @example app_teexfqn3o09y1fnmm631r0fo8uq
         */
        ApplicationId: string;
        /**
         * @description An endpoint ID.
         * @example ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq
         */
        EndpointId: string;
        /**
         * @description A message ID.
         * @example msg_2a0eR3Jc1cV5RwUGzsSUBWPcVZ0
         */
        MessageId: string;
        /**
         * @description A message attempt ID.
         * @example atmpt_2a0eRq6yZbnN1TTz8JmvHgK3hUE
         */
        AttemptId: string;
        /**
         * @description An endpoint signing secret: `whsec_` followed by the standard base64 (with its `=` padding)
         *     of 24 to 64 random bytes. Anything else is refused (422), since no receiver could verify it.
         * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
         */
        EndpointSecret: string;
        /**
         * @description Your own unique identifier for the entity, usable wherever its ID is. `.` and `..` are
         *     refused because URLs would read them as path segments, and so is anything of an ID's form
         *     (`app_`, `ep_`, `msg_` or `atmpt_` followed by letters and digits), which a path would read as
         *     that ID.
         * @example application-name
         */
        Uid: string;
        /**
         * @description The name of an event type.
         * @example customer.created
         */
        EventTypeName: string;
        /**
         * @description A channel; endpoints listening to channels only get messages sent on one of them.
         * @example project_123
         */
        Channel: string;
        /** @description Maximum deliveries per second; excess deliveries wait, they are not dropped. */
        RateLimit: number;
        /**
         * @description Free-form string key/value pairs for your own use.
         * @example {
         *       "plan": "pro"
         *     }
         */
        Metadata: {
            [key: string]: string;
        };
        /**
         * @description Custom HTTP headers sent with every delivery. Names are HTTP tokens; values hold no CR or
         *     LF. Reserved names are rejected (422): webhook-id, webhook-timestamp, webhook-signature,
         *     content-type, content-length, host, user-agent, connection, transfer-encoding. At most 64
         *     headers, and 8 KiB of names and values in all.
         * @example {
         *       "x-example-header": "123"
         *     }
         */
        HeaderMap: {
            [key: string]: string;
        };
        /**
         * Format: uri
         * @description An http or https URL.
         * @example https://api.example.com/octohooks-webhooks
         */
        EndpointUrl: string;
        /**
         * @description JSON Schemas of the payload, keyed by version (e.g. `"1"`).
         * @example {
         *       "1": {
         *         "type": "object",
         *         "properties": {
         *           "id": {
         *             "type": "integer"
         *           }
         *         }
         *       }
         *     }
         */
        EventTypeSchemas: {
            [key: string]: {
                [key: string]: unknown;
            };
        };
        /**
         * @description Delivery status of a message to an endpoint.
         * @enum {string}
         */
        MessageStatus: "success" | "pending" | "failed" | "sending";
        /**
         * @description Sort order of a list.
         * @enum {string}
         */
        Ordering: "ascending" | "descending";
        /**
         * @description An error. `code` is one of `bad_request`, `invalid_json`, `unauthorized`, `forbidden`,
         *     `not_found`, `method_not_allowed`, `conflict`, `idempotency_in_flight`, `payload_expunged` (a
         *     resend of a message whose payload was expunged), `payload_too_large`, `headers_too_large`,
         *     `rate_limited`, `internal_error`, `unavailable`.
         */
        HttpError: {
            /** @description Machine-readable error code. */
            code: string;
            /** @description Human-readable explanation. */
            detail: string;
        };
        /** @description The request failed validation; one entry per problem. */
        HTTPValidationError: {
            detail: components["schemas"]["ValidationErrorItem"][];
        };
        /** @description One validation problem. */
        ValidationErrorItem: {
            /** @description Where the problem is, e.g. `["body", "url"]` or `["query", "limit"]`. */
            loc: string[];
            /** @description Human-readable explanation. */
            msg: string;
            /** @description Machine-readable kind, e.g. `value_error` or `idempotency_key_reuse`. */
            type: string;
        };
        HealthOut: {
            /**
             * @description Always `ok`.
             * @enum {string}
             */
            status: "ok";
        };
        ApplicationIn: {
            /** @description Display name. */
            name: string;
            uid?: components["schemas"]["Uid"];
            rateLimit?: components["schemas"]["RateLimit"] | null;
            metadata?: components["schemas"]["Metadata"];
        };
        ApplicationPatch: {
            /** @description Display name. */
            name?: string;
            uid?: components["schemas"]["Uid"] | null;
            rateLimit?: components["schemas"]["RateLimit"] | null;
            metadata?: components["schemas"]["Metadata"];
        };
        ApplicationOut: {
            /** @description The application's ID, `app_…`. */
            id: components["schemas"]["ApplicationId"];
            /** @description Your unique identifier for it, usable wherever its ID is; null when none was given. */
            uid: components["schemas"]["Uid"] | null;
            /** @description Display name. */
            name: string;
            /** @description Maximum deliveries per second; null for no limit. */
            rateLimit: components["schemas"]["RateLimit"] | null;
            /** @description Your own string key/value pairs. */
            metadata: components["schemas"]["Metadata"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        EndpointIn: {
            url: components["schemas"]["EndpointUrl"];
            uid?: components["schemas"]["Uid"];
            /** @description Display name. */
            name?: string;
            /** @default  */
            description?: string;
            /**
             * @description Disabled endpoints receive nothing.
             * @default true
             */
            enabled?: boolean;
            /** @description Event types the endpoint receives; omitted or empty means all. */
            eventTypes?: components["schemas"]["EventTypeName"][];
            /** @description Channels the endpoint listens to; omitted or empty means all messages. */
            channels?: components["schemas"]["Channel"][];
            headers?: components["schemas"]["HeaderMap"];
            rateLimit?: components["schemas"]["RateLimit"];
            metadata?: components["schemas"]["Metadata"];
            /** @default 1 */
            version?: number;
            /** @description The signing secret; generated when absent. */
            secret?: components["schemas"]["EndpointSecret"];
        };
        EndpointUpdate: {
            url: components["schemas"]["EndpointUrl"];
            uid?: components["schemas"]["Uid"];
            /** @description Display name. */
            name?: string;
            /** @default  */
            description?: string;
            /**
             * @description Disabled endpoints receive nothing.
             * @default true
             */
            enabled?: boolean;
            /** @description Event types the endpoint receives; omitted or empty means all. */
            eventTypes?: components["schemas"]["EventTypeName"][];
            /** @description Channels the endpoint listens to; omitted or empty means all messages. */
            channels?: components["schemas"]["Channel"][];
            headers?: components["schemas"]["HeaderMap"];
            rateLimit?: components["schemas"]["RateLimit"];
            metadata?: components["schemas"]["Metadata"];
            /** @default 1 */
            version?: number;
        };
        EndpointPatch: {
            url?: components["schemas"]["EndpointUrl"];
            uid?: components["schemas"]["Uid"] | null;
            name?: string | null;
            description?: string;
            enabled?: boolean;
            /** @description Event types the endpoint receives; `null` or empty means all. */
            eventTypes?: components["schemas"]["EventTypeName"][] | null;
            /** @description Channels the endpoint listens to; `null` means all messages. */
            channels?: components["schemas"]["Channel"][] | null;
            headers?: components["schemas"]["HeaderMap"];
            rateLimit?: components["schemas"]["RateLimit"] | null;
            metadata?: components["schemas"]["Metadata"];
            version?: number;
        };
        /** @description An endpoint. Its signing secret is never included; see `endpoint.getSecret`. */
        EndpointOut: {
            /** @description The endpoint's ID, `ep_…`. */
            id: components["schemas"]["EndpointId"];
            /** @description Your unique identifier for it, usable wherever its ID is; null when none was given. */
            uid: components["schemas"]["Uid"] | null;
            /** @description Display name; null when none was given. */
            name: string | null;
            /** @description Free-text description of the endpoint. */
            description: string;
            /** Format: uri */
            url: string;
            /** @description Disabled endpoints receive nothing. */
            enabled: boolean;
            /** @description Event types the endpoint receives; `null` or empty means all. */
            eventTypes: components["schemas"]["EventTypeName"][] | null;
            /** @description Channels the endpoint listens to; `null` means all messages. */
            channels: components["schemas"]["Channel"][] | null;
            /** @description Custom HTTP headers sent with every delivery. */
            headers: components["schemas"]["HeaderMap"];
            /** @description Maximum deliveries per second to the endpoint; null for no limit. */
            rateLimit: components["schemas"]["RateLimit"] | null;
            /** @description Your own string key/value pairs. */
            metadata: components["schemas"]["Metadata"];
            /** @description The endpoint's version number, yours to set (1 unless given). */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        EndpointSecretOut: {
            /** @description The signing secret, `whsec_` followed by base64. */
            key: components["schemas"]["EndpointSecret"];
        };
        EndpointSecretRotateIn: {
            /** @description The new secret; generated when absent or null. */
            key?: components["schemas"]["EndpointSecret"] | null;
        };
        EndpointHeadersOut: {
            /** @description The custom headers, with their stored values. */
            headers: components["schemas"]["HeaderMap"];
            /** @description Names of the headers that carry credentials (values are returned as stored). */
            sensitive: string[];
        };
        EndpointHeadersIn: {
            headers: components["schemas"]["HeaderMap"];
        };
        EndpointHeadersPatchIn: {
            /** @description Headers to set (string) or remove (`null`); unnamed headers stay. */
            headers: {
                [key: string]: string | null;
            };
        };
        RecoverIn: {
            /**
             * Format: date-time
             * @description Recover failures from this time.
             */
            since: string;
            /**
             * Format: date-time
             * @description Recover failures before this time (default now).
             */
            until?: string;
        };
        RecoverOut: {
            /** @description ID of the background task, `qtask_…`. */
            id: string;
            /**
             * @description `running` while messages are queued for the endpoint; `finished` when there were none.
             * @enum {string}
             */
            status: "running" | "finished";
            /**
             * @description The kind of task, `endpoint.recover`.
             * @enum {string}
             */
            task: "endpoint.recover";
        };
        ReplayIn: {
            /**
             * Format: date-time
             * @description Replay messages from this time.
             */
            since: string;
            /**
             * Format: date-time
             * @description Replay messages before this time (default now).
             */
            until?: string;
        };
        ReplayOut: {
            /** @description ID of the background task, `qtask_…`. */
            id: string;
            /**
             * @description `running` while messages are queued for the endpoint; `finished` when there were none.
             * @enum {string}
             */
            status: "running" | "finished";
            /**
             * @description The kind of task, `endpoint.replay`.
             * @enum {string}
             */
            task: "endpoint.replay";
        };
        /** @description Number of messages to the endpoint in each delivery status. */
        EndpointStats: {
            /** @description Messages delivered. */
            success: number;
            /** @description Messages waiting for their next attempt. */
            pending: number;
            /** @description Messages being delivered now. */
            sending: number;
            /** @description Messages whose delivery failed after every retry. */
            fail: number;
        };
        EventExampleIn: {
            eventType: components["schemas"]["EventTypeName"];
        };
        MessageIn: {
            eventType: components["schemas"]["EventTypeName"];
            /** @description The JSON object delivered as the webhook body; it nests at most 64 levels deep. */
            payload: {
                [key: string]: unknown;
            };
            uid?: components["schemas"]["Uid"];
            /** @description Channels of the message; only endpoints listening to one of them (or to all) get it. */
            channels?: components["schemas"]["Channel"][];
        };
        MessageOut: {
            /** @description The message's ID, `msg_…`. */
            id: components["schemas"]["MessageId"];
            /** @description Your unique identifier for it, usable wherever its ID is; null when none was given. */
            uid: components["schemas"]["Uid"] | null;
            /** @description The name of its event type. */
            eventType: components["schemas"]["EventTypeName"];
            /** @description The message body; left out when `with_content=false`, `{}` once expunged. */
            payload?: {
                [key: string]: unknown;
            };
            /** @description Channels the message was sent on; null when none. */
            channels: components["schemas"]["Channel"][] | null;
            /**
             * Format: date-time
             * @description When the message was created.
             */
            timestamp: string;
        };
        /** @description A message with its delivery status at one endpoint. */
        EndpointMessageOut: components["schemas"]["MessageOut"] & {
            /** @description Delivery status of the message at this endpoint. */
            status: components["schemas"]["MessageStatus"];
            /**
             * Format: date-time
             * @description When the next attempt is scheduled; null when none is.
             */
            nextAttempt: string | null;
        };
        MessageAttemptOut: {
            /** @description The attempt's ID, `atmpt_…`. */
            id: components["schemas"]["AttemptId"];
            /** @description ID of the message attempted. */
            msgId: components["schemas"]["MessageId"];
            /** @description ID of the endpoint attempted. */
            endpointId: components["schemas"]["EndpointId"];
            /**
             * Format: uri
             * @description The URL the attempt was sent to.
             */
            url: string;
            /** @description `success` or `failed`. */
            status: components["schemas"]["MessageStatus"];
            /** @description HTTP status of the answer; 0 for a connection error or timeout. */
            responseStatusCode: number;
            /** @description Body of the answer, truncated to 10 KB; `""` once expunged. */
            response: string;
            /** @description How long the endpoint took to answer, in ms. */
            responseDurationMs: number;
            /**
             * @description `scheduled` for automatic deliveries and retries, `manual` for a resend.
             * @enum {string}
             */
            triggerType: "scheduled" | "manual";
            /** Format: date-time */
            timestamp: string;
        };
        /** @description An endpoint with the delivery status of one message there. */
        MessageEndpointOut: {
            /** @description The endpoint's ID, `ep_…`. */
            id: components["schemas"]["EndpointId"];
            /** @description Your unique identifier for it, usable wherever its ID is; null when none was given. */
            uid: components["schemas"]["Uid"] | null;
            /** @description Display name; null when none was given. */
            name: string | null;
            /** @description Free-text description of the endpoint. */
            description: string;
            /** Format: uri */
            url: string;
            /** @description Disabled endpoints receive nothing. */
            enabled: boolean;
            /** @description Delivery status of the message at this endpoint. */
            status: components["schemas"]["MessageStatus"];
            /**
             * Format: date-time
             * @description When the next attempt is scheduled; null when none is.
             */
            nextAttempt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        EventTypeIn: {
            name: components["schemas"]["EventTypeName"];
            description: string;
            schemas?: components["schemas"]["EventTypeSchemas"] | null;
            /** @default false */
            archived?: boolean;
        };
        EventTypeUpdate: {
            description: string;
            schemas?: components["schemas"]["EventTypeSchemas"] | null;
            /** @default false */
            archived?: boolean;
        };
        EventTypePatch: {
            description?: string;
            schemas?: components["schemas"]["EventTypeSchemas"] | null;
            archived?: boolean;
        };
        EventTypeOut: {
            /** @description The event type's name, e.g. `customer.created`. */
            name: components["schemas"]["EventTypeName"];
            /** @description What the event means. */
            description: string;
            /** @description Payload JSON Schemas; null or left out in lists without `with_content=true`. */
            schemas?: components["schemas"]["EventTypeSchemas"] | null;
            /** @description Archived event types are left out of lists unless `include_archived=true`. */
            archived: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ListResponseApplicationOut: {
            data: components["schemas"]["ApplicationOut"][];
            iterator: components["schemas"]["ListIterator"];
            prevIterator: components["schemas"]["ListIterator"];
            done: components["schemas"]["ListDone"];
        };
        ListResponseEndpointOut: {
            data: components["schemas"]["EndpointOut"][];
            iterator: components["schemas"]["ListIterator"];
            prevIterator: components["schemas"]["ListIterator"];
            done: components["schemas"]["ListDone"];
        };
        ListResponseMessageOut: {
            data: components["schemas"]["MessageOut"][];
            iterator: components["schemas"]["ListIterator"];
            prevIterator: components["schemas"]["ListIterator"];
            done: components["schemas"]["ListDone"];
        };
        ListResponseMessageAttemptOut: {
            data: components["schemas"]["MessageAttemptOut"][];
            iterator: components["schemas"]["ListIterator"];
            prevIterator: components["schemas"]["ListIterator"];
            done: components["schemas"]["ListDone"];
        };
        ListResponseEndpointMessageOut: {
            data: components["schemas"]["EndpointMessageOut"][];
            iterator: components["schemas"]["ListIterator"];
            prevIterator: components["schemas"]["ListIterator"];
            done: components["schemas"]["ListDone"];
        };
        ListResponseMessageEndpointOut: {
            data: components["schemas"]["MessageEndpointOut"][];
            iterator: components["schemas"]["ListIterator"];
            prevIterator: components["schemas"]["ListIterator"];
            done: components["schemas"]["ListDone"];
        };
        ListResponseEventTypeOut: {
            data: components["schemas"]["EventTypeOut"][];
            iterator: components["schemas"]["ListIterator"];
            prevIterator: components["schemas"]["ListIterator"];
            done: components["schemas"]["ListDone"];
        };
        /** @description Cursor to pass as `iterator` to read the next (or previous) page; null when there is none. */
        ListIterator: string | null;
        /** @description True when this is the last page. */
        ListDone: boolean;
    };
    responses: {
        /** @description The request is malformed (e.g. `invalid_json` for a body that is not JSON). */
        BadRequest: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "invalid_json",
                 *       "detail": "The request body is not valid JSON."
                 *     }
                 */
                "application/json": components["schemas"]["HttpError"];
            };
        };
        /** @description The bearer token is missing or unknown. */
        Unauthorized: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "unauthorized",
                 *       "detail": "Missing or invalid bearer token."
                 *     }
                 */
                "application/json": components["schemas"]["HttpError"];
            };
        };
        /** @description The token may not perform this operation. */
        Forbidden: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "forbidden",
                 *       "detail": "This token may not perform this operation."
                 *     }
                 */
                "application/json": components["schemas"]["HttpError"];
            };
        };
        /** @description No such entity in this environment. */
        NotFound: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "not_found",
                 *       "detail": "Entity not found."
                 *     }
                 */
                "application/json": components["schemas"]["HttpError"];
            };
        };
        /**
         * @description `conflict`: the `uid` or name is already taken (do not retry). `idempotency_in_flight`: a
         *     request with the same `idempotency-key` is still being processed (safe to retry).
         */
        Conflict: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HttpError"];
            };
        };
        /** @description The request body is too large. */
        PayloadTooLarge: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "payload_too_large",
                 *       "detail": "The request body exceeds the size limit."
                 *     }
                 */
                "application/json": components["schemas"]["HttpError"];
            };
        };
        /**
         * @description The request does not match its schema (an unknown body field has `type` `extra_forbidden`), a
         *     payload nests deeper than 64 levels (`too_deep`), an endpoint's headers pass 64 entries or
         *     8 KiB (`too_long`), or (`type` `idempotency_key_reuse`, `loc` `["header", "idempotency-key"]`)
         *     the idempotency key was already used for a different request.
         */
        ValidationError: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HTTPValidationError"];
            };
        };
        /** @description Too many requests; wait `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "rate_limited",
                 *       "detail": "Too many requests."
                 *     }
                 */
                "application/json": components["schemas"]["HttpError"];
            };
        };
        /**
         * @description The server failed (any 5xx: `500 internal_error`, or a `502`/`503`/`504` on the way); the
         *     request may be retried.
         */
        InternalServerError: {
            headers: {
                "x-request-id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "internal_error",
                 *       "detail": "Internal server error."
                 *     }
                 */
                "application/json": components["schemas"]["HttpError"];
            };
        };
    };
    parameters: {
        /**
         * @description Makes the request safe to retry: a repeat with the same key within 24 h returns the first
         *     response without doing the work again. Send the same key on every retry of one call.
         * @example 5e7b1a0c-8b0f-4f9a-9d6e-2b1f6c3a9e47
         */
        IdempotencyKey: string;
        /**
         * @description The application's ID or UID.
         * @example app_teexfqn3o09y1fnmm631r0fo8uq
         */
        AppId: components["schemas"]["IdOrUid"];
        /**
         * @description The endpoint's ID or UID.
         * @example ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq
         */
        EndpointId: components["schemas"]["IdOrUid"];
        /**
         * @description The message's ID or UID.
         * @example msg_2a0eR3Jc1cV5RwUGzsSUBWPcVZ0
         */
        MsgId: components["schemas"]["IdOrUid"];
        /**
         * @description The attempt's ID.
         * @example atmpt_2a0eRq6yZbnN1TTz8JmvHgK3hUE
         */
        AttemptId: components["schemas"]["AttemptId"];
        /**
         * @description The event type's name.
         * @example customer.created
         */
        EventTypeName: components["schemas"]["EventTypeName"];
        /** @description Maximum number of items in the page. */
        Limit: number;
        /** @description The `iterator` (next page) or `prevIterator` (previous page) of a page already read. */
        Iterator: string;
        /** @description Sort order of the list; oldest first by default. */
        OrderAscendingDefault: components["schemas"]["Ordering"];
        /** @description Sort order of the list; newest first by default. */
        OrderDescendingDefault: components["schemas"]["Ordering"];
        /** @description Only items of these event types (repeat the parameter for several). */
        EventTypes: components["schemas"]["EventTypeName"][];
        /** @description Only items sent on this channel. */
        Channel: components["schemas"]["Channel"];
        /** @description Only items with this delivery status. */
        Status: components["schemas"]["MessageStatus"];
        /** @description Only items created before this time. */
        Before: string;
        /** @description Only items created after this time. */
        After: string;
        /** @description Include message payloads; `false` leaves `payload` out of the response. */
        WithContent: boolean;
    };
    requestBodies: never;
    headers: {
        /**
         * @description The request's ID: the `x-request-id` the client sent, echoed, or a fresh one. Quote it when
         *     reporting a problem.
         * @example req_2a0eUa8fTq3WvL1nB6xYz0KcHd
         */
        XRequestId: string;
        /**
         * @description `true` when this response is the stored answer to an earlier request with the same
         *     `idempotency-key` (the work was not done again). Absent on a first answer.
         * @example true
         */
        IdempotentReplayed: "true";
        /**
         * @description Seconds to wait before retrying.
         * @example 2
         */
        RetryAfter: number;
    };
    pathItems: never;
}
export type IdOrUid = components['schemas']['IdOrUid'];
export type ApplicationId = components['schemas']['ApplicationId'];
export type EndpointId = components['schemas']['EndpointId'];
export type MessageId = components['schemas']['MessageId'];
export type AttemptId = components['schemas']['AttemptId'];
export type EndpointSecret = components['schemas']['EndpointSecret'];
export type Uid = components['schemas']['Uid'];
export type EventTypeName = components['schemas']['EventTypeName'];
export type Channel = components['schemas']['Channel'];
export type RateLimit = components['schemas']['RateLimit'];
export type Metadata = components['schemas']['Metadata'];
export type HeaderMap = components['schemas']['HeaderMap'];
export type EndpointUrl = components['schemas']['EndpointUrl'];
export type EventTypeSchemas = components['schemas']['EventTypeSchemas'];
export type MessageStatus = components['schemas']['MessageStatus'];
export type Ordering = components['schemas']['Ordering'];
export type HttpError = components['schemas']['HttpError'];
export type HTTPValidationError = components['schemas']['HTTPValidationError'];
export type ValidationErrorItem = components['schemas']['ValidationErrorItem'];
export type HealthOut = components['schemas']['HealthOut'];
export type ApplicationIn = components['schemas']['ApplicationIn'];
export type ApplicationPatch = components['schemas']['ApplicationPatch'];
export type ApplicationOut = components['schemas']['ApplicationOut'];
export type EndpointIn = components['schemas']['EndpointIn'];
export type EndpointUpdate = components['schemas']['EndpointUpdate'];
export type EndpointPatch = components['schemas']['EndpointPatch'];
export type EndpointOut = components['schemas']['EndpointOut'];
export type EndpointSecretOut = components['schemas']['EndpointSecretOut'];
export type EndpointSecretRotateIn = components['schemas']['EndpointSecretRotateIn'];
export type EndpointHeadersOut = components['schemas']['EndpointHeadersOut'];
export type EndpointHeadersIn = components['schemas']['EndpointHeadersIn'];
export type EndpointHeadersPatchIn = components['schemas']['EndpointHeadersPatchIn'];
export type RecoverIn = components['schemas']['RecoverIn'];
export type RecoverOut = components['schemas']['RecoverOut'];
export type ReplayIn = components['schemas']['ReplayIn'];
export type ReplayOut = components['schemas']['ReplayOut'];
export type EndpointStats = components['schemas']['EndpointStats'];
export type EventExampleIn = components['schemas']['EventExampleIn'];
export type MessageIn = components['schemas']['MessageIn'];
export type MessageOut = components['schemas']['MessageOut'];
export type EndpointMessageOut = components['schemas']['EndpointMessageOut'];
export type MessageAttemptOut = components['schemas']['MessageAttemptOut'];
export type MessageEndpointOut = components['schemas']['MessageEndpointOut'];
export type EventTypeIn = components['schemas']['EventTypeIn'];
export type EventTypeUpdate = components['schemas']['EventTypeUpdate'];
export type EventTypePatch = components['schemas']['EventTypePatch'];
export type EventTypeOut = components['schemas']['EventTypeOut'];
export type ListResponseApplicationOut = components['schemas']['ListResponseApplicationOut'];
export type ListResponseEndpointOut = components['schemas']['ListResponseEndpointOut'];
export type ListResponseMessageOut = components['schemas']['ListResponseMessageOut'];
export type ListResponseMessageAttemptOut = components['schemas']['ListResponseMessageAttemptOut'];
export type ListResponseEndpointMessageOut = components['schemas']['ListResponseEndpointMessageOut'];
export type ListResponseMessageEndpointOut = components['schemas']['ListResponseMessageEndpointOut'];
export type ListResponseEventTypeOut = components['schemas']['ListResponseEventTypeOut'];
export type ListIterator = components['schemas']['ListIterator'];
export type ListDone = components['schemas']['ListDone'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseConflict = components['responses']['Conflict'];
export type ResponsePayloadTooLarge = components['responses']['PayloadTooLarge'];
export type ResponseValidationError = components['responses']['ValidationError'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ParameterIdempotencyKey = components['parameters']['IdempotencyKey'];
export type ParameterAppId = components['parameters']['AppId'];
export type ParameterEndpointId = components['parameters']['EndpointId'];
export type ParameterMsgId = components['parameters']['MsgId'];
export type ParameterAttemptId = components['parameters']['AttemptId'];
export type ParameterEventTypeName = components['parameters']['EventTypeName'];
export type ParameterLimit = components['parameters']['Limit'];
export type ParameterIterator = components['parameters']['Iterator'];
export type ParameterOrderAscendingDefault = components['parameters']['OrderAscendingDefault'];
export type ParameterOrderDescendingDefault = components['parameters']['OrderDescendingDefault'];
export type ParameterEventTypes = components['parameters']['EventTypes'];
export type ParameterChannel = components['parameters']['Channel'];
export type ParameterStatus = components['parameters']['Status'];
export type ParameterBefore = components['parameters']['Before'];
export type ParameterAfter = components['parameters']['After'];
export type ParameterWithContent = components['parameters']['WithContent'];
export type HeaderXRequestId = components['headers']['XRequestId'];
export type HeaderIdempotentReplayed = components['headers']['IdempotentReplayed'];
export type HeaderRetryAfter = components['headers']['RetryAfter'];
export type $defs = Record<string, never>;
export interface operations {
    "health.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API is up. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": components["schemas"]["HealthOut"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "application.list": {
        parameters: {
            query?: {
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description The `iterator` (next page) or `prevIterator` (previous page) of a page already read. */
                iterator?: components["parameters"]["Iterator"];
                /** @description Sort order of the list; oldest first by default. */
                order?: components["parameters"]["OrderAscendingDefault"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of applications. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "app_teexfqn3o09y1fnmm631r0fo8uq",
                     *           "uid": "application-name",
                     *           "name": "Application name",
                     *           "rateLimit": null,
                     *           "metadata": {},
                     *           "createdAt": "2024-05-01T12:00:00Z",
                     *           "updatedAt": "2024-05-01T12:00:00Z"
                     *         }
                     *       ],
                     *       "iterator": "bjM",
                     *       "prevIterator": null,
                     *       "done": true
                     *     }
                     */
                    "application/json": components["schemas"]["ListResponseApplicationOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "application.create": {
        parameters: {
            query?: {
                /** @description Return the existing application (200) when one already has this `uid`. */
                get_if_exists?: boolean;
            };
            header?: {
                /**
                 * @description Makes the request safe to retry: a repeat with the same key within 24 h returns the first
                 *     response without doing the work again. Send the same key on every retry of one call.
                 * @example 5e7b1a0c-8b0f-4f9a-9d6e-2b1f6c3a9e47
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Application name",
                 *       "uid": "application-name"
                 *     }
                 */
                "application/json": components["schemas"]["ApplicationIn"];
            };
        };
        responses: {
            /** @description `get_if_exists=true` found an application with this `uid`; it is returned unchanged. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "app_teexfqn3o09y1fnmm631r0fo8uq",
                     *       "uid": "application-name",
                     *       "name": "Application name",
                     *       "rateLimit": null,
                     *       "metadata": {},
                     *       "createdAt": "2024-05-01T12:00:00Z",
                     *       "updatedAt": "2024-05-01T12:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ApplicationOut"];
                };
            };
            /** @description The application was created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "app_teexfqn3o09y1fnmm631r0fo8uq",
                     *       "uid": "application-name",
                     *       "name": "Application name",
                     *       "rateLimit": null,
                     *       "metadata": {},
                     *       "createdAt": "2024-05-01T12:00:00Z",
                     *       "updatedAt": "2024-05-01T12:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ApplicationOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "application.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "app_teexfqn3o09y1fnmm631r0fo8uq",
                     *       "uid": "application-name",
                     *       "name": "Application name",
                     *       "rateLimit": null,
                     *       "metadata": {},
                     *       "createdAt": "2024-05-01T12:00:00Z",
                     *       "updatedAt": "2024-05-01T12:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ApplicationOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "application.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Application name",
                 *       "uid": "application-name"
                 *     }
                 */
                "application/json": components["schemas"]["ApplicationIn"];
            };
        };
        responses: {
            /** @description The application was updated. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "app_teexfqn3o09y1fnmm631r0fo8uq",
                     *       "uid": "application-name",
                     *       "name": "Application name",
                     *       "rateLimit": null,
                     *       "metadata": {},
                     *       "createdAt": "2024-05-01T12:00:00Z",
                     *       "updatedAt": "2024-05-01T12:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ApplicationOut"];
                };
            };
            /** @description No application matched `app_id`, so one was created with it as its `uid`. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "app_teexfqn3o09y1fnmm631r0fo8uq",
                     *       "uid": "application-name",
                     *       "name": "Application name",
                     *       "rateLimit": null,
                     *       "metadata": {},
                     *       "createdAt": "2024-05-01T12:00:00Z",
                     *       "updatedAt": "2024-05-01T12:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ApplicationOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "application.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application was deleted. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "application.patch": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rateLimit": 100,
                 *       "metadata": {
                 *         "plan": "pro"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ApplicationPatch"];
            };
        };
        responses: {
            /** @description The patched application. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "app_teexfqn3o09y1fnmm631r0fo8uq",
                     *       "uid": "application-name",
                     *       "name": "Application name",
                     *       "rateLimit": 100,
                     *       "metadata": {
                     *         "plan": "pro"
                     *       },
                     *       "createdAt": "2024-05-01T12:00:00Z",
                     *       "updatedAt": "2024-05-02T08:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ApplicationOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "endpoint.list": {
        parameters: {
            query?: {
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description The `iterator` (next page) or `prevIterator` (previous page) of a page already read. */
                iterator?: components["parameters"]["Iterator"];
                /** @description Sort order of the list; oldest first by default. */
                order?: components["parameters"]["OrderAscendingDefault"];
            };
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of endpoints. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq",
                     *           "uid": "my-main-endpoint",
                     *           "name": "My main endpoint",
                     *           "description": "",
                     *           "url": "https://api.example.com/octohooks-webhooks",
                     *           "enabled": true,
                     *           "eventTypes": [
                     *             "customer.created"
                     *           ],
                     *           "channels": null,
                     *           "headers": {},
                     *           "rateLimit": null,
                     *           "metadata": {},
                     *           "version": 1,
                     *           "createdAt": "2024-05-01T12:05:00Z",
                     *           "updatedAt": "2024-05-01T12:05:00Z"
                     *         }
                     *       ],
                     *       "iterator": "bjc",
                     *       "prevIterator": null,
                     *       "done": true
                     *     }
                     */
                    "application/json": components["schemas"]["ListResponseEndpointOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "endpoint.create": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a repeat with the same key within 24 h returns the first
                 *     response without doing the work again. Send the same key on every retry of one call.
                 * @example 5e7b1a0c-8b0f-4f9a-9d6e-2b1f6c3a9e47
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channels": [],
                 *       "enabled": true,
                 *       "eventTypes": [
                 *         "customer.created"
                 *       ],
                 *       "headers": {},
                 *       "name": "My main endpoint",
                 *       "uid": "my-main-endpoint",
                 *       "url": "https://api.example.com/octohooks-webhooks"
                 *     }
                 */
                "application/json": components["schemas"]["EndpointIn"];
            };
        };
        responses: {
            /** @description The endpoint was created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq",
                     *       "uid": "my-main-endpoint",
                     *       "name": "My main endpoint",
                     *       "description": "",
                     *       "url": "https://api.example.com/octohooks-webhooks",
                     *       "enabled": true,
                     *       "eventTypes": [
                     *         "customer.created"
                     *       ],
                     *       "channels": null,
                     *       "headers": {},
                     *       "rateLimit": null,
                     *       "metadata": {},
                     *       "version": 1,
                     *       "createdAt": "2024-05-01T12:05:00Z",
                     *       "updatedAt": "2024-05-01T12:05:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["EndpointOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "endpoint.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The endpoint's ID or UID.
                 * @example ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq
                 */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq",
                     *       "uid": "my-main-endpoint",
                     *       "name": "My main endpoint",
                     *       "description": "",
                     *       "url": "https://api.example.com/octohooks-webhooks",
                     *       "enabled": true,
                     *       "eventTypes": [
                     *         "customer.created"
                     *       ],
                     *       "channels": null,
                     *       "headers": {},
                     *       "rateLimit": null,
                     *       "metadata": {},
                     *       "version": 1,
                     *       "createdAt": "2024-05-01T12:05:00Z",
                     *       "updatedAt": "2024-05-01T12:05:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["EndpointOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "endpoint.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The endpoint's ID or UID.
                 * @example ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq
                 */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://api.example.com/octohooks-webhooks",
                 *       "name": "My main endpoint",
                 *       "eventTypes": [
                 *         "customer.created"
                 *       ],
                 *       "enabled": true
                 *     }
                 */
                "application/json": components["schemas"]["EndpointUpdate"];
            };
        };
        responses: {
            /** @description The endpoint was updated. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq",
                     *       "uid": "my-main-endpoint",
                     *       "name": "My main endpoint",
                     *       "description": "",
                     *       "url": "https://api.example.com/octohooks-webhooks",
                     *       "enabled": true,
                     *       "eventTypes": [
                     *         "customer.created"
                     *       ],
                     *       "channels": null,
                     *       "headers": {},
                     *       "rateLimit": null,
                     *       "metadata": {},
                     *       "version": 1,
                     *       "createdAt": "2024-05-01T12:05:00Z",
                     *       "updatedAt": "2024-05-01T12:05:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["EndpointOut"];
                };
            };
            /** @description No endpoint matched `endpoint_id`, so one was created with it as its `uid`. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq",
                     *       "uid": "my-main-endpoint",
                     *       "name": "My main endpoint",
                     *       "description": "",
                     *       "url": "https://api.example.com/octohooks-webhooks",
                     *       "enabled": true,
                     *       "eventTypes": [
                     *         "customer.created"
                     *       ],
                     *       "channels": null,
                     *       "headers": {},
                     *       "rateLimit": null,
                     *       "metadata": {},
                     *       "version": 1,
                     *       "createdAt": "2024-05-01T12:05:00Z",
                     *       "updatedAt": "2024-05-01T12:05:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["EndpointOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "endpoint.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The endpoint's ID or UID.
                 * @example ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq
                 */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint was deleted. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "endpoint.patch": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The endpoint's ID or UID.
                 * @example ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq
                 */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "enabled": false,
                 *       "eventTypes": null
                 *     }
                 */
                "application/json": components["schemas"]["EndpointPatch"];
            };
        };
        responses: {
            /** @description The patched endpoint. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq",
                     *       "uid": "my-main-endpoint",
                     *       "name": "My main endpoint",
                     *       "description": "",
                     *       "url": "https://api.example.com/octohooks-webhooks",
                     *       "enabled": false,
                     *       "eventTypes": null,
                     *       "channels": null,
                     *       "headers": {},
                     *       "rateLimit": null,
                     *       "metadata": {},
                     *       "version": 1,
                     *       "createdAt": "2024-05-01T12:05:00Z",
                     *       "updatedAt": "2024-05-02T09:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["EndpointOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "endpoint.getSecret": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The endpoint's ID or UID.
                 * @example ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq
                 */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current signing secret. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "key": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
                     *     }
                     */
                    "application/json": components["schemas"]["EndpointSecretOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "endpoint.rotateSecret": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a repeat with the same key within 24 h returns the first
                 *     response without doing the work again. Send the same key on every retry of one call.
                 * @example 5e7b1a0c-8b0f-4f9a-9d6e-2b1f6c3a9e47
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The endpoint's ID or UID.
                 * @example ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq
                 */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "key": null
                 *     }
                 */
                "application/json": components["schemas"]["EndpointSecretRotateIn"];
            };
        };
        responses: {
            /** @description The secret was rotated. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "endpoint.getHeaders": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The endpoint's ID or UID.
                 * @example ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq
                 */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The custom headers. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "headers": {
                     *         "x-example-header": "123",
                     *         "authorization": "Bearer abc"
                     *       },
                     *       "sensitive": [
                     *         "authorization"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["EndpointHeadersOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "endpoint.updateHeaders": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The endpoint's ID or UID.
                 * @example ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq
                 */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "headers": {
                 *         "x-example-header": "123"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["EndpointHeadersIn"];
            };
        };
        responses: {
            /** @description The headers were replaced. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "endpoint.patchHeaders": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The endpoint's ID or UID.
                 * @example ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq
                 */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "headers": {
                 *         "x-example-header": "456",
                 *         "x-old-header": null
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["EndpointHeadersPatchIn"];
            };
        };
        responses: {
            /** @description The headers were patched. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "endpoint.recover": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a repeat with the same key within 24 h returns the first
                 *     response without doing the work again. Send the same key on every retry of one call.
                 * @example 5e7b1a0c-8b0f-4f9a-9d6e-2b1f6c3a9e47
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The endpoint's ID or UID.
                 * @example ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq
                 */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "since": "2024-05-01T00:00:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["RecoverIn"];
            };
        };
        responses: {
            /** @description The recovery task was started. */
            202: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "qtask_2a0eSs7x1WzXWb6hYbDhA5vq8iW",
                     *       "status": "running",
                     *       "task": "endpoint.recover"
                     *     }
                     */
                    "application/json": components["schemas"]["RecoverOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "endpoint.replayMissing": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a repeat with the same key within 24 h returns the first
                 *     response without doing the work again. Send the same key on every retry of one call.
                 * @example 5e7b1a0c-8b0f-4f9a-9d6e-2b1f6c3a9e47
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The endpoint's ID or UID.
                 * @example ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq
                 */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "since": "2024-05-01T00:00:00Z",
                 *       "until": "2024-05-02T00:00:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["ReplayIn"];
            };
        };
        responses: {
            /** @description The replay task was started. */
            202: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "qtask_2a0eT1q9ZkM3bW7yQxF4cP8rLnV",
                     *       "status": "running",
                     *       "task": "endpoint.replay"
                     *     }
                     */
                    "application/json": components["schemas"]["ReplayOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "endpoint.getStats": {
        parameters: {
            query?: {
                /** @description Count only messages created at or after this time. */
                since?: string;
                /** @description Count only messages created before this time. */
                until?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The endpoint's ID or UID.
                 * @example ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq
                 */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statistics. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": 120,
                     *       "pending": 2,
                     *       "sending": 1,
                     *       "fail": 3
                     *     }
                     */
                    "application/json": components["schemas"]["EndpointStats"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "endpoint.sendExample": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a repeat with the same key within 24 h returns the first
                 *     response without doing the work again. Send the same key on every retry of one call.
                 * @example 5e7b1a0c-8b0f-4f9a-9d6e-2b1f6c3a9e47
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The endpoint's ID or UID.
                 * @example ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq
                 */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventType": "customer.created"
                 *     }
                 */
                "application/json": components["schemas"]["EventExampleIn"];
            };
        };
        responses: {
            /** @description The example message was created and is being delivered. */
            202: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "msg_2a0eTtV3H1XcPq8mZrW5yK7bNfD",
                     *       "uid": null,
                     *       "eventType": "customer.created",
                     *       "payload": {
                     *         "id": 1,
                     *         "example": true
                     *       },
                     *       "channels": null,
                     *       "timestamp": "2024-05-01T12:10:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["MessageOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "message.list": {
        parameters: {
            query?: {
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description The `iterator` (next page) or `prevIterator` (previous page) of a page already read. */
                iterator?: components["parameters"]["Iterator"];
                /** @description Sort order of the list; newest first by default. */
                order?: components["parameters"]["OrderDescendingDefault"];
                /** @description Only items of these event types (repeat the parameter for several). */
                event_types?: components["parameters"]["EventTypes"];
                /** @description Only items sent on this channel. */
                channel?: components["parameters"]["Channel"];
                /** @description Only items created before this time. */
                before?: components["parameters"]["Before"];
                /** @description Only items created after this time. */
                after?: components["parameters"]["After"];
                /** @description Include message payloads; `false` leaves `payload` out of the response. */
                with_content?: components["parameters"]["WithContent"];
            };
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of messages. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "msg_2a0eR3Jc1cV5RwUGzsSUBWPcVZ0",
                     *           "uid": "774fa91a-510b-4a35-9799-6c233f6af790",
                     *           "eventType": "customer.created",
                     *           "payload": {
                     *             "email": "customer@email.com",
                     *             "integration": 100032,
                     *             "domain": "test",
                     *             "customer_code": "cus_xnxdt6s1zg1f4nx",
                     *             "id": 1173,
                     *             "identified": false,
                     *             "identifications": null,
                     *             "createdAt": "2016-03-29T20:03:09.584Z",
                     *             "updatedAt": "2016-03-29T20:03:09.584Z"
                     *           },
                     *           "channels": null,
                     *           "timestamp": "2024-05-01T12:06:00Z"
                     *         }
                     *       ],
                     *       "iterator": "bjEy",
                     *       "prevIterator": null,
                     *       "done": true
                     *     }
                     */
                    "application/json": components["schemas"]["ListResponseMessageOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "message.create": {
        parameters: {
            query?: {
                /** @description Include message payloads; `false` leaves `payload` out of the response. */
                with_content?: components["parameters"]["WithContent"];
            };
            header?: {
                /**
                 * @description Makes the request safe to retry: a repeat with the same key within 24 h returns the first
                 *     response without doing the work again. Send the same key on every retry of one call.
                 * @example 5e7b1a0c-8b0f-4f9a-9d6e-2b1f6c3a9e47
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channels": [],
                 *       "eventType": "customer.created",
                 *       "uid": "774fa91a-510b-4a35-9799-6c233f6af790",
                 *       "payload": {
                 *         "email": "customer@email.com",
                 *         "integration": 100032,
                 *         "domain": "test",
                 *         "customer_code": "cus_xnxdt6s1zg1f4nx",
                 *         "id": 1173,
                 *         "identified": false,
                 *         "identifications": null,
                 *         "createdAt": "2016-03-29T20:03:09.584Z",
                 *         "updatedAt": "2016-03-29T20:03:09.584Z"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["MessageIn"];
            };
        };
        responses: {
            /** @description The message was stored and its deliveries queued. */
            202: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "msg_2a0eR3Jc1cV5RwUGzsSUBWPcVZ0",
                     *       "uid": "774fa91a-510b-4a35-9799-6c233f6af790",
                     *       "eventType": "customer.created",
                     *       "payload": {
                     *         "email": "customer@email.com",
                     *         "integration": 100032,
                     *         "domain": "test",
                     *         "customer_code": "cus_xnxdt6s1zg1f4nx",
                     *         "id": 1173,
                     *         "identified": false,
                     *         "identifications": null,
                     *         "createdAt": "2016-03-29T20:03:09.584Z",
                     *         "updatedAt": "2016-03-29T20:03:09.584Z"
                     *       },
                     *       "channels": null,
                     *       "timestamp": "2024-05-01T12:06:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["MessageOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "message.get": {
        parameters: {
            query?: {
                /** @description Include message payloads; `false` leaves `payload` out of the response. */
                with_content?: components["parameters"]["WithContent"];
            };
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The message's ID or UID.
                 * @example msg_2a0eR3Jc1cV5RwUGzsSUBWPcVZ0
                 */
                msg_id: components["parameters"]["MsgId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "msg_2a0eR3Jc1cV5RwUGzsSUBWPcVZ0",
                     *       "uid": "774fa91a-510b-4a35-9799-6c233f6af790",
                     *       "eventType": "customer.created",
                     *       "payload": {
                     *         "email": "customer@email.com",
                     *         "integration": 100032,
                     *         "domain": "test",
                     *         "customer_code": "cus_xnxdt6s1zg1f4nx",
                     *         "id": 1173,
                     *         "identified": false,
                     *         "identifications": null,
                     *         "createdAt": "2016-03-29T20:03:09.584Z",
                     *         "updatedAt": "2016-03-29T20:03:09.584Z"
                     *       },
                     *       "channels": null,
                     *       "timestamp": "2024-05-01T12:06:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["MessageOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "message.expungeContent": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The message's ID or UID.
                 * @example msg_2a0eR3Jc1cV5RwUGzsSUBWPcVZ0
                 */
                msg_id: components["parameters"]["MsgId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payload was expunged. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "attempt.listByEndpoint": {
        parameters: {
            query?: {
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description The `iterator` (next page) or `prevIterator` (previous page) of a page already read. */
                iterator?: components["parameters"]["Iterator"];
                /** @description Sort order of the list; newest first by default. */
                order?: components["parameters"]["OrderDescendingDefault"];
                /** @description Only items with this delivery status. */
                status?: components["parameters"]["Status"];
                /** @description Only items of these event types (repeat the parameter for several). */
                event_types?: components["parameters"]["EventTypes"];
                /** @description Only items sent on this channel. */
                channel?: components["parameters"]["Channel"];
                /** @description Only items created before this time. */
                before?: components["parameters"]["Before"];
                /** @description Only items created after this time. */
                after?: components["parameters"]["After"];
                /** @description Include message payloads; `false` leaves `payload` out of the response. */
                with_content?: components["parameters"]["WithContent"];
            };
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The endpoint's ID or UID.
                 * @example ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq
                 */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of attempts. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "atmpt_2a0eRq6yZbnN1TTz8JmvHgK3hUE",
                     *           "msgId": "msg_2a0eR3Jc1cV5RwUGzsSUBWPcVZ0",
                     *           "endpointId": "ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq",
                     *           "url": "https://api.example.com/octohooks-webhooks",
                     *           "status": "success",
                     *           "responseStatusCode": 200,
                     *           "response": "{\"ok\":true}",
                     *           "responseDurationMs": 84,
                     *           "triggerType": "scheduled",
                     *           "timestamp": "2024-05-01T12:06:01Z"
                     *         }
                     *       ],
                     *       "iterator": "bjE4",
                     *       "prevIterator": null,
                     *       "done": true
                     *     }
                     */
                    "application/json": components["schemas"]["ListResponseMessageAttemptOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "attempt.listByMessage": {
        parameters: {
            query?: {
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description The `iterator` (next page) or `prevIterator` (previous page) of a page already read. */
                iterator?: components["parameters"]["Iterator"];
                /** @description Sort order of the list; newest first by default. */
                order?: components["parameters"]["OrderDescendingDefault"];
                /** @description Only items with this delivery status. */
                status?: components["parameters"]["Status"];
                /** @description Only attempts made to this endpoint (ID or UID). */
                endpoint_id?: components["schemas"]["IdOrUid"];
                /** @description Only items created before this time. */
                before?: components["parameters"]["Before"];
                /** @description Only items created after this time. */
                after?: components["parameters"]["After"];
                /** @description Include message payloads; `false` leaves `payload` out of the response. */
                with_content?: components["parameters"]["WithContent"];
            };
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The message's ID or UID.
                 * @example msg_2a0eR3Jc1cV5RwUGzsSUBWPcVZ0
                 */
                msg_id: components["parameters"]["MsgId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of attempts. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "atmpt_2a0eRq6yZbnN1TTz8JmvHgK3hUE",
                     *           "msgId": "msg_2a0eR3Jc1cV5RwUGzsSUBWPcVZ0",
                     *           "endpointId": "ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq",
                     *           "url": "https://api.example.com/octohooks-webhooks",
                     *           "status": "success",
                     *           "responseStatusCode": 200,
                     *           "response": "{\"ok\":true}",
                     *           "responseDurationMs": 84,
                     *           "triggerType": "scheduled",
                     *           "timestamp": "2024-05-01T12:06:01Z"
                     *         }
                     *       ],
                     *       "iterator": "bjI1",
                     *       "prevIterator": null,
                     *       "done": true
                     *     }
                     */
                    "application/json": components["schemas"]["ListResponseMessageAttemptOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "attempt.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The message's ID or UID.
                 * @example msg_2a0eR3Jc1cV5RwUGzsSUBWPcVZ0
                 */
                msg_id: components["parameters"]["MsgId"];
                /**
                 * @description The attempt's ID.
                 * @example atmpt_2a0eRq6yZbnN1TTz8JmvHgK3hUE
                 */
                attempt_id: components["parameters"]["AttemptId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attempt. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "atmpt_2a0eRq6yZbnN1TTz8JmvHgK3hUE",
                     *       "msgId": "msg_2a0eR3Jc1cV5RwUGzsSUBWPcVZ0",
                     *       "endpointId": "ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq",
                     *       "url": "https://api.example.com/octohooks-webhooks",
                     *       "status": "success",
                     *       "responseStatusCode": 200,
                     *       "response": "{\"ok\":true}",
                     *       "responseDurationMs": 84,
                     *       "triggerType": "scheduled",
                     *       "timestamp": "2024-05-01T12:06:01Z"
                     *     }
                     */
                    "application/json": components["schemas"]["MessageAttemptOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "attempt.expungeContent": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The message's ID or UID.
                 * @example msg_2a0eR3Jc1cV5RwUGzsSUBWPcVZ0
                 */
                msg_id: components["parameters"]["MsgId"];
                /**
                 * @description The attempt's ID.
                 * @example atmpt_2a0eRq6yZbnN1TTz8JmvHgK3hUE
                 */
                attempt_id: components["parameters"]["AttemptId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The response body was expunged. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "attempt.resend": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a repeat with the same key within 24 h returns the first
                 *     response without doing the work again. Send the same key on every retry of one call.
                 * @example 5e7b1a0c-8b0f-4f9a-9d6e-2b1f6c3a9e47
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The message's ID or UID.
                 * @example msg_2a0eR3Jc1cV5RwUGzsSUBWPcVZ0
                 */
                msg_id: components["parameters"]["MsgId"];
                /**
                 * @description The endpoint's ID or UID.
                 * @example ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq
                 */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery was queued. */
            202: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "attempt.listAttemptedMessages": {
        parameters: {
            query?: {
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description The `iterator` (next page) or `prevIterator` (previous page) of a page already read. */
                iterator?: components["parameters"]["Iterator"];
                /** @description Sort order of the list; newest first by default. */
                order?: components["parameters"]["OrderDescendingDefault"];
                /** @description Only items with this delivery status. */
                status?: components["parameters"]["Status"];
                /** @description Only items of these event types (repeat the parameter for several). */
                event_types?: components["parameters"]["EventTypes"];
                /** @description Only items sent on this channel. */
                channel?: components["parameters"]["Channel"];
                /** @description Only items created before this time. */
                before?: components["parameters"]["Before"];
                /** @description Only items created after this time. */
                after?: components["parameters"]["After"];
                /** @description Include message payloads; `false` leaves `payload` out of the response. */
                with_content?: components["parameters"]["WithContent"];
            };
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The endpoint's ID or UID.
                 * @example ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq
                 */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of messages with their status at this endpoint. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "msg_2a0eR3Jc1cV5RwUGzsSUBWPcVZ0",
                     *           "uid": "774fa91a-510b-4a35-9799-6c233f6af790",
                     *           "eventType": "customer.created",
                     *           "payload": {
                     *             "email": "customer@email.com",
                     *             "integration": 100032,
                     *             "domain": "test",
                     *             "customer_code": "cus_xnxdt6s1zg1f4nx",
                     *             "id": 1173,
                     *             "identified": false,
                     *             "identifications": null,
                     *             "createdAt": "2016-03-29T20:03:09.584Z",
                     *             "updatedAt": "2016-03-29T20:03:09.584Z"
                     *           },
                     *           "channels": null,
                     *           "timestamp": "2024-05-01T12:06:00Z",
                     *           "status": "success",
                     *           "nextAttempt": null
                     *         }
                     *       ],
                     *       "iterator": "bjMx",
                     *       "prevIterator": null,
                     *       "done": true
                     *     }
                     */
                    "application/json": components["schemas"]["ListResponseEndpointMessageOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "attempt.listAttemptedDestinations": {
        parameters: {
            query?: {
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description The `iterator` (next page) or `prevIterator` (previous page) of a page already read. */
                iterator?: components["parameters"]["Iterator"];
                /** @description Sort order of the list; newest first by default. */
                order?: components["parameters"]["OrderDescendingDefault"];
            };
            header?: never;
            path: {
                /**
                 * @description The application's ID or UID.
                 * @example app_teexfqn3o09y1fnmm631r0fo8uq
                 */
                app_id: components["parameters"]["AppId"];
                /**
                 * @description The message's ID or UID.
                 * @example msg_2a0eR3Jc1cV5RwUGzsSUBWPcVZ0
                 */
                msg_id: components["parameters"]["MsgId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of endpoints with the message's status at each. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "ep_2a0eQNAk4FYS7i5TMuqxXy9jWYq",
                     *           "uid": "my-main-endpoint",
                     *           "name": "My main endpoint",
                     *           "description": "",
                     *           "url": "https://api.example.com/octohooks-webhooks",
                     *           "enabled": true,
                     *           "status": "pending",
                     *           "nextAttempt": "2024-05-01T12:11:05Z",
                     *           "createdAt": "2024-05-01T12:05:00Z",
                     *           "updatedAt": "2024-05-01T12:05:00Z"
                     *         }
                     *       ],
                     *       "iterator": "bjQw",
                     *       "prevIterator": null,
                     *       "done": true
                     *     }
                     */
                    "application/json": components["schemas"]["ListResponseMessageEndpointOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "eventType.list": {
        parameters: {
            query?: {
                /** @description Maximum number of items in the page. */
                limit?: components["parameters"]["Limit"];
                /** @description The `iterator` (next page) or `prevIterator` (previous page) of a page already read. */
                iterator?: components["parameters"]["Iterator"];
                /** @description Sort order of the list; oldest first by default. */
                order?: components["parameters"]["OrderAscendingDefault"];
                /** @description Include archived event types. */
                include_archived?: boolean;
                /** @description Include each event type's `schemas` (otherwise `null`). */
                with_content?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of event types. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "name": "customer.created",
                     *           "description": "A customer signed up.",
                     *           "schemas": null,
                     *           "archived": false,
                     *           "createdAt": "2024-05-01T11:00:00Z",
                     *           "updatedAt": "2024-05-01T11:00:00Z"
                     *         }
                     *       ],
                     *       "iterator": "bjQy",
                     *       "prevIterator": null,
                     *       "done": true
                     *     }
                     */
                    "application/json": components["schemas"]["ListResponseEventTypeOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "eventType.create": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the request safe to retry: a repeat with the same key within 24 h returns the first
                 *     response without doing the work again. Send the same key on every retry of one call.
                 * @example 5e7b1a0c-8b0f-4f9a-9d6e-2b1f6c3a9e47
                 */
                "idempotency-key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "customer.created",
                 *       "description": "A customer signed up.",
                 *       "schemas": {
                 *         "1": {
                 *           "type": "object",
                 *           "required": [
                 *             "email",
                 *             "id"
                 *           ],
                 *           "properties": {
                 *             "email": {
                 *               "type": "string"
                 *             },
                 *             "id": {
                 *               "type": "integer"
                 *             }
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["EventTypeIn"];
            };
        };
        responses: {
            /** @description The event type was created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "customer.created",
                     *       "description": "A customer signed up.",
                     *       "schemas": {
                     *         "1": {
                     *           "type": "object",
                     *           "required": [
                     *             "email",
                     *             "id"
                     *           ],
                     *           "properties": {
                     *             "email": {
                     *               "type": "string"
                     *             },
                     *             "id": {
                     *               "type": "integer"
                     *             }
                     *           }
                     *         }
                     *       },
                     *       "archived": false,
                     *       "createdAt": "2024-05-01T11:00:00Z",
                     *       "updatedAt": "2024-05-01T11:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["EventTypeOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "eventType.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event type's name.
                 * @example customer.created
                 */
                event_type_name: components["parameters"]["EventTypeName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event type. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "customer.created",
                     *       "description": "A customer signed up.",
                     *       "schemas": {
                     *         "1": {
                     *           "type": "object",
                     *           "required": [
                     *             "email",
                     *             "id"
                     *           ],
                     *           "properties": {
                     *             "email": {
                     *               "type": "string"
                     *             },
                     *             "id": {
                     *               "type": "integer"
                     *             }
                     *           }
                     *         }
                     *       },
                     *       "archived": false,
                     *       "createdAt": "2024-05-01T11:00:00Z",
                     *       "updatedAt": "2024-05-01T11:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["EventTypeOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "eventType.update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event type's name.
                 * @example customer.created
                 */
                event_type_name: components["parameters"]["EventTypeName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "A customer signed up.",
                 *       "schemas": {
                 *         "1": {
                 *           "type": "object",
                 *           "required": [
                 *             "email",
                 *             "id"
                 *           ],
                 *           "properties": {
                 *             "email": {
                 *               "type": "string"
                 *             },
                 *             "id": {
                 *               "type": "integer"
                 *             }
                 *           }
                 *         }
                 *       },
                 *       "archived": false
                 *     }
                 */
                "application/json": components["schemas"]["EventTypeUpdate"];
            };
        };
        responses: {
            /** @description The event type was updated. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "customer.created",
                     *       "description": "A customer signed up.",
                     *       "schemas": {
                     *         "1": {
                     *           "type": "object",
                     *           "required": [
                     *             "email",
                     *             "id"
                     *           ],
                     *           "properties": {
                     *             "email": {
                     *               "type": "string"
                     *             },
                     *             "id": {
                     *               "type": "integer"
                     *             }
                     *           }
                     *         }
                     *       },
                     *       "archived": false,
                     *       "createdAt": "2024-05-01T11:00:00Z",
                     *       "updatedAt": "2024-05-01T11:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["EventTypeOut"];
                };
            };
            /** @description No event type had this name, so one was created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "customer.created",
                     *       "description": "A customer signed up.",
                     *       "schemas": {
                     *         "1": {
                     *           "type": "object",
                     *           "required": [
                     *             "email",
                     *             "id"
                     *           ],
                     *           "properties": {
                     *             "email": {
                     *               "type": "string"
                     *             },
                     *             "id": {
                     *               "type": "integer"
                     *             }
                     *           }
                     *         }
                     *       },
                     *       "archived": false,
                     *       "createdAt": "2024-05-01T11:00:00Z",
                     *       "updatedAt": "2024-05-01T11:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["EventTypeOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "eventType.delete": {
        parameters: {
            query?: {
                /** @description Delete the event type for good instead of archiving it. */
                expunge?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description The event type's name.
                 * @example customer.created
                 */
                event_type_name: components["parameters"]["EventTypeName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event type was archived or expunged. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
    "eventType.patch": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event type's name.
                 * @example customer.created
                 */
                event_type_name: components["parameters"]["EventTypeName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "archived": true
                 *     }
                 */
                "application/json": components["schemas"]["EventTypePatch"];
            };
        };
        responses: {
            /** @description The patched event type. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "customer.created",
                     *       "description": "A customer signed up.",
                     *       "schemas": {
                     *         "1": {
                     *           "type": "object",
                     *           "required": [
                     *             "email",
                     *             "id"
                     *           ],
                     *           "properties": {
                     *             "email": {
                     *               "type": "string"
                     *             },
                     *             "id": {
                     *               "type": "integer"
                     *             }
                     *           }
                     *         }
                     *       },
                     *       "archived": true,
                     *       "createdAt": "2024-05-01T11:00:00Z",
                     *       "updatedAt": "2024-05-03T10:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["EventTypeOut"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["InternalServerError"];
        };
    };
}

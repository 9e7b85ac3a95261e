// The message the transport tests answer `message.create` and `message.get` with.

/** A `MessageOut` as the API returns it. */
export const MSG = {
  id: "msg_1",
  uid: null,
  eventType: "a.b",
  payload: {},
  channels: null,
  timestamp: "2026-01-01T00:00:00Z",
};

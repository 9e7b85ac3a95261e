// One real call per package entry, made with whatever the entry exports: the client calls the mock
// server, the webhooks entry signs and verifies, the mock entry starts a server and is called, and
// the msw entry's handlers answer through msw.

const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

const CALLS = {
  async octohooks(sdk, { serverUrl, token }) {
    // Authenticated, and a POST: the import and require processes run at once, so getOrCreate.
    const octohooks = new sdk.Octohooks(token, { serverUrl, maxRetries: 0 });
    const app = await octohooks.application.getOrCreate({ name: "Entry check", uid: "entry-check" });
    const message = await octohooks.message.create(app.id, { eventType: "entry.checked", payload: {} });
    const { status } = await octohooks.health.get();
    return { app: app.uid, eventType: message.eventType, status };
  },
  async "octohooks/webhooks"(webhooks) {
    const webhook = new webhooks.Webhook(SECRET);
    const body = JSON.stringify({ type: "entry.checked" });
    return webhook.verify(body, webhook.signHeaders("msg_entry", new Date(), body));
  },
  async "octohooks/webhooks/node"(node) {
    const { webhook, request } = await signedStream();
    return node.verifyNodeRequest(webhook, request);
  },
  async "octohooks/webhooks/express"(express) {
    const { webhook, request } = await signedStream();
    await new Promise((resolve, reject) =>
      express.webhookMiddleware(webhook)(request, {}, (e) => (e ? reject(e) : resolve())),
    );
    return request.webhook.payload;
  },
  async "octohooks/mock"(mock) {
    const server = mock.createMockServer();
    const listening = await server.listen({ port: 0, host: "127.0.0.1" });
    try {
      const response = await fetch(`${listening.url}/api/v1/health`, {
        headers: { authorization: `Bearer ${server.token}` },
      });
      return { status: response.status, body: await response.json() };
    } finally {
      await server.close();
    }
  },
  async "octohooks/mock/msw"(entry) {
    // The user's own mock and msw server, with this entry's handlers installed in between.
    const { createMockServer } = await import("octohooks/mock");
    const { setupServer } = await import("msw/node");
    const mock = createMockServer();
    const server = setupServer(...entry.mswHandlers(mock));
    server.listen({ onUnhandledRequest: "error" });
    try {
      const response = await fetch(`${mock.url}/api/v1/health`);
      return { status: response.status, body: await response.json() };
    } finally {
      server.close();
      await mock.close();
    }
  },
};

/** A signed request stream, as node:http hands one over, and the Webhook that verifies it. */
async function signedStream() {
  const { Readable } = await import("node:stream");
  const { Webhook } = await import("octohooks/webhooks");
  const webhook = new Webhook(SECRET);
  const body = JSON.stringify({ type: "entry.checked" });
  const request = Object.assign(Readable.from([Buffer.from(body)]), {
    headers: webhook.signHeaders("msg_entry", new Date(), body),
  });
  return { webhook, request };
}

/** Makes the entry's call and returns the line to print: its export names and the call's result. */
export async function checkEntry(entry, module, config) {
  const call = CALLS[entry];
  if (!call) throw new Error(`no call for entry ${entry}`);
  const exports = Object.keys(module)
    .filter((name) => name !== "default" && name !== "__esModule")
    .sort();
  return `ENTRY_REPORT ${JSON.stringify({ entry, exports, result: await call(module, config) })}`;
}

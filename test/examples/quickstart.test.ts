// The seed's quickstart snippets (examples/quickstart/*.ts, kept as written), each run with tsx
// against the mock, which accepts their literal token "AUTH_TOKEN".
import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { NotFoundError, Webhook } from "../../src/index.js";
import { extractSnippets } from "./support/docSnippets.js";
import { REPO_ROOT, runExample } from "./support/exampleProcess.js";
import { type Recorder, type RunningMock, startMock, startRecorder } from "./support/mockServer.js";

const SEED_APP_ID = "app_teexfqn3o09y1fnmm631r0fo8uq";
const SEED_MESSAGE_UID = "774fa91a-510b-4a35-9799-6c233f6af790";
const SEED_PAYLOAD = {
  email: "customer@email.com",
  integration: 100032,
  domain: "test",
  customer_code: "cus_xnxdt6s1zg1f4nx",
  id: 1173,
  identified: false,
  identifications: null,
  createdAt: "2016-03-29T20:03:09.584Z",
  updatedAt: "2016-03-29T20:03:09.584Z",
};

let server: RunningMock;
let receiver: Recorder;

beforeAll(async () => {
  // The snippets use the ID of an application created earlier: the mock starts with it.
  server = await startMock(undefined, { applications: [{ id: SEED_APP_ID, name: "Seed application" }] });
  receiver = await startRecorder();
});

afterAll(async () => {
  await server?.close();
  await receiver?.close();
});

function expectSuccess(run: { code: number | null; stderr: string }) {
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
}

describe("quickstart snippets", () => {
  test("create-application.ts creates the application with its UID", async () => {
    await expect(server.octohooks.application.get("application-name")).rejects.toBeInstanceOf(NotFoundError);
    expectSuccess(await runExample("quickstart/create-application.ts", { env: server.env }));
    const app = await server.octohooks.application.get("application-name");
    expect(app).toMatchObject({ name: "Application name", uid: "application-name" });
    expect(app.id).toMatch(/^app_/);
  });

  test("a second run of create-application.ts fails: the UID is taken", async () => {
    const run = await runExample("quickstart/create-application.ts", { env: server.env });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("ConflictError");
    expect(run.stderr).toContain("409 conflict");
  });

  test("send-message.ts sends the customer.created message, delivered signed to a subscribed endpoint", async () => {
    const endpoint = await server.octohooks.endpoint.create(SEED_APP_ID, {
      url: receiver.url,
      eventTypes: ["customer.created"],
    });
    expectSuccess(await runExample("quickstart/send-message.ts", { env: server.env }));
    await server.mock.settle();

    const message = await server.octohooks.message.get(SEED_APP_ID, SEED_MESSAGE_UID);
    expect(message).toMatchObject({
      eventType: "customer.created",
      uid: SEED_MESSAGE_UID,
      payload: SEED_PAYLOAD,
    });
    expect(receiver.requests).toHaveLength(1);
    const [delivery] = receiver.requests;
    expect(delivery?.headers["webhook-id"]).toBe(message.id);
    const { key } = await server.octohooks.endpoint.getSecret(SEED_APP_ID, endpoint.id);
    expect(new Webhook(key).verify(delivery?.body ?? "", delivery?.headers ?? {})).toEqual(SEED_PAYLOAD);
  });

  test("create-endpoint.ts adds the endpoint, subscribed to customer.created", async () => {
    expectSuccess(await runExample("quickstart/create-endpoint.ts", { env: server.env }));
    const endpoint = await server.octohooks.endpoint.get(SEED_APP_ID, "my-main-endpoint");
    expect(endpoint).toMatchObject({
      uid: "my-main-endpoint",
      name: "My main endpoint",
      url: "https://api.example.com/octohooks-webhooks",
      enabled: true,
      eventTypes: ["customer.created"],
      headers: {},
    });
  });

  test("update-application.ts creates the application some-user, named by the snippet", async () => {
    await expect(server.octohooks.application.get("some-user")).rejects.toBeInstanceOf(NotFoundError);
    expectSuccess(await runExample("quickstart/update-application.ts", { env: server.env }));
    const app = await server.octohooks.application.get("some-user");
    expect(app).toMatchObject({ uid: "some-user", name: "Some User Application" });
  });
});

describe("the quickstart examples are the seed's own code", () => {
  const SEED = "000_875fb4fdf264496a.txt";
  // A copy in the fixtures, so the check runs wherever the repository is cloned.
  const fixture = readFileSync(new URL(`../fixtures/seeds/${SEED}`, import.meta.url), "utf8");

  test("the four files are the seed's four TypeScript blocks, byte for byte, in the seed's order", () => {
    const blocks = extractSnippets(SEED, fixture).map((snippet) => `${snippet.code}\n`);
    const files = ["create-application", "send-message", "create-endpoint", "update-application"].map(
      (name) => readFileSync(`${REPO_ROOT}examples/quickstart/${name}.ts`, "utf8"),
    );
    expect(blocks).toEqual(files);
  });

  test("the fixture is the seed as the project was created from it", () => {
    const shared = `${REPO_ROOT}../shared/seeds/${SEED}`;
    // ../shared sits beside the clone on the project's machines and in CI.
    if (existsSync(shared)) expect(fixture).toBe(readFileSync(shared, "utf8"));
    expect(fixture).toContain('octohooks.application.update("some-user", {');
  });
});

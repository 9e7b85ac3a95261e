import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { VirtualClock } from "../../src/mock/index.js";
import { type MockHarness, startMock } from "./helpers.js";

let h: MockHarness;
let clock: VirtualClock;
const msgs = "/api/v1/app/app-1/msg";
beforeEach(async () => {
  clock = new VirtualClock(Date.parse("2024-05-01T12:00:00Z"));
  h = await startMock({ clock });
  await h.api("POST", "/api/v1/app", { body: { name: "App", uid: "app-1" } });
});
afterEach(() => h.close());

describe("messages", () => {
  it("creates (202) and reads back by id and uid, with or without content", async () => {
    const created = await h.api("POST", msgs, {
      body: {
        eventType: "invoice.paid",
        payload: { amount: 5 },
        uid: "m-1",
        channels: ["eu"],
      },
    });
    expect(created.status).toBe(202);
    expect(created.body).toEqual({
      id: expect.stringMatching(/^msg_/),
      uid: "m-1",
      eventType: "invoice.paid",
      payload: { amount: 5 },
      channels: ["eu"],
      timestamp: "2024-05-01T12:00:00.000Z",
    });
    expect((await h.api("GET", `${msgs}/m-1`)).body).toEqual(created.body);
    const bare = await h.api("GET", `${msgs}/${created.body.id}?with_content=false`);
    expect(bare.body).not.toHaveProperty("payload");
    const noContent = await h.api("POST", `${msgs}?with_content=false`, {
      body: { eventType: "a", payload: {} },
    });
    expect(noContent.body).not.toHaveProperty("payload");
  });

  it("409s a duplicate message uid and 404s an unknown app", async () => {
    await h.api("POST", msgs, { body: { eventType: "a", payload: {}, uid: "same" } });
    expect((await h.api("POST", msgs, { body: { eventType: "a", payload: {}, uid: "same" } })).status).toBe(
      409,
    );
    expect(
      (await h.api("POST", "/api/v1/app/nope/msg", { body: { eventType: "a", payload: {} } })).status,
    ).toBe(404);
    expect((await h.api("GET", `${msgs}/nope`)).status).toBe(404);
  });

  it("expunges the payload for good", async () => {
    const id = (await h.api("POST", msgs, { body: { eventType: "a", payload: { secret: 1 } } })).body.id;
    expect((await h.api("DELETE", `${msgs}/${id}/content`)).status).toBe(204);
    expect((await h.api("GET", `${msgs}/${id}`)).body.payload).toEqual({});
  });

  it("lists newest first and filters by event type, channel and time", async () => {
    await h.api("POST", msgs, { body: { eventType: "a", payload: { n: 1 }, channels: ["x"] } });
    await clock.advance(1000);
    await h.api("POST", msgs, { body: { eventType: "b", payload: { n: 2 }, channels: ["y"] } });
    await clock.advance(1000);
    await h.api("POST", msgs, { body: { eventType: "c", payload: { n: 3 } } });
    const n = (r: { body: { data: { payload: { n: number } }[] } }) => r.body.data.map((m) => m.payload.n);
    expect(n(await h.api("GET", msgs))).toEqual([3, 2, 1]);
    expect(n(await h.api("GET", `${msgs}?order=ascending`))).toEqual([1, 2, 3]);
    expect(n(await h.api("GET", `${msgs}?event_types=a&event_types=c`))).toEqual([3, 1]);
    expect(n(await h.api("GET", `${msgs}?channel=y`))).toEqual([2]);
    expect(n(await h.api("GET", `${msgs}?after=2024-05-01T12:00:00.500Z`))).toEqual([3, 2]);
    expect(
      n(await h.api("GET", `${msgs}?before=2024-05-01T12:00:01.500Z&after=2024-05-01T12:00:00.500Z`)),
    ).toEqual([2]);
    const bare = await h.api("GET", `${msgs}?with_content=false`);
    expect(bare.body.data[0]).not.toHaveProperty("payload");
  });

  it("validates eventType, payload and channels", async () => {
    const bad = await h.api("POST", msgs, { body: { eventType: "bad type!", payload: [1], channels: "x" } });
    expect(bad.status).toBe(422);
    expect(bad.body.detail.map((d: { loc: string[] }) => d.loc.join("."))).toEqual([
      "body.eventType",
      "body.payload",
      "body.channels",
    ]);
    const missing = await h.api("POST", msgs, { body: {} });
    expect(missing.body.detail.map((d: { type: string }) => d.type)).toEqual(["missing", "missing"]);
    const tooMany = await h.api("POST", msgs, {
      body: { eventType: "a", payload: {}, channels: Array.from({ length: 11 }, (_, i) => `c${i}`) },
    });
    expect(tooMany.body.detail[0]).toMatchObject({ loc: ["body", "channels"], type: "too_long" });
    expect((await h.api("GET", msgs)).body.data).toEqual([]);
  });
});

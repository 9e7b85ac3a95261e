// What the command line and the delivery log print never includes a user's token or a URL path.
import { afterEach, describe, expect, it } from "vitest";
import { maskToken, parseCliArgs, type RunningCli, startCli } from "../../src/mock/cli.js";
import { type DeliveryLogEntry, VirtualClock } from "../../src/mock/index.js";
import { type MockHarness, type Receiver, startMock, startReceiver } from "./helpers.js";

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

async function banner(args: string[]): Promise<{ lines: string[]; running: RunningCli }> {
  const lines: string[] = [];
  const running = await startCli(parseCliArgs([...args, "--port", "0", "--quiet"]), (l) => lines.push(l));
  stops.push(() => running.stop());
  return { lines, running };
}

describe("cli banner", () => {
  it("masks a token the user gave", async () => {
    const { lines } = await banner(["--token", "sk_live_user_secret:prod"]);
    const text = lines.join("\n");
    expect(text).not.toContain("sk_live_user_secret");
    expect(text).toContain("token sk_l…  (environment prod)");
  });

  it("prints a generated token in full, since no one else knows it", async () => {
    const { lines, running } = await banner([]);
    const [token] = Object.keys(running.mock.tokens);
    expect(token).toBeDefined();
    expect(lines).toContain(`  token ${token}  (environment default)`);
  });

  it("masks short tokens entirely", () => {
    expect(maskToken("sk_live_abc123")).toBe("sk_l…");
    expect(maskToken("tk_a")).toBe("…");
  });
});

describe("delivery log", () => {
  let h: MockHarness;
  let receiver: Receiver;

  it("keeps only the URL's origin and the endpoint ID (paths like Slack's carry tokens)", async () => {
    const log: DeliveryLogEntry[] = [];
    h = await startMock({ clock: new VirtualClock(), onDelivery: (e) => log.push(e) });
    receiver = await startReceiver();
    stops.push(
      () => h.close(),
      () => receiver.close(),
    );
    const secretPath = "/services/T000/B000/XXXXsecretXXXX";
    const url = `${new URL(receiver.url).origin}${secretPath}?token=abc`;
    await h.api("POST", "/api/v1/app", { body: { name: "App", uid: "app" } });
    const ep = (await h.api("POST", "/api/v1/app/app/endpoint", { body: { url } })).body.id;
    await h.api("POST", "/api/v1/app/app/msg", { body: { eventType: "a", payload: {} } });
    await h.mock.settle();
    expect(receiver.received[0]?.path).toBe(`${secretPath}?token=abc`);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ url: new URL(receiver.url).origin, endpointId: ep });
    expect(JSON.stringify(log)).not.toContain("secret");
  });
});

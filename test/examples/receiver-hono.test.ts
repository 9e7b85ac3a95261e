// examples/receiver-hono.ts (Hono on @hono/node-server, verifyRequest(c.req.raw)), run with tsx and receiving deliveries from the mock.
import { describe } from "vitest";
import { receiverSuite } from "./support/receiverSuite.js";

describe("receiver-hono.ts", () =>
  receiverSuite("receiver-hono.ts", { dropsDuplicates: false, logsRejections: false }));

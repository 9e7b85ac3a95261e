// examples/receiver-fastify.ts (Fastify 5, a raw-bytes content-type parser in the webhook route's scope, verify), run with tsx and receiving deliveries from the mock.
import { describe } from "vitest";
import { receiverSuite } from "./support/receiverSuite.js";

describe("receiver-fastify.ts", () =>
  receiverSuite("receiver-fastify.ts", { dropsDuplicates: false, logsRejections: false }));

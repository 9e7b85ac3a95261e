// examples/receiver-express.ts (Express 5, express.json() on every route, webhookMiddleware), run with tsx and receiving deliveries from the mock.
import { describe } from "vitest";
import { receiverSuite } from "./support/receiverSuite.js";

describe("receiver-express.ts", () =>
  receiverSuite("receiver-express.ts", { dropsDuplicates: false, refusal: "json", logsRejections: false }));

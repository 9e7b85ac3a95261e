// examples/receiver-node-http.ts, run with tsx and receiving deliveries from the mock.
import { describe } from "vitest";
import { receiverSuite } from "./support/receiverSuite.js";

describe("receiver-node-http.ts", () => receiverSuite("receiver-node-http.ts", { dropsDuplicates: true }));

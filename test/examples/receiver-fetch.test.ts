// examples/receiver-fetch.ts (a Fetch-API handler served through its node:http adapter), run with tsx
// and receiving deliveries from the mock.
import { describe } from "vitest";
import { receiverSuite } from "./support/receiverSuite.js";

describe("receiver-fetch.ts", () => receiverSuite("receiver-fetch.ts", { dropsDuplicates: false }));

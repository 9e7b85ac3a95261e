// examples/receiver-next-pages.ts (a Next.js Pages Router API route with its body parser off, served on node:http), run with tsx and receiving deliveries from the mock.
import { describe } from "vitest";
import { receiverSuite } from "./support/receiverSuite.js";

describe("receiver-next-pages.ts", () =>
  receiverSuite("receiver-next-pages.ts", { dropsDuplicates: false, logsRejections: false }));

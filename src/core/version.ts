/** The SDK's version, sent in the `user-agent` header. A test keeps it equal to package.json's. */
export const VERSION = "0.1.0";

// Every integration test file runs inside the request-scope stand-in (tests/support/next-request-mock.ts):
// next/headers, next/cache and next/server's after() are replaced for the file and everything it
// imports, Auth.js included (vitest.config.mts inlines next-auth so the mock reaches it).
// The factories import the stand-in lazily, on the first import of a mocked module, so a test file's
// own vi.hoisted code (an environment variable set before lib/env.mjs is read) still runs first.
import { vi } from "vitest";

vi.mock("next/headers", async () => (await import("./next-request-mock")).nextHeadersModule);
vi.mock("next/cache", async () => (await import("./next-request-mock")).nextCacheModule);
vi.mock("next/server", async (original) => (await import("./next-request-mock")).nextServerModule(await original()));

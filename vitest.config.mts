import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const alias = { "@": root, "server-only": path.join(root, "tests/support/server-only.ts") };
const integration = ["tests/integration/**/*.test.ts"];
// Integration tests call server actions and route handlers directly, inside a stand-in request scope.
const requestScope = "tests/support/request-scope-setup.ts";

// Integration tests run on PGlite always, and on real PostgreSQL too when TEST_DATABASE_URL (or
// DATABASE_URL) points at a local server: each test file gets its own fresh database, dropped afterwards.
const postgresUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

export default defineConfig({
  resolve: { alias },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    maxWorkers: 2,
    // next-auth imports "next/server" without an extension, which Node's ESM loader refuses; inlined,
    // it goes through Vite's resolver, and the integration tests' next/headers mock reaches Auth.js too.
    server: { deps: { inline: ["next-auth"] } },
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], setupFiles: ["tests/support/unit-setup.ts"] },
      },
      {
        extends: true,
        test: {
          name: "integration-pglite",
          include: integration,
          setupFiles: ["tests/support/pglite-setup.ts", requestScope],
          env: { DATABASE_URL: "" },
        },
      },
      ...(postgresUrl
        ? [
            {
              extends: true,
              test: {
                name: "integration-postgres",
                include: integration,
                setupFiles: ["tests/support/postgres-setup.ts", requestScope],
                env: { TEST_DATABASE_URL: postgresUrl },
              },
            },
          ]
        : []),
    ],
  },
});

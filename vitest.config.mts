import path from "node:path";
import { configDefaults, defineConfig } from "vitest/config";

const root = import.meta.dirname;
const alias = { "@": root, "server-only": path.join(root, "tests/support/server-only.ts") };
const integration = ["tests/integration/**/*.test.ts"];
// The fuzz files test how actions and routes answer hostile input, not the database engine: they run
// once, on PostgreSQL when it is there (the production database), otherwise on PGlite. Run on both,
// they took half of the suite's time and found nothing the other run did not.
const fuzz = "tests/integration/fuzz/**";
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
          exclude: postgresUrl ? [...configDefaults.exclude, fuzz] : configDefaults.exclude,
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

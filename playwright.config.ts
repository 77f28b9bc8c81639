import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_BASE_URL } from "./tests/support/e2e-users";

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(executablePath)) {
  throw new Error(
    `No Chromium found at ${executablePath}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
  );
}

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  // The setup project saves the signed-in state of the seeded learners listed in SIGNED_IN_USERS
  // (tests/support/e2e-users.ts); it runs first, whichever spec files are asked for.
  // Publishing new terms (the staff-console journey, staff-console.spec.ts) would send every later sign-in
  // to accept them, so it runs last: the setup project's teardown runs once every spec that depends on setup has finished.
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts$/, teardown: "last" },
    { name: "chromium", dependencies: ["setup"], testIgnore: /staff-console\.spec\.ts$/ },
    { name: "last", testMatch: /staff-console\.spec\.ts$/ },
  ],
  webServer: {
    command: "npx tsx tests/support/e2e-server.ts",
    url: `${E2E_BASE_URL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
  },
});

import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

// Pure rules: no database, no framework, no file system, so they stay unit-testable and run anywhere.
const PURE_RULE_FILES = [
  "lib/quiz/grade.ts",
  "lib/quiz/shuffle.ts",
  "lib/progress/rules.ts",
  "lib/content/availability.ts",
  "lib/auth/throttle-rules.ts",
  "lib/auth/password-policy.ts",
  "lib/privacy/retention.ts",
  "lib/account/tracks.ts",
  "lib/privacy/request-vocabulary.ts",
  "lib/i18n/locales.ts",
  "lib/certificates/printable-name.ts",
  "lib/certificates/name-comparison.ts",
  "lib/certificates/track-label.ts",
  "lib/accessibility/rgaa-grid.ts",
  "lib/account/track-change.ts",
  "lib/auth/session-warning.ts",
  "lib/content/french-terms.ts",
  "lib/content/glossary.ts",
  "lib/content/lesson.ts",
  "lib/net/client-ip.ts",
  "lib/progress/next-step.ts",
  "lib/progress/open-unit.ts",
  "lib/progress/personal.ts",
  "lib/progress/study-time.ts",
  "lib/progress/video-time.ts",
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "bench/results/**",
      "public/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      ".data/**",
    ],
  },
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-explicit-any": "error",
      // There is no pages/ directory; plain <a> is right for file downloads from route handlers.
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  {
    // Drizzle's builders: an update or delete without .where() touches every row.
    files: ["lib/**", "db/**", "scripts/**", "bench/**", "tests/**"],
    plugins: { drizzle },
    rules: {
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx", "executor"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx", "executor"] }],
    },
  },
  {
    // All time goes through lib/clock.ts, which tests replace: a rule that reads the wall clock itself could
    // not be tested at its edges. Measuring elapsed time (a cache's age, a throttle) may say why and opt out.
    files: ["lib/**", "app/**", "components/**", "db/**", "proxy.ts", "instrumentation.ts"],
    ignores: ["lib/clock.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "Read the time from now() in lib/clock.ts.",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "Read the time from now() in lib/clock.ts.",
        },
      ],
    },
  },
  {
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/db", "@/db/*"],
              message: "Pages and components go through lib/, never the database directly.",
            },
          ],
        },
      ],
    },
  },
  {
    files: PURE_RULE_FILES,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/db", "@/db/*", "../../db/*"],
              message: "Pure rules take data as arguments; the database stays in the I/O modules.",
            },
            {
              group: ["next", "next/*", "next-auth", "next-auth/*"],
              message: "Pure rules do not depend on the framework.",
            },
          ],
          paths: ["node:fs", "node:fs/promises", "fs", "fs/promises"].map((name) => ({
            name,
            message: "Pure rules do not read files.",
          })),
        },
      ],
    },
  },
];

export default config;

import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "bench/results/**", "public/**", "test-results/**", "playwright-report/**", "next-env.d.ts", ".data/**"],
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
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/db", "@/db/*"], message: "Pages and components go through lib/, never the database directly." }] }],
    },
  },
];

export default config;

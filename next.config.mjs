import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/security-headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  poweredByHeader: false,
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@node-rs/argon2",
    "pdf-lib",
    "@pdf-lib/fontkit",
    "pg-boss",
    // One copy per process, shared by instrumentation and the routes (one registry, one tracer provider).
    "prom-client",
    "@opentelemetry/api",
    "@opentelemetry/sdk-trace-node",
    "@opentelemetry/exporter-trace-otlp-http",
    "@opentelemetry/resources",
  ],
  outputFileTracingIncludes: {
    "/**": [
      "./db/migrations/**",
      "./content/**",
      "./public/accessibility/**",
      "./node_modules/dejavu-fonts-ttf/ttf/DejaVuSans*.ttf",
    ],
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Verification pages show a person's name (see app/[locale]/(public)/verify/[code]/page.tsx).
      { source: "/:locale(fr|en)/verify/:code", headers: [{ key: "X-Robots-Tag", value: "noindex" }] },
      // Unit pages are prerendered, so Next would mark them s-maxage=31536000: a shared cache could
      // keep a lesson for a year and hand it to anyone. Next only sets Cache-Control when none is set
      // yet, so this wins. The router decodes each segment (/%66r/lear%6E/… is a unit page) but this
      // rule sees the raw path: it takes every path four segments deep under any spelling of a
      // locale (no other page is that deep). The proxy has already refused visitors, except on the one
      // unit open to them (lib/progress/open-unit.ts), which stays private too: a learner's visit of it
      // must reach the proxy to be recorded.
      {
        source: "/:locale((?:f|%66)(?:r|%72)|(?:e|%65)(?:n|%6[eE]))/:section/:moduleSlug/:unitSlug",
        headers: [{ key: "Cache-Control", value: "private, no-cache" }],
      },
      // The readable summary of one's data (app/[locale]/(learner)/account/privacy/summary): kept by no
      // cache at all, not even the browser's, like the JSON export (Next would say "private, no-cache").
      {
        source: "/:locale((?:f|%66)(?:r|%72)|(?:e|%65)(?:n|%6[eE]))/account/privacy/summary",
        headers: [{ key: "Cache-Control", value: "private, no-store" }],
      },
    ];
  },
};

export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);

import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/security-headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  poweredByHeader: false,
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pdf-lib", "@pdf-lib/fontkit"],
  outputFileTracingIncludes: {
    "/**": ["./db/migrations/**", "./content/**", "./node_modules/dejavu-fonts-ttf/ttf/DejaVuSans*.ttf"],
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Verification pages show a person's name (see app/[locale]/(public)/verify/[code]/page.tsx).
      { source: "/:locale(fr|en)/verify/:code", headers: [{ key: "X-Robots-Tag", value: "noindex" }] },
    ];
  },
};

export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);

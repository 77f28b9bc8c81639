import { describe, expect, it } from "vitest";
import { requestIdFrom } from "@/lib/observability/request-context";
import { routePattern, routeTableOf } from "@/lib/observability/route-pattern";

// As Next.js writes .next/routes-manifest.json (most specific first, the catch-all last).
const table = routeTableOf({
  staticRoutes: [{ page: "/api/health" }, { page: "/api/metrics" }],
  dynamicRoutes: [
    { page: "/api/certificates/[code]/pdf", regex: "^/api/certificates/([^/]+?)/pdf(?:/)?$" },
    { page: "/[locale]", regex: "^/([^/]+?)(?:/)?$" },
    { page: "/[locale]/confirm-email/[token]", regex: "^/([^/]+?)/confirm\\-email/([^/]+?)(?:/)?$" },
    { page: "/[locale]/learn/[moduleSlug]/[unitSlug]/quiz", regex: "^/([^/]+?)/learn/([^/]+?)/([^/]+?)/quiz(?:/)?$" },
    { page: "/[locale]/[...rest]", regex: "^/([^/]+?)/(.+?)(?:/)?$" },
  ],
});

describe("routePattern", () => {
  it("labels a request by its route, never by its codes, tokens or slugs", () => {
    expect(routePattern("/api/health?x=1", table)).toBe("/api/health");
    expect(routePattern("/api/certificates/ABCD-EFGH/pdf", table)).toBe("/api/certificates/[code]/pdf");
    expect(routePattern("/fr/confirm-email/s3cr3t-t0ken", table)).toBe("/[locale]/confirm-email/[token]");
    expect(routePattern("/fr/learn/m/u/quiz", table)).toBe("/[locale]/learn/[moduleSlug]/[unitSlug]/quiz");
    expect(routePattern("/fr/learn/m/u/quiz.rsc", table)).toBe("/[locale]/learn/[moduleSlug]/[unitSlug]/quiz");
    expect(routePattern("/en", table)).toBe("/[locale]");
    expect(routePattern("/fr/no/such/page", table)).toBe("/[locale]/[...rest]");
  });

  it("groups files and build assets, and leaves the rest as other", () => {
    expect(routePattern("/", table)).toBe("/");
    expect(routePattern("/_next/static/chunks/abc.js", table)).toBe("/_next");
    expect(routePattern("/videos/intro.webm", table)).toBe("static");
    expect(routePattern("/api/nothing/here", routeTableOf({ staticRoutes: [], dynamicRoutes: [] }))).toBe("other");
  });
});

describe("requestIdFrom", () => {
  it("keeps a proxy's well-formed id and replaces anything else", () => {
    expect(requestIdFrom("0123456789abcdef0123456789abcdef")).toBe("0123456789abcdef0123456789abcdef");
    for (const bad of [undefined, "", "short", "a b c d e f g h i j k l", "x".repeat(65), "id\nforged: line"]) {
      expect(requestIdFrom(bad)).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});

// Property-based tests of the Auth.js route handlers (app/api/auth/[...nextauth]/route.ts, i.e.
// lib/auth/route.ts) on hostile requests: never a status of 500 or more, a 4xx always has a body,
// redirects stay on the site, and nothing is written unless a session is handed out (failed attempts
// count against the throttle).
import fc from "fast-check";
import { NextRequest } from "next/server";
import { beforeAll, describe } from "vitest";
import * as authRoute from "@/app/api/auth/[...nextauth]/route";
import { PASSWORD, createLearner } from "../../support/factories";
import {
  ONE_MB,
  QUERY,
  REQUEST_SHAPE,
  buildRequest,
  checkRoute,
  clearThrottle,
  clearThrottleEvery,
  fuzzEveryTarget,
  hostileString,
  people,
  prepareFuzzing,
  runProperty,
  statusLabel as label,
  urlPart,
  type FuzzTarget,
} from "../../support/fuzz";
import { ORIGIN } from "../../support/next-request-mock";
import { withCharChanged } from "../../support/tamper";

let csrf: { token: string; cookie: string };

beforeAll(async () => {
  await prepareFuzzing();
  people.owner = await createLearner({ firstName: "Zoë", lastName: "Œlschläger-N'Diaye" });
  people.other = await createLearner();
  // A genuine Auth.js CSRF pair, as a client gets it from GET /api/auth/csrf.
  const res = await authRoute.GET(new NextRequest(`${ORIGIN}/api/auth/csrf`));
  const body = (await res.json()) as { csrfToken: string };
  const cookie = /authjs\.csrf-token=([^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1];
  if (!cookie) throw new Error("no csrf cookie");
  csrf = { token: body.csrfToken, cookie };
});

const AUTH_SEGMENTS = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      "session",
      "csrf",
      "providers",
      "signin",
      "signout",
      "error",
      "callback/credentials",
      "signin/credentials",
      "verify-request",
      "webauthn-options/credentials",
      "unknown",
      "callback/nope",
    ),
  },
  {
    weight: 2,
    arbitrary: fc.array(hostileString.map(urlPart), { minLength: 1, maxLength: 3 }).map((parts) => parts.join("/")),
  },
);

/** Auth.js's callback-URL cookie: absent mostly, else a good or a hostile value. */
const CALLBACK_COOKIE = fc.oneof(
  { weight: 4, arbitrary: fc.constant<string[]>([]) },
  {
    weight: 1,
    arbitrary: fc
      .oneof(
        fc.constantFrom("/fr/dashboard", "http://localhost:3000/fr", "true", "javascript:alert(1)", "//evil.example"),
        hostileString,
      )
      .map((v) => [`authjs.callback-url=${urlPart(v)}`]),
  },
);

type CsrfKind = "valid" | "none" | "tokenOnly" | "cookieOnly" | "mismatch";
const CSRF_KIND = fc.constantFrom<CsrfKind>("valid", "valid", "none", "tokenOnly", "cookieOnly", "mismatch");

// "nobody" never signs in: its failures pile up until the account throttle answers 429.
const IDENTIFIER = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom("⟦owner⟧", "⟦other⟧") },
  { weight: 2, arbitrary: fc.constant("nobody") },
  { weight: 1, arbitrary: fc.constant("") },
  { weight: 1, arbitrary: hostileString },
);
const PASSWORD_FIELD = fc.oneof(
  { weight: 2, arbitrary: fc.constant(PASSWORD) },
  { weight: 1, arbitrary: fc.constantFrom("wrong password here", "") },
  { weight: 2, arbitrary: hostileString },
);
/** Most POSTs carry plain headers and no query, so that the credential check and a sign-in are reached. */
const POST_SHAPE = fc.oneof(
  { weight: 3, arbitrary: REQUEST_SHAPE.map((shape) => ({ ...shape, headers: [] })) },
  { weight: 2, arbitrary: REQUEST_SHAPE },
);
const POST_QUERY = fc.oneof({ weight: 3, arbitrary: fc.constant("") }, { weight: 2, arbitrary: QUERY });

const CREDENTIALS_BODY = fc.record({
  identifier: fc.option(IDENTIFIER, { nil: undefined }),
  password: fc.option(PASSWORD_FIELD, { nil: undefined }),
  proof: fc.option(fc.oneof(hostileString, fc.constant("a.1.b")), { nil: undefined, freq: 4 }),
  callbackUrl: fc.option(
    fc.constantFrom("/fr/dashboard", "https://evil.example/", "//evil.example", "javascript:alert(1)"),
    { nil: undefined },
  ),
  repeated: fc.boolean(),
  extras: fc.array(fc.tuple(fc.string({ maxLength: 10 }), hostileString), { maxLength: 2 }),
});

const BODY = fc.oneof(
  { weight: 8, arbitrary: CREDENTIALS_BODY.map((b) => ({ kind: "form" as const, ...b })) },
  { weight: 1, arbitrary: fc.json().map((text) => ({ kind: "raw" as const, text, type: "application/json" })) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom("", "a".repeat(ONE_MB), "%", "identifier=%ZZ&password=%", "identifier&password", "=&=&=")
      .map((text) => ({ kind: "raw" as const, text, type: "application/x-www-form-urlencoded" })),
  },
);

const TARGETS: Record<string, FuzzTarget> = {
  "app/api/auth/[...nextauth]/route.ts#GET": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          shape: REQUEST_SHAPE,
          segment: AUTH_SEGMENTS,
          query: QUERY,
          csrfCookie: fc.boolean(),
          callbackCookie: CALLBACK_COOKIE,
        }),
        async ({ shape, segment, query, csrfCookie, callbackCookie }) => {
          const req = await buildRequest(shape, `${ORIGIN}/api/auth/${segment}${query}`, {
            cookies: [...(csrfCookie ? [`authjs.csrf-token=${csrf.cookie}`] : []), ...callbackCookie],
          });
          const res = await checkRoute(() => authRoute.GET(req));
          return `${segment.includes("%") || segment.split("/").length > 2 ? "hostile path" : segment}: ${label(res)}`;
        },
      ),
  },

  "app/api/auth/[...nextauth]/route.ts#POST": {
    run: (name) =>
      runProperty(
        name,
        fc.record({
          shape: POST_SHAPE,
          segment: fc.oneof(
            { weight: 8, arbitrary: fc.constant("callback/credentials") },
            { weight: 2, arbitrary: AUTH_SEGMENTS },
          ),
          query: POST_QUERY,
          csrfKind: CSRF_KIND,
          clear: clearThrottleEvery(150),
          callbackCookie: CALLBACK_COOKIE,
          body: BODY,
          contentType: fc.constantFrom(
            "application/x-www-form-urlencoded",
            "application/x-www-form-urlencoded",
            "text/plain",
            "multipart/form-data; boundary=x",
            "",
          ),
        }),
        async ({ shape, segment, query, csrfKind, clear, callbackCookie, body, contentType }) => {
          await clearThrottle(clear);
          let text: string;
          let type: string = contentType;
          if (body.kind === "form") {
            const form = new URLSearchParams();
            const resolve = (v: string) =>
              v.replace("⟦owner⟧", people.owner?.username ?? "").replace("⟦other⟧", people.other?.email ?? "");
            if (body.identifier !== undefined) form.append("identifier", resolve(body.identifier));
            if (body.password !== undefined) form.append("password", body.password);
            if (body.repeated) {
              form.append("identifier", "nobody");
              form.append("password", "another");
            }
            if (body.proof !== undefined) form.append("proof", body.proof);
            if (body.callbackUrl !== undefined) form.append("callbackUrl", body.callbackUrl);
            if (csrfKind === "valid" || csrfKind === "tokenOnly") form.append("csrfToken", csrf.token);
            if (csrfKind === "mismatch") form.append("csrfToken", withCharChanged(csrf.token, -1));
            for (const [k, v] of body.extras) form.append(k, v);
            text = form.toString();
          } else {
            text = body.text;
            type = body.type;
          }
          const withCookie = csrfKind === "valid" || csrfKind === "cookieOnly" || csrfKind === "mismatch";
          // Sent from this site unless the shape brings its own (hostile) Origin: the route checks it first.
          const origin: Record<string, string> = shape.headers.some(([name]) => name === "origin")
            ? {}
            : { origin: ORIGIN };
          const req = await buildRequest(shape, `${ORIGIN}/api/auth/${segment}${query}`, {
            method: "POST",
            body: text,
            headers: { ...origin, ...(type ? { "content-type": type } : {}) },
            cookies: [...(withCookie ? [`authjs.csrf-token=${csrf.cookie}`] : []), ...callbackCookie],
          });
          const res = await checkRoute(() => authRoute.POST(req), {
            // Failed attempts count against the throttle; a session (and the account's last activity)
            // only for an answer that hands the session cookie to the client (which also ends the one
            // the request's cookie carried); a sign-out ends the request's session.
            mayWrite: (r) =>
              /authjs\.session-token=[^;]+/.test(r.headers.get("set-cookie") ?? "")
                ? ["rate_limit_buckets", "user_sessions", "users"]
                : segment === "signout"
                  ? ["rate_limit_buckets", "user_sessions"]
                  : ["rate_limit_buckets"],
          });
          const signedIn = /authjs\.session-token=[^;]+/.test(res.headers.get("set-cookie") ?? "");
          return signedIn ? `${label(res)} signed in` : `${label(res)}${res.status === 403 ? " (CSRF)" : ""}`;
        },
      ),
  },
};

describe("fuzz: Auth.js route handlers (lib/auth/route.ts)", () => {
  fuzzEveryTarget("routes-auth", TARGETS);
});

import { expect, test } from "@playwright/test";
import { streamPost } from "../support/stream-post";

// Route handlers cap request bodies at 1 MB themselves (lib/request-body.ts), chunked ones included,
// so that under a bare `next start` (no nginx in front) an oversized upload is refused at once and
// never read in full. Streamed with node:http: Playwright's client always declares a length.
const MB = 1024 * 1024;
const HUGE = 40 * MB;

test("a 40 MB POST to a route handler, chunked or declared, is refused at once and never read in full", async ({
  baseURL,
}) => {
  const form = { "content-type": "application/x-www-form-urlencoded" };
  const cases = [
    ...["/api/auth/callback/credentials", "/api/auth/signout"].flatMap((path) =>
      [true, false].map((chunked) => ({ path, chunked, origin: baseURL!, status: 413 })),
    ),
    { path: "/api/auth/callback/credentials", chunked: true, origin: "https://evil.example", status: 403 },
    // A route handler without POST answers 405 without reading either.
    ...[true, false].map((chunked) => ({ path: "/api/health", chunked, origin: baseURL!, status: 405 })),
  ];
  for (const { path, chunked, origin, status } of cases) {
    const answer = await streamPost(`${baseURL}${path}`, { body: HUGE, chunked, headers: { ...form, origin } });
    const where = `${path}, ${chunked ? "chunked" : "Content-Length"}, from ${origin}: ${JSON.stringify({ ...answer, body: answer.body.slice(0, 60) })}`;
    expect(answer.status, where).toBe(status);
    expect(answer.ms, where).toBeLessThan(2_000);
    expect(answer.accepted, where).toBeLessThan(HUGE / 2); // the rest stays with the client
  }
});

test("a small chunked POST to a route handler is read as usual", async ({ request, baseURL }) => {
  const csrf = await request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = /authjs\.csrf-token=[^;]+/.exec(csrf.headers()["set-cookie"] ?? "")?.[0];
  expect(cookie).toBeTruthy();
  const body = new URLSearchParams({
    identifier: "chunked_nobody",
    password: "not the right password",
    csrfToken,
  }).toString();
  const answer = await streamPost(`${baseURL}/api/auth/callback/credentials`, {
    body,
    chunked: true,
    headers: { "content-type": "application/x-www-form-urlencoded", origin: baseURL!, cookie: cookie! },
  });
  expect(answer.status, answer.body).toBe(401);
  expect(answer.body).toContain("invalid credentials");
});

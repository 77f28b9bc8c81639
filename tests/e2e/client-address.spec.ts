// Against the real `next start`: per-IP limits count the TCP peer, not what a client writes in
// X-Forwarded-For, X-Real-IP or the header the app records the peer in (pen test #12, finding 2).
// Each test connects from its own loopback address (127.0.0.x), so the limits it exhausts are
// not those of the other tests, which all come from 127.0.0.1.
import http from "node:http";
import { expect, test } from "@playwright/test";
import { actionFields, multipartBody } from "../../bench/forms";
import { E2E_BASE_URL, E2E_PASSWORD, E2E_PORT } from "../support/e2e-users";

interface Answer {
  status: number;
  location: string;
  body: string;
  setCookie: string[];
}

/** One HTTP request from `localAddress`, with exactly the headers given (plus Host and Origin). */
function send(
  localAddress: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: E2E_PORT,
        localAddress,
        method,
        path,
        headers: { host: `localhost:${E2E_PORT}`, origin: E2E_BASE_URL, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            location: String(res.headers.location ?? ""),
            body: Buffer.concat(chunks).toString("utf8"),
            setCookie: res.headers["set-cookie"] ?? [],
          }),
        );
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** The text of the page's error alert (FormAlert); the messages also sit in the page's RSC payload. */
/** The text of a form's error summary in a server-rendered answer. */
const summaryOf = (html: string) => /aria-labelledby="[\w-]+-error-summary-title"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? "";
const alertText = (html: string) => /<div role="alert"[^>]*>([^<]*)</.exec(html)?.[1] ?? "";

/** Every header a client could use to pass for someone else, different on each request. */
const disguise = (i: number) => ({
  "x-forwarded-for": `203.0.113.${i % 250}, 198.51.100.${i % 250}`,
  "x-real-ip": `192.0.2.${i % 250}`,
  "x-vigie-peer-address": `198.18.0.${i % 250}`,
});

test("registrations are refused from the 11th, however X-Forwarded-For rotates", async () => {
  const hidden = await actionFields(E2E_BASE_URL, "/fr/sign-up");
  const outcomes: string[] = [];
  const register = async (from: string, i: number) => {
    const tag = `${Date.now().toString(36)}${i}`;
    const { body, contentType } = multipartBody([
      ...hidden,
      ["locale", "fr"],
      ["firstName", "Camille"],
      ["lastName", "Durand"],
      ["username", `xff_${tag}`],
      ["email", `xff-${tag}@example.org`],
      ["password", E2E_PASSWORD],
      ["track", "public"],
      ["ageConfirmed", "on"],
      ["acceptPolicy", "on"],
    ]);
    const res = await send(from, "POST", "/fr/sign-up", { "content-type": contentType, ...disguise(i) }, body);
    return res.status === 303 && res.location.includes("/sign-up/check-email")
      ? "accepted"
      : summaryOf(res.body).includes("Trop de demandes.")
        ? "rateLimited"
        : `other ${res.status}`;
  };
  for (let i = 0; i < 12; i++) outcomes.push(await register("127.0.0.2", i));
  expect(outcomes).toEqual([...Array(10).fill("accepted"), "rateLimited", "rateLimited"]);
  // Another connection address is another client, with its own count.
  expect(await register("127.0.0.5", 12)).toBe("accepted");
});

test("sign-in attempts are throttled after 100 from one client, however X-Forwarded-For rotates", async () => {
  test.setTimeout(120_000);
  const csrf = await send("127.0.0.3", "GET", "/api/auth/csrf");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const cookie = csrf.setCookie.map((c) => c.split(";")[0]).join("; ");
  const statuses: number[] = [];
  for (let i = 0; i <= 100; i++) {
    const form = new URLSearchParams({
      identifier: `nobody-${Date.now().toString(36)}-${i}`,
      password: "not the password at all",
      csrfToken,
    }).toString();
    const res = await send(
      "127.0.0.3",
      "POST",
      "/api/auth/callback/credentials",
      { "content-type": "application/x-www-form-urlencoded", cookie, ...disguise(i) },
      form,
    );
    statuses.push(res.status);
  }
  expect(statuses.slice(0, 100).every((s) => s === 401)).toBe(true);
  expect(statuses[100]).toBe(429);
  const form = new URLSearchParams({
    identifier: `nobody-${Date.now().toString(36)}`,
    password: "not the password at all",
    csrfToken,
  }).toString();
  expect(
    (
      await send(
        "127.0.0.6",
        "POST",
        "/api/auth/callback/credentials",
        { "content-type": "application/x-www-form-urlencoded", cookie },
        form,
      )
    ).status,
  ).toBe(401);
});

test("the certificate check page limits one client to 30 checks a minute, however X-Forwarded-For rotates", async () => {
  const limited: boolean[] = [];
  for (let i = 0; i < 31; i++) {
    const res = await send("127.0.0.4", "GET", "/fr/verify/ABCDE-FGHJK-MNPQR-STVWX", disguise(i));
    limited.push(alertText(res.body).startsWith("Trop de vérifications depuis votre connexion."));
  }
  expect(limited).toEqual([...Array(30).fill(false), true]);
  expect(alertText((await send("127.0.0.7", "GET", "/fr/verify/ABCDE-FGHJK-MNPQR-STVWX")).body)).toMatch(
    /^Aucune attestation ne correspond/,
  );
});

// Per-IP limits count the socket's address: a client that rotates X-Forwarded-For or X-Real-IP
// (pen test #12, finding 2) stays one client. Requests go through the real server actions, with the
// headers `next start` hands them (see tests/support/next-request-mock.ts).
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { registerAction, signInAction } from "@/lib/auth/actions";
import { IP_MAX_ATTEMPTS } from "@/lib/auth/throttle-rules";
import { PASSWORD } from "../support/factories";
import { inRequest, resetRequest } from "../support/next-request-mock";

const socket = () => `198.51.100.${randomBytes(1)[0]}`;
/** What an attacker puts in the headers it controls, different on every request. */
const spoofed = (i: number) => ({ "x-forwarded-for": `203.0.113.${i}`, "x-real-ip": `192.0.2.${i}` });

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

/** "accepted" (redirected to the check-email page) or the form error the visitor sees. */
async function register(from: string, headers: Record<string, string>): Promise<string> {
  resetRequest({ ip: from, headers });
  const tag = randomBytes(4).toString("hex");
  const outcome = await inRequest(() =>
    registerAction(
      undefined,
      form({
        locale: "fr",
        firstName: "Camille",
        lastName: "Durand",
        username: `u_${tag}`,
        email: `r-${tag}@example.org`,
        password: PASSWORD,
        track: "public",
        ageConfirmed: "on",
        acceptPolicy: "on",
      }),
    ),
  );
  if ("thrown" in outcome)
    return String((outcome.thrown as { digest?: string }).digest).includes("/sign-up/check-email")
      ? "accepted"
      : "error";
  return outcome.value.ok ? "ok" : (outcome.value.formError ?? "fieldErrors");
}

async function signIn(from: string, headers: Record<string, string>, identifier: string): Promise<string> {
  resetRequest({ ip: from, headers });
  const outcome = await inRequest(() =>
    signInAction(undefined, form({ locale: "fr", identifier, password: "not the password at all" })),
  );
  if ("thrown" in outcome) return "error";
  return outcome.value.ok ? "ok" : (outcome.value.formError ?? "fieldErrors");
}

describe("per-IP limits with a rotating X-Forwarded-For", () => {
  it("refuses registrations from the 11th on (10 per 15 minutes per client)", async () => {
    const from = socket();
    const answers = [];
    for (let i = 0; i < 12; i++) answers.push(await register(from, spoofed(i)));
    expect(answers).toEqual([...Array(10).fill("accepted"), "rateLimited", "rateLimited"]);
    // Another client is not affected.
    expect(await register(socket(), spoofed(99))).toBe("accepted");
  });

  it("throttles sign-in attempts after 100 from one client, whatever the identifiers", async () => {
    const from = socket();
    const answers = [];
    for (let i = 0; i <= IP_MAX_ATTEMPTS; i++)
      answers.push(await signIn(from, spoofed(i), `nobody-${i}-${randomBytes(3).toString("hex")}`));
    expect(answers.slice(0, IP_MAX_ATTEMPTS).every((a) => a === "invalidCredentials")).toBe(true);
    expect(answers.at(-1)).toBe("throttled");
  });
});

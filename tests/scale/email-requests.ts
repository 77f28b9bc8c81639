// The requests of the scale test that make the app send email (sign-ups and password-reset requests),
// posted as a browser without JavaScript posts the forms, each from its own visitor address.
import { randomBytes } from "node:crypto";
import type autocannon from "autocannon";
import { actionFields, multipartBody, visitorAddress } from "../../bench/forms";
import type { BenchLearner } from "../../bench/seed";

/** A field of a multipart body built by bench/forms (to read back what a request carried). */
export function formField(body: string | Buffer | undefined, name: string): string | null {
  return new RegExp(`name="${name}"\\r\\n\\r\\n([^\\r]*)\\r\\n`).exec(String(body ?? ""))?.[1] ?? null;
}

let visitor = 50_000;

/** A new account per request: its confirmation email is recorded in the account's transaction. */
export async function signUpRequest(origin: string): Promise<autocannon.Request> {
  const hidden = await actionFields(origin, "/fr/sign-up");
  return {
    method: "POST",
    path: "/fr/sign-up",
    setupRequest: (req) => {
      const username = `scale_${randomBytes(5).toString("hex")}`;
      const { body, contentType } = multipartBody([
        ...hidden,
        ["locale", "fr"],
        ["firstName", "Charge"],
        ["lastName", "Test"],
        ["username", username],
        ["email", `${username}@example.org`],
        ["password", "Vigie scale test, long passphrase 42"],
        ["track", "public"],
        ["ageConfirmed", "on"],
        ["acceptPolicy", "on"],
      ]);
      const headers = { origin, "content-type": contentType, "x-forwarded-for": visitorAddress(visitor++) };
      return { ...req, headers, body };
    },
  };
}

/** A password-reset request for each of `learners` in turn (at most 3 per address and hour are sent). */
export async function resetRequest(origin: string, learners: BenchLearner[]): Promise<autocannon.Request> {
  const hidden = await actionFields(origin, "/fr/forgot-password");
  let next = 0;
  return {
    method: "POST",
    path: "/fr/forgot-password",
    setupRequest: (req) => {
      const learner = learners[next++ % learners.length]!;
      const { body, contentType } = multipartBody([
        ...hidden,
        ["locale", "fr"],
        ["email", `${learner.username}@example.org`],
      ]);
      const headers = { origin, "content-type": contentType, "x-forwarded-for": visitorAddress(visitor++) };
      return { ...req, headers, body };
    },
  };
}

import { describe, expect, it } from "vitest";
import { identityFromClaims } from "@/lib/auth/oidc/identity";
import { openPendingIdentity, PENDING_IDENTITY_TTL_MS, sealPendingIdentity } from "@/lib/auth/oidc/pending";
import { withCharChanged } from "@/tests/support/tamper";
import { TEST_OIDC_USERS } from "@/tests/support/oidc/users";

const SECRET = "a-test-secret-of-at-least-32-bytes-0123";
const NOW = new Date("2026-11-30T12:00:00Z");
const identity = identityFromClaims("franceconnect", TEST_OIDC_USERS.adult)!;

describe("pending identity cookie", () => {
  it("gives back the identity it sealed, until it expires", () => {
    const sealed = sealPendingIdentity(identity, SECRET, NOW);
    expect(openPendingIdentity(sealed, SECRET, NOW)).toEqual(identity);
    expect(openPendingIdentity(sealed, SECRET, new Date(NOW.getTime() + PENDING_IDENTITY_TTL_MS - 1))).toEqual(
      identity,
    );
    expect(openPendingIdentity(sealed, SECRET, new Date(NOW.getTime() + PENDING_IDENTITY_TTL_MS))).toBeNull();
  });

  it("keeps the ID token it carries for the logout at the provider", () => {
    const withToken = { ...identity, idToken: "header.payload.signature" };
    expect(openPendingIdentity(sealPendingIdentity(withToken, SECRET, NOW), SECRET, NOW)).toEqual(withToken);
  });

  it("reveals nothing of the identity: no names, email or birth date, in any encoding", () => {
    const sealed = sealPendingIdentity(identity, SECRET, NOW);
    const decoded = sealed
      .split(".")
      .map((part) => Buffer.from(part, "base64url").toString("latin1"))
      .join(" ");
    for (const text of [
      identity.givenName,
      identity.familyName,
      identity.email,
      identity.birthdate!,
      identity.subject,
    ]) {
      for (const form of [text, Buffer.from(text).toString("base64url"), Buffer.from(text).toString("latin1")]) {
        expect(sealed).not.toContain(form);
        expect(decoded).not.toContain(form);
      }
    }
    // Sealed twice, never the same value (a fresh IV each time): equal identities cannot be matched.
    expect(sealPendingIdentity(identity, SECRET, NOW)).not.toBe(sealed);
  });

  it("opens to null when altered anywhere, expired, sealed with another key, or malformed", () => {
    const sealed = sealPendingIdentity(identity, SECRET, NOW);
    const [iv, ciphertext, tag] = sealed.split(".") as [string, string, string];
    expect(openPendingIdentity(`${withCharChanged(iv, 2)}.${ciphertext}.${tag}`, SECRET, NOW)).toBeNull();
    for (const at of [0, 10, ciphertext.length - 2])
      expect(openPendingIdentity(`${iv}.${withCharChanged(ciphertext, at)}.${tag}`, SECRET, NOW)).toBeNull();
    expect(openPendingIdentity(`${iv}.${ciphertext}.${withCharChanged(tag, 3)}`, SECRET, NOW)).toBeNull();
    expect(openPendingIdentity(`${iv}.${ciphertext.slice(0, -4)}.${tag}`, SECRET, NOW)).toBeNull();
    expect(openPendingIdentity(sealed, SECRET, new Date(NOW.getTime() + PENDING_IDENTITY_TTL_MS + 1))).toBeNull();
    expect(openPendingIdentity(sealed, `${SECRET}x`, NOW)).toBeNull();
    expect(openPendingIdentity(sealed, "another-secret-of-at-least-32-bytes-4567", NOW)).toBeNull();
    for (const value of [undefined, "", "a.b", "a.b.c.d", "...", `${iv}..${tag}`, `${iv}.${ciphertext}.`])
      expect(openPendingIdentity(value, SECRET, NOW)).toBeNull();
  });
});

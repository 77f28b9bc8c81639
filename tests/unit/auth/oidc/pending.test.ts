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

  it("refuses a changed body, expiry or signature, another secret, and anything malformed", () => {
    const sealed = sealPendingIdentity(identity, SECRET, NOW);
    const [body, expires, mac] = sealed.split(".") as [string, string, string];
    expect(openPendingIdentity(`${withCharChanged(body, 5)}.${expires}.${mac}`, SECRET, NOW)).toBeNull();
    expect(openPendingIdentity(`${body}.${Number(expires) + 1}.${mac}`, SECRET, NOW)).toBeNull();
    expect(openPendingIdentity(`${body}.${expires}.${withCharChanged(mac, 3)}`, SECRET, NOW)).toBeNull();
    expect(openPendingIdentity(sealed, `${SECRET}x`, NOW)).toBeNull();
    for (const value of [undefined, "", "a.b", "a.b.c.d", "..."])
      expect(openPendingIdentity(value, SECRET, NOW)).toBeNull();
  });
});

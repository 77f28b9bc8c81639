import { describe, expect, it } from "vitest";
import { checkTransition, needsIdentityCheck, nextStatuses, REFUSAL_REASON_MIN } from "@/lib/privacy/request-workflow";
import { DATA_REQUEST_STATUSES } from "@/lib/privacy/request-vocabulary";

const base = {
  from: "in_progress",
  to: "answered",
  kind: "other",
  channel: "account",
  identityVerified: false,
  note: "",
} as const;

describe("request workflow", () => {
  it("moves forward only; a terminal status is final", () => {
    expect(nextStatuses("received")).toEqual(["in_progress", "answered", "refused"]);
    expect(nextStatuses("in_progress")).toEqual(["answered", "refused"]);
    for (const to of DATA_REQUEST_STATUSES) {
      expect(checkTransition({ ...base, from: "answered", to })).toMatchObject({ error: "statusNotAllowed" });
      expect(checkTransition({ ...base, from: "refused", to })).toMatchObject({ error: "statusNotAllowed" });
    }
    expect(checkTransition({ ...base, from: "in_progress", to: "received" })).toMatchObject({ field: "status" });
    expect(checkTransition({ ...base, from: "received", to: "received" })).toMatchObject({ field: "status" });
  });

  it("a refusal needs a reason of reasonable length; an answer may carry a note or none", () => {
    expect(checkTransition({ ...base, to: "refused", note: "" })).toEqual({
      field: "note",
      error: "refusalReasonRequired",
    });
    expect(checkTransition({ ...base, to: "refused", note: "x".repeat(REFUSAL_REASON_MIN - 1) })).not.toBeNull();
    expect(checkTransition({ ...base, to: "refused", note: "x".repeat(REFUSAL_REASON_MIN) })).toBeNull();
    expect(checkTransition({ ...base, to: "answered", note: "" })).toBeNull();
    expect(checkTransition({ ...base, to: "answered", note: "Voici vos données." })).toBeNull();
    expect(checkTransition({ ...base, to: "answered", note: "x".repeat(2001) })).toEqual({
      field: "note",
      error: "noteTooLong",
    });
  });

  it("access and erasure received by email are answered only once the identity is verified", () => {
    expect(needsIdentityCheck({ kind: "access", channel: "email" })).toBe(true);
    expect(needsIdentityCheck({ kind: "erasure", channel: "email" })).toBe(true);
    expect(needsIdentityCheck({ kind: "access", channel: "account" })).toBe(false);
    expect(needsIdentityCheck({ kind: "rectification", channel: "email" })).toBe(false);
    const email = { ...base, kind: "erasure", channel: "email" } as const;
    expect(checkTransition(email)).toEqual({ field: "status", error: "identityNotVerified" });
    expect(checkTransition({ ...email, identityVerified: true })).toBeNull();
    // Refusing stays possible (e.g. the identity could not be confirmed).
    expect(
      checkTransition({ ...email, to: "refused", note: "Identité non confirmée malgré deux relances." }),
    ).toBeNull();
  });
});

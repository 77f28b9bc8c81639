// Whether a learner may change their own names from the profile: not once a certificate froze them, nor
// when an identity provider vouched for them (those are read-only; see the profile's explanation).
import type { User } from "@/db/schema";

export type NameField = "firstName" | "lastName";

export type NameChangeRefusal =
  | { reason: "namesVerified"; provider: NonNullable<User["namesVerifiedBy"]>; fields: NameField[] }
  | { reason: "nameLocked"; fields: NameField[] };

/** The fields sent with a value other than the stored one (an absent field changes nothing). */
export function changedNameFields(
  current: Pick<User, "firstName" | "lastName">,
  change: Partial<Record<NameField, string>>,
): NameField[] {
  return (["firstName", "lastName"] as const).filter(
    (field) => change[field] !== undefined && change[field] !== current[field],
  );
}

/** Null when the change may go ahead (including when it renames nothing). */
export function nameChangeRefusal(
  current: Pick<User, "firstName" | "lastName" | "nameLockedAt" | "namesVerifiedBy">,
  change: Partial<Record<NameField, string>>,
): NameChangeRefusal | null {
  const fields = changedNameFields(current, change);
  if (fields.length === 0) return null;
  if (current.namesVerifiedBy) return { reason: "namesVerified", provider: current.namesVerifiedBy, fields };
  if (current.nameLockedAt) return { reason: "nameLocked", fields };
  return null;
}

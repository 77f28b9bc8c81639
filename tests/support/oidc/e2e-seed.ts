// Seeds the OIDC journey's own embedded database (its server is separate: see tests/e2e/oidc.spec.ts):
// a confirmed learner, policies accepted, whose account the local provider's adult identity is linked to,
// a password account with the provider's "owner" email, not linked (it links with its password), and an
// account registered through FranceConnect (names verified) with the general-public track validated.
import { closeDatabase, db } from "../../../db/client";
import { migrateDatabase } from "../../../db/migrate";
import { policyAcceptances, policyVersions, userIdentities, users } from "../../../db/schema";
import { hashPassword } from "../../../lib/auth/password";
import { E2E_PASSWORD } from "../e2e-users";
import { validateTrack } from "../factories";
import { TEST_OIDC_USERS } from "./users";

await migrateDatabase();
const [user] = await db
  .insert(users)
  .values({
    firstName: TEST_OIDC_USERS.adult.given_name,
    lastName: TEST_OIDC_USERS.adult.family_name,
    username: "fc_e2e",
    email: TEST_OIDC_USERS.adult.email,
    passwordHash: await hashPassword(E2E_PASSWORD),
    track: "public",
    ageConfirmedAt: new Date(),
    emailVerifiedAt: new Date(),
  })
  .returning();
if (!user) throw new Error("seed failed");
for (const v of await db.select().from(policyVersions))
  await db.insert(policyAcceptances).values({ userId: user.id, policyVersionId: v.id });
await db
  .insert(userIdentities)
  .values({ userId: user.id, provider: "franceconnect", subject: TEST_OIDC_USERS.adult.sub });
const [owner] = await db
  .insert(users)
  .values({
    firstName: TEST_OIDC_USERS.owner.given_name,
    lastName: TEST_OIDC_USERS.owner.family_name,
    username: "fc_owner_e2e",
    email: TEST_OIDC_USERS.owner.email,
    passwordHash: await hashPassword(E2E_PASSWORD),
    track: "public",
    ageConfirmedAt: new Date(),
    emailVerifiedAt: new Date(),
  })
  .returning();
if (!owner) throw new Error("seed failed");
for (const v of await db.select().from(policyVersions))
  await db.insert(policyAcceptances).values({ userId: owner.id, policyVersionId: v.id });
const [certified] = await db
  .insert(users)
  .values({
    firstName: TEST_OIDC_USERS.certified.given_name,
    lastName: TEST_OIDC_USERS.certified.family_name,
    username: "fc_certified_e2e",
    email: TEST_OIDC_USERS.certified.email,
    passwordHash: await hashPassword(E2E_PASSWORD),
    passwordChosen: false,
    namesVerifiedBy: "franceconnect",
    track: "public",
    ageConfirmedAt: new Date(),
    emailVerifiedAt: new Date(),
  })
  .returning();
if (!certified) throw new Error("seed failed");
for (const v of await db.select().from(policyVersions))
  await db.insert(policyAcceptances).values({ userId: certified.id, policyVersionId: v.id });
await db
  .insert(userIdentities)
  .values({ userId: certified.id, provider: "franceconnect", subject: TEST_OIDC_USERS.certified.sub });
await validateTrack(certified);
await closeDatabase();

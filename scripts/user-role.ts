// `npm run user:role -- <email> <learner|staff>`: the only way to grant the staff role.
import { eq, sql } from "drizzle-orm";
import { closeDatabase, db } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { ROLES, users } from "../db/schema";

async function main() {
  const [email, role] = process.argv.slice(2);
  if (!email || !role || !(ROLES as readonly string[]).includes(role)) {
    console.error("usage: npm run user:role -- <email> <learner|staff>");
    process.exit(2);
  }
  await migrateDatabase();
  const updated = await db
    .update(users)
    .set({ role: role as (typeof ROLES)[number] })
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    .returning({ id: users.id });
  await closeDatabase();
  if (updated.length === 0) {
    console.error(`no account with the email ${email}`);
    process.exit(1);
  }
  console.log(`${email} is now ${role}`);
}

void main();

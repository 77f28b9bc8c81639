// `npm run user:role -- <email> <learner|staff>`: the only way to grant the staff role, recorded in the audit trail.
import { userInfo } from "node:os";
import { eq, sql } from "drizzle-orm";
import { closeDatabase, db } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { ROLES, users } from "../db/schema";
import { resetSecondFactor } from "../lib/auth/second-factor";
import { recordAudit } from "../lib/staff/audit";

type Role = (typeof ROLES)[number];

/** The operating-system account that ran the command: the "who" of a change made outside the app. */
function operator(): string {
  try {
    return userInfo().username;
  } catch {
    return "unknown";
  }
}

async function main() {
  const [email, role] = process.argv.slice(2);
  if (!email || !role || !(ROLES as readonly string[]).includes(role)) {
    console.error("usage: npm run user:role -- <email> <learner|staff>");
    process.exit(2);
  }
  await migrateDatabase();
  const outcome = await db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, role: users.role })
      .from(users)
      .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
      .for("update");
    if (!user) return "unknown" as const;
    if (user.role === role) return "unchanged" as const;
    await tx
      .update(users)
      .set({ role: role as Role })
      .where(eq(users.id, user.id));
    // Demoting and promoting again is how a staff member who lost their authenticator enrols a new one.
    await resetSecondFactor(user.id, tx);
    await recordAudit(tx, {
      actor: "command_line",
      action: "role_changed",
      subjectUserId: user.id,
      details: { from: user.role, to: role, operator: operator() },
    });
    return "changed" as const;
  });
  await closeDatabase();
  if (outcome === "unknown") {
    console.error(`no account with the email ${email}`);
    process.exit(1);
  }
  console.log(outcome === "changed" ? `${email} is now ${role}` : `${email} was already ${role}`);
}

void main();

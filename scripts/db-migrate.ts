// `npm run db:migrate`: applies the committed migrations to DATABASE_URL, or to the embedded database.
import { closeDatabase, getDriver } from "../db/client";
import { getMigrationVersion, migrateDatabase } from "../db/migrate";
import { describeStartError } from "../lib/server-start";

async function main() {
  try {
    await migrateDatabase();
    console.log(`[vigie] migrations applied (${getDriver()}), version ${await getMigrationVersion()}`);
    await closeDatabase();
  } catch (error) {
    console.error(`[vigie] migration failed: ${describeStartError(error)}`);
    process.exit(1);
  }
}

void main();

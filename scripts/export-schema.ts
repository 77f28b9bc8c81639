// Writes lib/privacy/export.schema.json: the JSON Schema of the personal data export, generated from its
// zod schema (lib/privacy/export-schema.ts). tests/integration/privacy.test.ts fails while the two differ.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { exportJsonSchemaText } from "../lib/privacy/export-schema";

const file = path.join(import.meta.dirname, "..", "lib", "privacy", "export.schema.json");
writeFileSync(file, exportJsonSchemaText());
console.log(`wrote ${path.relative(process.cwd(), file)}`);

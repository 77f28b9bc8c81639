// Unit tests touch no database; a throwaway outbox folder keeps stray emails out of the repository.
import os from "node:os";
import path from "node:path";

process.env.OUTBOX_DIR = path.join(os.tmpdir(), "vigie-unit-outbox");

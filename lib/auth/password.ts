// Argon2id password hashing on libuv's thread pool (off the event loop), with rehash when parameters rise.
import "server-only";
import { hash, verify } from "@node-rs/argon2";

/** OWASP's Argon2id baseline: 19 MiB, 2 passes, 1 lane. */
/** algorithm 2 is Argon2id in @node-rs/argon2 (its enum is a const enum that verbatimModuleSyntax cannot import). */
export const ARGON2_PARAMS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFC"), ARGON2_PARAMS);
}

export async function verifyPassword(phc: string, password: string): Promise<boolean> {
  try {
    return await verify(phc, password.normalize("NFC"));
  } catch {
    return false;
  }
}

/** True when the stored hash was made with weaker parameters than today's. */
export function needsRehash(phc: string): boolean {
  const m = /^\$argon2id\$v=\d+\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(phc);
  if (!m) return true;
  return Number(m[1]) < ARGON2_PARAMS.memoryCost || Number(m[2]) < ARGON2_PARAMS.timeCost;
}

let dummyHash: Promise<string> | null = null;
/** Verifies against a throwaway hash so unknown accounts cost the same time as known ones. */
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("vigie-timing-equaliser-not-a-password");
  await verifyPassword(await dummyHash, password);
}

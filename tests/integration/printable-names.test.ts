// Names the certificate cannot print are refused before anything irreversible: at registration, on a
// profile change, and at certificate confirmation for accounts whose name was stored before the rule.
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { certificates, users, type User } from "@/db/schema";
import { updateProfileAction } from "@/lib/account/actions";
import { registerAction } from "@/lib/auth/actions";
import { issueCertificateAction } from "@/lib/certificates/actions";
import { PASSWORD, createLearner, validateTrack } from "../support/factories";
import {
  changedTables,
  checkAction,
  fingerprint,
  installWriteCounters,
  newRequest,
  type Outcome,
} from "../support/fuzz";

beforeAll(async () => {
  await installWriteCounters();
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

function resultOf(outcome: Outcome): unknown {
  return outcome.kind === "result" ? outcome.value : outcome;
}

async function reload(user: User): Promise<User> {
  const [row] = await db.select().from(users).where(eq(users.id, user.id));
  if (!row) throw new Error("user missing");
  return row;
}

const UNPRINTABLE: [script: string, first: string, last: string][] = [
  ["Chinese", "小明", "王"],
  ["Arabic", "محمد", "علي"],
  ["Hebrew", "משה", "כהן"],
  ["Japanese", "はなこ", "山田"],
  ["Korean", "민준", "김"],
  ["Devanagari", "अर्जुन", "शर्मा"],
];

describe("registration", () => {
  it.each(UNPRINTABLE)(
    "refuses a name in %s script on its fields and writes nothing",
    async (_script, firstName, lastName) => {
      const tag = randomBytes(4).toString("hex");
      const email = `names-${tag}@example.org`;
      await newRequest("198.51.100.10", "out", null);
      const before = await fingerprint();
      const outcome = await checkAction(() =>
        registerAction(
          undefined,
          form({
            locale: "en",
            firstName,
            lastName,
            username: `names_${tag}`,
            email,
            password: PASSWORD,
            track: "public",
            ageConfirmed: "on",
            acceptPolicy: "on",
          }),
        ),
      );
      expect(resultOf(outcome)).toMatchObject({
        ok: false,
        fieldErrors: { firstName: ["nameScript"], lastName: ["nameScript"] },
      });
      expect(changedTables(before, await fingerprint())).toEqual([]);
      expect(await db.select().from(users).where(eq(users.email, email))).toEqual([]);
    },
  );

  it("accepts a Greek name typed with combining accents, and stores it composed", async () => {
    const tag = randomBytes(4).toString("hex");
    const email = `names-${tag}@example.org`;
    await newRequest("198.51.100.11", "out", null);
    const outcome = await checkAction(() =>
      registerAction(
        undefined,
        form({
          locale: "fr",
          firstName: "Ἀλέξανδρος".normalize("NFD"),
          lastName: "Παπαδόπουλος  Ђорђевић",
          username: `names_${tag}`,
          email,
          password: PASSWORD,
          track: "public",
          ageConfirmed: "on",
          acceptPolicy: "on",
        }),
      ),
    );
    expect(outcome).toEqual({ kind: "redirect", url: "/fr/sign-up/check-email" });
    const [row] = await db.select().from(users).where(eq(users.email, email));
    expect([row?.firstName, row?.lastName]).toEqual(["Ἀλέξανδρος", "Παπαδόπουλος Ђорђевић"]);
  });
});

describe("profile name change", () => {
  it("refuses a name the certificate cannot print, and keeps the old one", async () => {
    const learner = await createLearner({ firstName: "Camille", lastName: "Durand" });
    await newRequest("198.51.100.12", "recent", learner);
    const outcome = await checkAction(() =>
      updateProfileAction(undefined, form({ locale: "fr", firstName: "花子", lastName: "Durand", track: "public" })),
    );
    expect(resultOf(outcome)).toMatchObject({ ok: false, fieldErrors: { firstName: ["nameScript"] } });
    expect((await reload(learner)).firstName).toBe("Camille");
  });
});

describe("certificate confirmation of a name stored before the rule", () => {
  it.each(UNPRINTABLE)(
    "refuses a name in %s script on the retyped-name field, writes nothing, and issues once the name is corrected",
    async (_script, firstName, lastName) => {
      // registerAccount (below the schema) stands for an account created before the rule existed.
      const learner = await createLearner({ firstName, lastName });
      await validateTrack(learner);
      await newRequest("198.51.100.13", "recent", learner);

      const before = await fingerprint();
      const refused = await checkAction(() =>
        issueCertificateAction(
          undefined,
          form({ locale: "en", understood: "on", typedName: `${firstName} ${lastName}` }),
        ),
      );
      expect(resultOf(refused)).toMatchObject({ ok: false, fieldErrors: { typedName: ["nameNotPrintable"] } });
      expect(changedTables(before, await fingerprint())).toEqual([]);
      expect(await db.select().from(certificates).where(eq(certificates.userId, learner.id))).toEqual([]);
      expect((await reload(learner)).nameLockedAt).toBeNull();

      // The name can still be corrected, and then the certificate is issued in the corrected name.
      const corrected = await checkAction(() =>
        updateProfileAction(
          undefined,
          form({ locale: "en", firstName: "Xiaoming", lastName: "Wang", track: "public" }),
        ),
      );
      expect(resultOf(corrected)).toEqual({ ok: true, data: "saved" });
      const issued = await checkAction(() =>
        issueCertificateAction(undefined, form({ locale: "en", understood: "on", typedName: "Xiaoming Wang" })),
      );
      expect(issued).toEqual({ kind: "redirect", url: "/en/certificate?issued=1" });
      const [cert] = await db.select().from(certificates).where(eq(certificates.userId, learner.id));
      expect([cert?.firstName, cert?.lastName]).toEqual(["Xiaoming", "Wang"]);
    },
  );
});

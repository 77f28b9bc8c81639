// A sensitive step with a sign-in older than 10 minutes asks for the password inside the form (RGAA 13.1):
// what was typed comes back, nothing is sent away, and the right password lets the step go through.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { certificates } from "@/db/schema";
import { REAUTH_FIELD } from "@/lib/action-result";
import { issueCertificateAction } from "@/lib/certificates/actions";
import { printedName } from "@/lib/certificates/issue";
import { createLearner, PASSWORD, validateTrack } from "../support/factories";
import { newRequest } from "../support/fuzz/requests";
import { inRequest } from "../support/next-request-mock";

function certificateForm(name: string, extra: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.set("locale", "fr");
  form.set("understood", "on");
  form.set("typedName", name);
  for (const [key, value] of Object.entries(extra)) form.set(key, value);
  return form;
}

/** The action's answer (a redirect would fail here: these steps must answer in place). */
async function run(form: FormData): Promise<unknown> {
  const outcome = await inRequest(() => issueCertificateAction(undefined, form));
  if (!("value" in outcome)) throw new Error(`expected an answer, got ${String(outcome.thrown)}`);
  return outcome.value;
}

describe("inline re-authentication", () => {
  it("keeps the typed name and the ticked box, asks for the password, then issues", async () => {
    const user = await createLearner();
    await validateTrack(user);
    await newRequest("198.51.100.40", "stale", user);

    const first = await run(certificateForm(printedName(user)));
    expect(first).toMatchObject({
      ok: false,
      reauth: true,
      fieldErrors: { [REAUTH_FIELD]: ["reauthRequired"] },
      values: { understood: "on", typedName: printedName(user) },
    });

    const wrong = await run(certificateForm(printedName(user), { [REAUTH_FIELD]: "pas le bon mot de passe" }));
    expect(wrong).toMatchObject({ ok: false, reauth: true, fieldErrors: { [REAUTH_FIELD]: ["wrongPassword"] } });
    expect(JSON.stringify(wrong)).not.toContain("pas le bon mot de passe");
    expect(await db.select().from(certificates).where(eq(certificates.userId, user.id))).toHaveLength(0);

    const outcome = await inRequest(() =>
      issueCertificateAction(undefined, certificateForm(printedName(user), { [REAUTH_FIELD]: PASSWORD })),
    );
    expect((outcome as { thrown: { digest: string } }).thrown.digest).toContain("/fr/certificate?issued=1");
    expect(await db.select().from(certificates).where(eq(certificates.userId, user.id))).toHaveLength(1);
  });

  it("reports the form's own errors together with the password request, never in waves", async () => {
    const user = await createLearner();
    await validateTrack(user);
    await newRequest("198.51.100.41", "stale", user);
    const form = certificateForm("");
    form.delete("understood");
    const result = await run(form);
    expect(result).toMatchObject({ ok: false, reauth: true });
    expect(Object.keys((result as { fieldErrors: object }).fieldErrors).sort()).toEqual(
      [REAUTH_FIELD, "typedName", "understood"].sort(),
    );
  });

  it("reports an unticked box and a mistyped name in one answer", async () => {
    const user = await createLearner({ firstName: "Jeanne", lastName: "Dupont" });
    await validateTrack(user);
    await newRequest("198.51.100.42", "recent", user);
    const form = certificateForm("Jeanne Dupond");
    form.delete("understood");
    expect(await run(form)).toMatchObject({
      ok: false,
      fieldErrors: { understood: ["confirmRequired"], typedName: ["nameMismatch"] },
      errorParams: { nameMismatch: { position: 13, expected: "Dupont", typed: "Dupond" } },
    });
  });
});

// Issue #12: the tester's script, over plain HTTP. A fresh account is registered, confirmed and
// signed in through the real forms, then every quiz of the general-public track is posted with the
// right answers taken from this repository's quiz.json, without opening a lesson and without
// waiting. It used to end with a certificate (1.4 s, 21 requests); now every submission is refused
// and the certificate cannot be issued. The request count and the time are printed.
import { randomBytes } from "node:crypto";
import { expect, test, type APIResponse } from "@playwright/test";
import { E2E_PASSWORD } from "../support/e2e-users";
import { drawnQuestionIds, hiddenFields, localPath, mailTo, trackUnits } from "./helpers";

test("a script that submits every quiz without studying gets no validation and no certificate", async ({
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const http = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL! } });
  let requests = 0;
  const get = (url: string) => (requests++, http.get(url, { maxRedirects: 0 }));
  const post = (url: string, form: FormData) => (requests++, http.post(url, { multipart: form, maxRedirects: 0 }));
  const formOf = (fields: Record<string, string>) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    return form;
  };
  const location = (r: APIResponse) => r.headers()["location"] ?? "";
  const tag = randomBytes(4).toString("hex");
  const email = `script-${tag}@example.org`;
  const started = Date.now();

  // Account: register, confirm by the emailed link, sign in.
  const signUp = hiddenFields(await (await get("/fr/sign-up")).text(), 'name="username"', "sign-up");
  const registered = await post(
    "/fr/sign-up",
    formOf({
      ...signUp,
      firstName: "Script",
      lastName: "Pressé",
      username: `script_${tag}`,
      email,
      password: E2E_PASSWORD,
      track: "public",
      ageConfirmed: "on",
      acceptPolicy: "on",
    }),
  );
  expect(registered.status(), "registration").toBe(303);
  const confirmPath = localPath((await mailTo(email, "Confirmez votre adresse")).link);
  const confirm = hiddenFields(await (await get(confirmPath)).text(), 'name="token"', "confirmation");
  expect((await post(confirmPath, formOf(confirm))).status(), "confirmation").toBe(303);
  const signIn = hiddenFields(await (await get("/fr/sign-in")).text(), 'name="identifier"', "sign-in");
  const signedIn = await post("/fr/sign-in", formOf({ ...signIn, identifier: email, password: E2E_PASSWORD }));
  expect(location(signedIn), "sign-in").toContain("/fr/dashboard");

  // Every quiz of the track, the right answers straight from the repository, no lesson opened.
  const outcomes: string[] = [];
  for (const unit of trackUnits("public")) {
    const quizPath = `/fr/learn/${unit.moduleSlug}/${unit.unitSlug}/quiz`;
    const page = await (await get(quizPath)).text();
    const form = formOf(hiddenFields(page, 'name="token"', unit.id));
    // The questions this attempt drew (the page's fields), answered from the repository's quiz.json.
    const drawn = drawnQuestionIds(page);
    expect(drawn, `${unit.id}: questions shown`).toHaveLength(unit.asked);
    for (const q of unit.quiz.filter((x) => drawn.includes(x.id)))
      for (const c of q.correct) form.append(`q_${q.id}`, c);
    const answer = await post(quizPath, form);
    outcomes.push(
      answer.status() === 303
        ? `${unit.id}: recorded (${location(answer)})`
        : `${unit.id}: ${answer.status()} ${(await answer.text()).replace(/&#x27;/g, "'").includes("Vos réponses n'ont pas été envoyées : ouvrez d'abord la leçon") ? "refused, lesson never opened" : "?"}`,
    );
  }

  // The certificate, if the platform offers it.
  const certificatePage = await (await get("/fr/certificate")).text();
  let certificate = "not offered";
  if (certificatePage.includes('name="typedName"')) {
    const issue = hiddenFields(certificatePage, 'name="typedName"', "certificate");
    const issued = await post("/fr/certificate", formOf({ ...issue, understood: "on", typedName: "Script Pressé" }));
    certificate = `issue form posted: ${issued.status()} ${(await issued.text()).includes("Votre attestation a été délivrée") ? "issued" : ""}`;
  }
  console.log(
    `[scripted quizzes] ${requests} requests in ${Date.now() - started} ms; certificate: ${certificate}\n  ${outcomes.join("\n  ")}`,
  );

  expect(
    outcomes.every((o) => o.endsWith("refused, lesson never opened")),
    outcomes.join("\n"),
  ).toBe(true);
  expect(certificatePage).toContain(
    "Votre attestation sera disponible quand toutes les unités de votre parcours seront validées",
  );
  expect(certificate).toBe("not offered");
  await http.dispose();
});

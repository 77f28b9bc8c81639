import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { E2E_PASSWORD, E2E_USERS } from "../support/e2e-users";
import { answerQuiz, expectAccessible, mailTo, readQuiz, shownQuestions, signIn, watchThirdParty } from "./helpers";

test("a learner fails, retakes and validates the last unit, gets and verifies the certificate, exports and deletes the account", async ({
  page,
  browser,
  context,
}) => {
  const outside = watchThirdParty(page);
  await page.goto("/fr/sign-in");
  await page.getByLabel("Se souvenir de mon nom d'utilisateur sur cet appareil").check();
  await page.getByLabel("Nom d'utilisateur ou adresse e-mail").fill(E2E_USERS.nearlyDone);
  await page.getByLabel("Mot de passe", { exact: true }).fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).last().click();
  await expect(page).toHaveURL(/\/fr\/dashboard/);
  await expect(page.getByText("Pour obtenir l'attestation, il reste à valider :")).toBeVisible();

  // The unit page: video with captions, transcript, lesson, resources.
  await page.goto("/fr/learn/tous-impliques/secourir-et-apres");
  await expect(page.locator("video track[srclang=fr]")).toHaveCount(1);
  await expect(page.locator("video track[srclang=en]")).toHaveCount(1);
  // The video narrated in the page's language: WebM first, MP4 (H.264/AAC) for Safari.
  await expect(page.locator("video source")).toHaveCount(2);
  await expect(page.locator('video source[type="video/webm"]')).toHaveAttribute("src", "/videos/m2-u4.fr.webm");
  await expect(page.locator('video source[type="video/mp4"]')).toHaveAttribute("src", "/videos/m2-u4.fr.mp4");
  // Playable, not offered for download: no link to the video files (and no non-standard attribute, RGAA 8.2).
  await expect(page.locator('a[href$=".webm"], a[href$=".mp4"], a[download]')).toHaveCount(0);
  await expectAccessible(page, "unit page");
  await page.getByRole("link", { name: "Passer le quiz" }).click();
  await expect(page).toHaveURL(/\/quiz$/);
  const html = await page.content();
  const questions = readQuiz("02-tous-impliques", "04-secourir-et-apres");
  expect(html).not.toContain('"correct"');
  expect(html).not.toContain("explanation");
  await expectAccessible(page, "quiz");

  // Submitting nothing keeps the learner on the page with a message per question.
  await page.getByRole("button", { name: "Envoyer mes réponses" }).click();
  await expect(page.getByText("Répondez à cette question.").first()).toBeVisible();
  await expectAccessible(page, "quiz with errors");

  // A draft survives a reload.
  const first = (await shownQuestions(page, questions))[0]!;
  await page.locator(`input[name="q_${first.id}"][value="${first.correct[0]}"]`).check();
  await page.reload();
  await expect(page.locator(`input[name="q_${first.id}"][value="${first.correct[0]}"]`)).toBeChecked();

  // The seed opened this lesson yesterday: the study time is over, no notice.
  await expect(page.getByText("Prenez le temps de lire la leçon")).toHaveCount(0);
  const asked = await answerQuiz(page, "fr", questions, false);
  await page.getByRole("button", { name: "Envoyer mes réponses" }).click();
  await expect(page.getByText("Unité non validée")).toBeVisible();
  // A failed attempt says where to read again, never the right choices nor the explanations.
  await expect(page.getByRole("link", { name: /^Relire dans la leçon/ })).toHaveCount(asked.length);
  const failedHtml = await page.content();
  for (const q of questions) expect(failedHtml).not.toContain(q.explanation.fr);
  expect(failedHtml).not.toContain("✓");
  await expectAccessible(page, "failed result");
  await page.getByRole("link", { name: "Refaire le quiz" }).click();
  await answerQuiz(page, "fr", questions, true);
  await page.getByRole("button", { name: "Envoyer mes réponses" }).click();
  // The last unit of the track: the track is complete and the certificate is the next step.
  await expect(page.getByText("toutes les unités de votre parcours sont validées")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Et maintenant ?" }).getByRole("link").first()).toHaveText(
    "Obtenir mon attestation",
  );
  await expectAccessible(page, "passed result");

  await page.goto("/fr/dashboard");
  await expect(page.getByText("Vous pouvez obtenir votre attestation.")).toBeVisible();
  await page.getByRole("link", { name: "Obtenir mon attestation" }).click();
  await expect(page.getByText("Zoë", { exact: true })).toBeVisible();
  await expectAccessible(page, "certificate review");
  await page.getByRole("button", { name: "Délivrer mon attestation" }).click();
  await expect(page.locator(":focus")).toContainText("Cochez cette case pour confirmer.");
  await page.getByLabel(/2\. J'ai compris/).check();
  await page.getByLabel(/3\. Pour confirmer/).fill("Zoe Oelschlager");
  await page.getByRole("button", { name: "Délivrer mon attestation" }).click();
  await expect(page.locator(":focus")).toContainText("« Zoe » au lieu de « Zoë »");
  await page.getByLabel(/2\. J'ai compris/).check();
  await page.getByLabel(/3\. Pour confirmer/).fill("Zoë Œlschläger-N'Diaye");
  await page.getByRole("button", { name: "Délivrer mon attestation" }).click();
  await expect(page.getByText("Votre attestation a été délivrée.")).toBeVisible();
  expect((await mailTo(`${E2E_USERS.nearlyDone}@example.org`, "attestation de suivi")).html).toContain(
    "/fr/certificate",
  );
  await expectAccessible(page, "certificate issued");
  const code = (await page.locator("dd.font-mono").innerText()).trim();
  expect(code).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);

  const download = await page.request.get(`/api/certificates/${code}/pdf`);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["content-disposition"]).toContain(
    'filename="attestation-vigie-zoe-oelschlager-n-diaye.pdf"',
  );
  expect((await download.body()).subarray(0, 5).toString()).toBe("%PDF-");
  const again = await page.request.get(`/api/certificates/${code}/pdf`, {
    headers: { "If-None-Match": download.headers()["etag"]! },
  });
  expect(again.status()).toBe(304);

  // A visitor verifies the code; another person cannot download the PDF.
  const visitor = await browser.newContext();
  const visitorPage = await visitor.newPage();
  await visitorPage.goto("/fr/verify");
  await visitorPage.getByLabel("Code de vérification").fill(code.toLowerCase().replace(/-/g, " "));
  await visitorPage.getByRole("button", { name: "Vérifier" }).click();
  await expect(visitorPage.getByText("Attestation authentique")).toBeVisible();
  await expect(visitorPage.getByText("Zoë Œlschläger-N'Diaye")).toBeVisible();
  await expectAccessible(visitorPage, "verification");
  expect((await visitorPage.request.get(`/api/certificates/${code}/pdf`)).status()).toBe(404);

  // The name is frozen on the profile page.
  await page.goto("/fr/account");
  await expect(page.getByText(/figure sur une attestation délivrée/)).toBeVisible();
  await expectAccessible(page, "account");

  // Data export and a request to the DPO.
  await page.goto("/fr/account/privacy");
  await expectAccessible(page, "privacy page");
  const exportResponse = await page.request.get("/api/account/export");
  expect(exportResponse.status()).toBe(200);
  const data = (await exportResponse.json()) as {
    profile: { username: string };
    certificates: { verificationCode: string }[];
    quizAttempts: unknown[];
  };
  expect(data.profile.username).toBe(E2E_USERS.nearlyDone);
  expect(data.certificates[0]?.verificationCode).toBe(code);
  expect(data.quizAttempts.length).toBeGreaterThanOrEqual(9);
  await page.getByLabel("Type de demande").selectOption("access");
  await page.getByLabel("Votre message").fill("Je voudrais savoir qui a accès à mes données.");
  await page.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(page.getByText("Votre demande a été enregistrée.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Reçue")).toBeVisible();
  expect((await mailTo(`${E2E_USERS.nearlyDone}@example.org`, "délégué à la protection des données")).text).toContain(
    "Accès à mes données",
  );
  expect((await mailTo("dpo@example.org", "Nouvelle demande RGPD")).text).toContain(
    "Je voudrais savoir qui a accès à mes données.",
  );

  // Cookies set during the journey are exactly those the cookie policy lists.
  const policy = readFileSync("content/pages/policies/cookies.fr.mdx", "utf8");
  for (const cookie of await context.cookies())
    expect(policy, `cookie ${cookie.name} is not in the cookie policy`).toContain(cookie.name);
  expect((await context.cookies()).map((c) => c.name)).toContain("vigie-remember-username");

  // Deletion, then sign-in is refused and the certificate no longer verifies.
  await page.getByLabel("Mot de passe actuel", { exact: true }).fill(E2E_PASSWORD);
  await page.getByLabel("Je comprends que la suppression est définitive.").check();
  await page.getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
  await expect(page).toHaveURL(/account-deleted/);
  await mailTo(`${E2E_USERS.nearlyDone}@example.org`, "a été supprimé");
  await signIn(page, "fr", E2E_USERS.nearlyDone);
  await expect(page.getByText("Identifiant ou mot de passe incorrect.")).toBeVisible();
  await visitorPage.goto(`/fr/verify/${code}`);
  await expect(visitorPage.getByText("Aucune attestation ne correspond à ce code.")).toBeVisible();
  expect(outside).toEqual([]);
  await visitor.close();
});

test("in English, a learner fails then validates a unit and the dashboard shows it", async ({ page }) => {
  await signIn(page, "en", E2E_USERS.other);
  await expect(page).toHaveURL(/\/en\/dashboard/);
  const questions = readQuiz("01-comprendre-la-menace", "01-qu-est-ce-que-le-terrorisme");
  await page.goto("/en/learn/comprendre-la-menace/qu-est-ce-que-le-terrorisme");
  // English narration, English captions on by default, French captions offered.
  await expect(page.locator('video source[type="video/webm"]')).toHaveAttribute("src", "/videos/m1-u1.en.webm");
  await expect(page.locator('video source[type="video/mp4"]')).toHaveAttribute("src", "/videos/m1-u1.en.mp4");
  await expect(page.locator("video track[srclang=en]")).toHaveAttribute("default", "");
  await expect(page.locator("video track[srclang=fr]")).toHaveCount(1);
  await expectAccessible(page, "unit page en");
  await page.goto("/en/learn/comprendre-la-menace/qu-est-ce-que-le-terrorisme/quiz");
  await expectAccessible(page, "quiz en");
  await answerQuiz(page, "en", questions, false);
  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(page.getByText("Unit not validated")).toBeVisible();
  await page.getByRole("link", { name: "Retake the quiz" }).click();
  await answerQuiz(page, "en", questions, true);
  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(page.getByText("Unit validated. Well done!")).toBeVisible();
  await expectAccessible(page, "result en");
  await page.goto("/en/dashboard");
  await expect(page.getByText("1 of 4 units validated (25%)")).toBeVisible();
  await expect(page.getByText("Validated · best score 100%")).toBeVisible();
  await expectAccessible(page, "dashboard en");
});

// Signed certificates (issue #19, points 1 and 2): the certificate page offers the signed verification link and
// the Open Badges 3.0 download; the public verification page shows the claims a signed link carries, and says
// "not valid" for a tampered one. French and English, axe on every state.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { E2E_BASE_URL, E2E_USERS, FIXTURES_FILE } from "../support/e2e-users";
import { withCharChanged } from "../support/tamper";
import { expectAccessible, signIn } from "./helpers";

const TEXT = {
  fr: {
    openBadge: "Télécharger au format Open Badges 3.0",
    card: "Attestation de suivi — version accessible",
    valid: "Attestation authentique : sa signature électronique prouve",
    notValid: "Ce lien n'est pas une attestation valide.",
    details: "Données signées",
    track: "Parcours grand public (modules 1 et 2)",
  },
  en: {
    openBadge: "Download as Open Badges 3.0",
    card: "Certificate of completion — accessible version",
    valid: "Authentic certificate: its electronic signature proves",
    notValid: "This link is not a valid certificate.",
    details: "Signed data",
    track: "General public track (modules 1 and 2)",
  },
} as const;

const code = () =>
  (JSON.parse(readFileSync(FIXTURES_FILE, "utf8")) as { ownerCertificateCode: string }).ownerCertificateCode;

async function signedLink(page: Page, locale: "fr" | "en"): Promise<string> {
  await page.goto(`/${locale}/certificates/${code()}`);
  const link = page.getByRole("region", { name: TEXT[locale].card }).getByRole("link", { name: /\/verify\// });
  const href = (await link.getAttribute("href")) ?? "";
  expect(href).toMatch(new RegExp(`^${E2E_BASE_URL}/(fr|en)/verify/[\\w-]+\\.[\\w-]+\\.[\\w-]+$`));
  return href;
}

for (const locale of ["fr", "en"] as const) {
  const t = TEXT[locale];

  test(`${locale}: the certificate page offers the signed link and the Open Badges file; the link verifies, a tampered one does not`, async ({
    page,
    browser,
  }) => {
    await signIn(page, locale, E2E_USERS.certOwner);
    await expect(page).toHaveURL(new RegExp(`/${locale}/dashboard`));
    const href = await signedLink(page, locale);
    const badge = page.getByRole("link", { name: t.openBadge });
    await expect(badge).toHaveAttribute("href", `/api/certificates/${code()}/open-badge`);
    const download = await page.request.get(`/api/certificates/${code()}/open-badge`);
    expect(download.status()).toBe(200);
    expect((await download.text()).split(".")).toHaveLength(3);
    await expectAccessible(page, `certificate page with Open Badges download (${locale})`);

    // Anyone, signed out, in the page's language.
    const visitor = await browser.newContext();
    const verify = await visitor.newPage();
    const path = new URL(href).pathname.replace(/^\/(fr|en)\//, `/${locale}/`);
    await verify.goto(path);
    await expect(verify.getByText(t.valid)).toBeVisible();
    const card = verify.getByRole("region", { name: t.card });
    await expect(card).toContainText("Olga Propriétaire");
    await expect(card).toContainText(t.track);
    await expect(card).toContainText(code());
    await expect(verify.getByRole("heading", { name: t.details })).toBeVisible();
    await expectAccessible(verify, `verification page, signed link (${locale})`);

    // One character of the signature changed: not a certificate, and nothing of the claims shown.
    await verify.goto(withCharChanged(path, -2));
    await expect(verify.getByText(t.notValid)).toBeVisible();
    await expect(verify.getByText("Olga")).toHaveCount(0);
    await expectAccessible(verify, `verification page, tampered link (${locale})`);
    await visitor.close();
  });
}

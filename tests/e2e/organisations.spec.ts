// An organiser trains a team, in French and in English: creates an organisation, invites three people
// by CSV, two join and consent, one refuses; the organiser sees the two (and that the third declined)
// and downloads the CSV and PDF reports; one member leaves and disappears from both. axe on every page;
// one invitee joins by keyboard.
import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { E2E_USERS } from "../support/e2e-users";
import { extractPdfText } from "../support/pdf-text";
import { downloadByClick, expectAccessible, localPath, mailTo, signIn, tabTo, type Locale } from "./helpers";

import type frOrganisations from "../../lib/i18n/messages/fr/organisations.json";

type Messages = typeof frOrganisations;
const messages = (locale: Locale) =>
  JSON.parse(readFileSync(`lib/i18n/messages/${locale}/organisations.json`, "utf8")) as Messages;
const consentRequired = (locale: Locale) =>
  (
    JSON.parse(readFileSync(`lib/i18n/messages/${locale}/app.json`, "utf8")) as {
      validation: { consentRequired: string };
    }
  ).validation.consentRequired;
const plural = (message: string, count: number) =>
  (new RegExp(`${count === 1 ? "one" : "other"} \\{([^}]*)\\}`).exec(message)?.[1] ?? "").replace("#", String(count));

const CAST = {
  fr: {
    organiser: E2E_USERS.organiserFr,
    organisation: "Fête de la Musique à Plouha",
    invitees: [
      [E2E_USERS.inviteeFr1, "Bérénice Bénévole"],
      [E2E_USERS.inviteeFr2, "Noël Bénévole"],
      [E2E_USERS.inviteeFr3, "Refus Bénévole"],
    ],
  },
  en: {
    organiser: E2E_USERS.organiserEn,
    organisation: "Riverside Summer Festival",
    invitees: [
      [E2E_USERS.inviteeEn1, "Saoirse Steward"],
      [E2E_USERS.inviteeEn2, "Tom Steward"],
      [E2E_USERS.inviteeEn3, "Declan Steward"],
    ],
  },
} as const;

async function signedInPage(browser: Browser, locale: Locale, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, locale, username);
  await expect(page).toHaveURL(new RegExp(`/${locale}/dashboard`));
  return page;
}

async function downloadReports(page: Page, t: Messages) {
  const csv = (await downloadByClick(page, page.getByRole("link", { name: t.downloadCsv }))).body.toString("utf8");
  const pdfFile = await downloadByClick(page, page.getByRole("link", { name: t.downloadPdf }));
  expect(pdfFile.name).toMatch(/\.pdf$/);
  return { csv, pdf: await extractPdfText(new Uint8Array(pdfFile.body)) };
}

for (const locale of ["fr", "en"] as const) {
  test(`an organiser invites a team by CSV and follows who consented (${locale})`, async ({ browser }) => {
    test.setTimeout(240_000);
    const t = messages(locale);
    const cast = CAST[locale];
    const [first, second, third] = cast.invitees;

    // The organiser creates the organisation.
    const organiser = await signedInPage(browser, locale, cast.organiser);
    await organiser.goto(`/${locale}/organisations`);
    await expect(organiser.getByRole("heading", { level: 1, name: t.listTitle })).toBeVisible();
    await expectAccessible(organiser, "organisations list");
    await organiser.getByLabel(t.name).fill(cast.organisation);
    await organiser.getByLabel(t.kind).selectOption("event");
    await organiser.getByRole("button", { name: t.create }).click();
    await expect(organiser.getByRole("heading", { level: 1, name: cast.organisation })).toBeVisible();
    await expect(organiser.getByText(t.created)).toBeVisible();
    const orgUrl = new URL(organiser.url()).pathname;

    // Three people invited by a CSV file; a bad line is listed with its reason.
    const csvFile = ["email", ...cast.invitees.map(([u]) => `${u}@example.org`), "pas-une-adresse"].join("\n");
    await organiser
      .getByLabel(t.csvFile, { exact: true })
      .setInputFiles({ name: "team.csv", mimeType: "text/csv", buffer: Buffer.from(csvFile) });
    await expect(organiser.getByLabel(t.csv, { exact: true })).toHaveValue(new RegExp(cast.invitees[0][0]));
    await organiser.getByRole("button", { name: t.inviteCsv }).click();
    await expect(organiser.getByText(plural(t.csvInvited, 3))).toBeVisible();
    await expect(
      organiser.getByText(new RegExp(`^${locale === "fr" ? "Ligne" : "Line"} 5 \\(pas-une-adresse\\)`)),
    ).toBeVisible();
    await expectAccessible(organiser, "manager page after the CSV");

    // The first invitee: consent is required to join, then joins; the link then says they are a member.
    const one = await signedInPage(browser, locale, first[0]);
    const oneLink = localPath((await mailTo(`${first[0]}@example.org`, cast.organisation)).link);
    await one.goto(oneLink);
    await expect(one.getByRole("heading", { level: 1 })).toContainText(cast.organisation);
    await expect(one.getByText(first[1])).toBeVisible(); // what the managers will see
    await expectAccessible(one, "invitation page");
    await one.getByRole("button", { name: t.join }).click();
    await expect(one.getByText(consentRequired(locale)).first()).toBeVisible();
    await one.getByLabel(t.consent).check();
    await one.getByRole("button", { name: t.join }).click();
    await expect(one.getByText(t.joined)).toBeVisible();
    await expectAccessible(one, "member page");
    await one.goto(oneLink);
    await expect(one.getByText(t.invitationState_alreadyMember)).toBeVisible();

    // The second joins from the keyboard only.
    const two = await signedInPage(browser, locale, second[0]);
    await two.goto(localPath((await mailTo(`${second[0]}@example.org`, cast.organisation)).link));
    await tabTo(two, two.getByLabel(t.consent));
    await two.keyboard.press("Space");
    await tabTo(two, two.getByRole("button", { name: t.join }));
    await two.keyboard.press("Enter");
    await expect(two.getByText(t.joined)).toBeVisible();

    // The third refuses; the invitation cannot then be used.
    const three = await signedInPage(browser, locale, third[0]);
    const threeLink = localPath((await mailTo(`${third[0]}@example.org`, cast.organisation)).link);
    await three.goto(threeLink);
    await three.getByRole("button", { name: t.decline }).click();
    await expect(three.getByText(t.declined)).toBeVisible();
    await three.goto(threeLink);
    await expect(three.getByText(t.invitationState_answered)).toBeVisible();

    // The organiser sees the two who consented, and downloads both reports.
    await organiser.goto(orgUrl);
    const table = organiser.getByRole("table", { name: t.membersTitle });
    await expect(table.getByRole("rowheader", { name: first[1] })).toBeVisible();
    await expect(table.getByRole("rowheader", { name: second[1] })).toBeVisible();
    await expect(table).not.toContainText(third[1]);
    // Whom to chase: each emailed invitation with its state; of the one who refused, only the address typed
    // in the CSV and "declined", nothing else of theirs.
    const statuses = organiser.getByRole("table", { name: t.emailedInvitationsTitle });
    const statusOf = (username: string) => statuses.getByRole("row").filter({ hasText: `${username}@example.org` });
    await expect(statusOf(first[0]).getByRole("cell")).toHaveText(t.invitationStatus_joined);
    await expect(statusOf(second[0]).getByRole("cell")).toHaveText(t.invitationStatus_joined);
    await expect(statusOf(third[0]).getByRole("cell")).toHaveText(t.invitationStatus_declined);
    await expect(statuses).not.toContainText(third[1]);
    await expectAccessible(organiser, "manager page with members");
    // At 360 px the table scrolls sideways inside a focusable, named region.
    await organiser.setViewportSize({ width: 360, height: 800 });
    await expectAccessible(organiser, "manager page with members at 360 px");
    await organiser.setViewportSize({ width: 1280, height: 800 });
    const before = await downloadReports(organiser, t);
    for (const text of [before.csv, before.pdf]) {
      expect(text).toContain(first[1]);
      expect(text).toContain(second[1]);
      expect(text).not.toContain(third[1]);
    }
    expect(before.pdf).toContain(cast.organisation);

    // The first member leaves, and disappears from the page and both reports.
    await one.goto(orgUrl);
    await one.getByRole("button", { name: t.leave }).click();
    await expect(one.getByText(t.left)).toBeVisible();
    await expectAccessible(one, "organisations list after leaving");
    await organiser.goto(orgUrl);
    await expect(table.getByRole("rowheader", { name: second[1] })).toBeVisible();
    await expect(table).not.toContainText(first[1]);
    // Nor does the invitation status say they had joined.
    await expect(statuses).not.toContainText(`${first[0]}@example.org`);
    await expect(statusOf(third[0]).getByRole("cell")).toHaveText(t.invitationStatus_declined);
    const after = await downloadReports(organiser, t);
    for (const text of [after.csv, after.pdf]) {
      expect(text).not.toContain(first[1]);
      expect(text).toContain(second[1]);
    }
    for (const page of [organiser, one, two, three]) await page.context().close();
  });
}

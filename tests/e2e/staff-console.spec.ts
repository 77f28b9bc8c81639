// Issue #14's "Done when", as one chained journey per language: a staff member signs in with password +
// authenticator code, reads every chart and table of the statistics (axe-clean, by keyboard), downloads
// every CSV by keyboard, moves a learner's DPO request received → in progress → answered (the learner
// gets an email at each step, in their language, and sees the answer on their privacy page), publishes
// the new terms of use (preview, tick, publish; a learner is asked to accept them), and finds each of
// these in the audit trail, with who and when.
// Publishing is irreversible and every later sign-in would have to accept the new terms, so this spec
// runs in the "last" project (playwright.config.ts), and the terms are published once: by the French
// journey; the English one, which runs after it (serial), finds them in force, is asked to accept them
// as a learner, and reads the publication in the English audit trail.
import { mkdirSync, readFileSync } from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { E2E_USERS } from "../support/e2e-users";
import {
  expectAccessible,
  expectFocusVisible,
  mailTo,
  signIn,
  signInOverHttp,
  signInStaff,
  tabTo,
  type Locale,
} from "./helpers";

const SHOTS = "/tmp/shots-staff";

const TEXT = {
  fr: {
    statistics: "Statistiques",
    tables: {
      daily: "Inscriptions et confirmations par jour",
      weekly: "Apprenants actifs par semaine",
      funnel: "Entonnoir par parcours",
      certificates: "Attestations par jour et par parcours",
      units: "Par unité",
      questions: "Analyse des questions",
      choices: "Réponses choisies",
    },
    tableRegion: "Tableau : ",
    csv: (table: string) => `Télécharger le tableau « ${table} » (CSV)`,
    from: "Du",
    to: "Au",
    track: "Parcours",
    apply: "Afficher",
    reversed: "La date de début est après la date de fin",
    funnelHeader: "Étape,Grand public,Professionnels",
    registered: "Inscrits",
    // DPO request, learner side
    learner: E2E_USERS.dpoRequester,
    kindLabel: "Type de demande",
    access: "Accès à mes données",
    messageLabel: "Votre message",
    message: "Merci de m'envoyer une copie de toutes mes données.",
    send: "Envoyer la demande",
    sent: "Votre demande a été enregistrée.",
    // DPO request, staff side
    received: "Reçue",
    due: "Réponse due le",
    handle: /Traiter la demande/,
    requestTitle: /Demande [0-9a-f]{8}/,
    nextStatus: "Nouvel état",
    note: /Message à la personne/,
    stepSubmit: "Enregistrer l'étape",
    refused: "Refusée",
    refusalReason: /Indiquez le motif du refus/,
    inProgress: "En cours",
    answered: "Répondue",
    stepDone: "Étape enregistrée : la personne est prévenue par courriel.",
    final: "Cette demande est close : elle ne peut plus changer.",
    history: "Historique",
    recorded: "Demande enregistrée",
    by: (name: string) => `par ${name}`,
    noteText: "Vous trouverez vos données dans l'export joint, au format JSON.",
    inProgressMail: "en cours de traitement",
    inProgressMailText: "au plus tard le",
    answeredMail: "Réponse à votre demande",
    answerShown: (note: string) => `Réponse de l'équipe : ${note}`,
    // Publishing
    policies: "Publier une politique",
    preview: /Aperçu avant publication — Conditions d'utilisation/,
    previewTitle: /Aperçu : Conditions d'utilisation, version/,
    publish: (v: string) => `Publier la version ${v}`,
    tick: "Cochez la case pour confirmer la publication.",
    confirm: /Je confirme la publication/,
    publishedDone: (v: string) => `Version ${v} publiée.`,
    terms: "Conditions d'utilisation",
    inForce: /Version en vigueur : (\d{4}-\d{2}-\d{2})/,
    upToDate: "Cette version est déjà publiée.",
    acceptNew: "J'accepte les nouvelles conditions d'utilisation.",
    continue: "Continuer",
    // Audit trail
    audit: "Journal des actions",
    auditTitle: "Journal des actions de l'équipe",
    auditCsv: (table: string) => `Export CSV : ${table}`,
    auditStatus: (ref: string, from: string, to: string) => `Demande ${ref} : ${from} → ${to}`,
    auditPublished: (v: string) => `Publication : Conditions d'utilisation, version ${v}`,
  },
  en: {
    statistics: "Statistics",
    tables: {
      daily: "Registrations and confirmations per day",
      weekly: "Active learners per week",
      funnel: "Funnel per track",
      certificates: "Certificates per day and track",
      units: "Per unit",
      questions: "Item analysis",
      choices: "Choices ticked",
    },
    tableRegion: "Table: ",
    csv: (table: string) => `Download the “${table}” table (CSV)`,
    from: "From",
    to: "To",
    track: "Track",
    apply: "Show",
    reversed: "The start date is after the end date",
    funnelHeader: "Step,General public,Professionals",
    registered: "Registered",
    learner: E2E_USERS.dpoRequesterEn,
    kindLabel: "Type of request",
    access: "Access to my data",
    messageLabel: "Your message",
    message: "Please send me a copy of all the data you hold about me.",
    send: "Send the request",
    sent: "Your request has been recorded.",
    received: "Received",
    due: "Answer due by",
    handle: /Handle request/,
    requestTitle: /Request [0-9a-f]{8}/,
    nextStatus: "New status",
    note: /Message to the person/,
    stepSubmit: "Record the step",
    refused: "Refused",
    refusalReason: /Give the reason for the refusal/,
    inProgress: "In progress",
    answered: "Answered",
    stepDone: "Step recorded: the person has been told by email.",
    final: "This request is closed: it can no longer change.",
    history: "History",
    recorded: "Request recorded",
    by: (name: string) => `by ${name}`,
    noteText: "You will find your data in the attached export, as JSON.",
    inProgressMail: "Your request is being handled",
    inProgressMailText: "at the latest",
    answeredMail: "Answer to your request",
    answerShown: (note: string) => `Our answer: ${note}`,
    policies: "Publish a policy",
    preview: /Preview before publishing — Terms of use/,
    previewTitle: /Preview: Terms of use, version/,
    publish: (v: string) => `Publish version ${v}`,
    tick: "Tick the box to confirm the publication.",
    confirm: /I confirm the publication/,
    publishedDone: (v: string) => `Version ${v} published.`,
    terms: "Terms of use",
    inForce: /Version in force: (\d{4}-\d{2}-\d{2})/,
    upToDate: "This version is already published.",
    acceptNew: "I accept the new terms of use.",
    continue: "Continue",
    audit: "Audit trail",
    auditTitle: "Staff audit trail",
    auditCsv: (table: string) => `CSV export: ${table}`,
    auditStatus: (ref: string, from: string, to: string) => `Request ${ref}: ${from} → ${to}`,
    auditPublished: (v: string) => `Published: Terms of use, version ${v}`,
  },
} as const;

type Text = (typeof TEXT)[Locale];

/** RFC 4180 fields of a CSV body (quoted fields may hold commas, quotes doubled, CRLF line ends). */
function parseCsv(body: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted && c === '"' && body[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      row.push(cell);
      cell = "";
    } else if (!quoted && c === "\r" && body[i + 1] === "\n") {
      rows.push([...row, cell]);
      row = [];
      cell = "";
      i++;
    } else {
      cell += c;
    }
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** Sign-in first, then the audit trail says when: a row's <time> lies between the two. */
function expectRecent(iso: string | null, since: number) {
  const at = Date.parse(iso ?? "");
  expect(at, `audit time ${iso}`).toBeGreaterThanOrEqual(since - 1_000);
  expect(at).toBeLessThanOrEqual(Date.now() + 1_000);
}

/** The audit trail's row for one action: one row, by the seeded staff member, dated during this journey. */
async function expectAuditRow(page: Page, what: string, since: number) {
  const row = page.getByRole("row").filter({ hasText: what });
  await expect(row, `audit row "${what}"`).toHaveCount(1);
  await expect(row.getByRole("cell").nth(1)).toHaveText(E2E_USERS.staff);
  expectRecent(await row.locator("time").getAttribute("datetime"), since);
}

/** Every chart with its title, every table in its own named region; axe; screenshots in English. */
async function readStatistics(page: Page, locale: Locale, t: Text) {
  await page.goto(`/${locale}/staff/statistics`);
  await expect(page.getByRole("heading", { level: 1, name: t.statistics })).toBeVisible();
  for (const [id, title] of Object.entries(t.tables)) {
    const section = page.getByRole("region", { name: title, exact: true });
    await expect(section.getByRole("heading", { level: 2, name: title, exact: true })).toBeVisible();
    const table = section.getByRole("region", { name: `${t.tableRegion}${title}`, exact: true }).getByRole("table");
    await expect(table, `table ${id}`).toBeVisible();
    await expect(table.getByRole("columnheader").first()).toBeVisible();
    await expect(table.getByRole("row").nth(1)).toBeVisible();
    // The tables that have a chart (report.ts) draw it, named by the table's title.
    if (id !== "questions" && id !== "choices") {
      await expect(section.getByRole("img"), `chart ${id}`).toHaveCount(1);
      await expect(section.getByRole("img")).toHaveAccessibleName(new RegExp(`^${title}`));
      // Every label is drawn whole inside the chart, and the labels under the bars do not overlap.
      const { width, labels } = await section.getByRole("img").evaluate((svg) => ({
        width: (svg as SVGSVGElement).viewBox.baseVal.width,
        labels: [...svg.querySelectorAll("text")].map((text) => {
          const box = text.getBBox();
          return { text: text.textContent, x: box.x, end: box.x + box.width, y: box.y };
        }),
      }));
      for (const label of labels) {
        expect(label.x, `chart ${id}: "${label.text}" starts inside`).toBeGreaterThanOrEqual(0);
        expect(label.end, `chart ${id}: "${label.text}" ends inside`).toBeLessThanOrEqual(width);
      }
      const axis = labels.filter((l) => l.y === Math.max(...labels.map((m) => m.y))).sort((a, b) => a.x - b.x);
      for (let i = 1; i < axis.length; i++)
        expect(axis[i]!.x, `chart ${id}: "${axis[i]!.text}" clear of "${axis[i - 1]!.text}"`).toBeGreaterThan(
          axis[i - 1]!.end,
        );
    }
  }
  await expectAccessible(page, `statistics (${locale})`);
  if (locale === "en") {
    mkdirSync(SHOTS, { recursive: true });
    await screenshots(page, (width) => `${SHOTS}/statistics-en-${width}.png`);
  }
}

/** From the top of the page, Tab reaches the filters, then each CSV link in turn: Enter downloads it. */
async function downloadEveryCsvByKeyboard(page: Page, locale: Locale, t: Text) {
  await page.goto(`/${locale}/staff/statistics`);
  for (const field of [
    page.getByLabel(t.from, { exact: true }),
    page.getByLabel(t.to, { exact: true }),
    page.getByLabel(t.track, { exact: true }),
    page.getByRole("button", { name: t.apply }),
  ]) {
    await tabTo(page, field);
    await expectFocusVisible(page, `statistics filter (${locale})`);
  }
  const links = page.getByRole("link", { name: /\(CSV\)$/ });
  await expect(links).toHaveCount(Object.keys(t.tables).length);
  for (const [id, title] of Object.entries(t.tables)) {
    const link: Locator = page.getByRole("link", { name: t.csv(title), exact: true });
    await tabTo(page, link);
    await expectFocusVisible(page, `CSV link ${id} (${locale})`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^vigie-${id}-\\d{4}-\\d{2}-\\d{2}-\\d{4}-\\d{2}-\\d{2}\\.csv$`),
    );
    const body = readFileSync((await download.path())!, "utf8");
    // A download hides its response headers: the same link fetched with the staff member's cookies
    // shows them, and the same file.
    const response = await page.request.get((await link.getAttribute("href"))!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers()["content-disposition"]).toBe(`attachment; filename="${download.suggestedFilename()}"`);
    expect(await response.text()).toBe(body);
    expect(body.startsWith("\uFEFF"), `${id}: byte-order mark`).toBe(true);
    const rows = parseCsv(body.slice(1));
    // A header row in the page's language, then rows as wide as it.
    const header = rows[0] ?? [];
    expect(header.length, `${id}: header`).toBeGreaterThan(1);
    expect(
      header.every((h) => /\p{L}/u.test(h)),
      `${id}: header cells are words: ${header.join("|")}`,
    ).toBe(true);
    expect(rows.length, `${id}: data rows`).toBeGreaterThan(1);
    for (const row of rows) expect(row.length, `${id}: row ${row.join("|")}`).toBe(header.length);
    // No cell a spreadsheet would run as a formula: = + @ never lead, - only in a number.
    for (const cell of rows.flat()) {
      expect(/^[=+@\t\r]/.test(cell), `${id}: formula cell ${cell}`).toBe(false);
      if (cell.startsWith("-")) expect(cell, `${id}: "-" cell`).toMatch(/^-\d+(\.\d+)?$/);
    }
    if (id === "funnel") {
      expect(header.join(",")).toBe(t.funnelHeader);
      expect(rows[1]?.join(",")).toMatch(new RegExp(`^${t.registered},\\d+,(< 5|\\d+)$`));
      // Small cells stay hidden in the file too.
      expect(rows.flat()).toContain("< 5");
    }
  }
  // A reversed range, typed and sent by keyboard, is explained; the default range is shown instead.
  await page.getByLabel(t.from, { exact: true }).fill("2026-12-10");
  await page.getByLabel(t.to, { exact: true }).fill("2026-12-01");
  await page.getByLabel(t.to, { exact: true }).press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: t.reversed })).toBeVisible();
  await expectAccessible(page, `statistics, reversed range (${locale})`);
}

/** The page at 360 and 1280 px wide, full length, then back to the default viewport. */
async function screenshots(page: Page, file: (width: number) => string) {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: file(width), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** A step on the request page; `done` is what the page shows after it. */
async function takeStep(page: Page, t: Text, status: string, done: string, note = "") {
  await page.getByLabel(t.nextStatus).selectOption({ label: status });
  if (note) await page.getByLabel(t.note).fill(note);
  await page.getByRole("button", { name: t.stepSubmit }).click();
  await expect(page.getByText(done)).toBeVisible();
}

// English after French: the English journey finds the terms the French one published.
test.describe.configure({ mode: "serial" });

for (const locale of ["fr", "en"] as const) {
  test(`${locale}: staff sign in with a code, read and export the statistics, answer a DPO request, publish the terms, see it all in the audit trail`, async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    const t = TEXT[locale];
    const address = `${t.learner}@example.org`;
    const since = Date.now();

    // 1. The learner asks for a copy of their data. In English, the terms the French journey published
    //    come first: the learner is asked to accept them at sign-in.
    const learnerContext = await browser.newContext();
    const learner = await learnerContext.newPage();
    if (locale === "fr") {
      await signInOverHttp(learner.context().request, t.learner);
    } else {
      await signIn(learner, locale, t.learner);
      await expect(learner).toHaveURL(/\/en\/accept-policy/);
      await expectAccessible(learner, "new terms to accept (en)");
      await learner.getByRole("checkbox", { name: t.acceptNew }).check();
      await learner.getByRole("button", { name: t.continue }).click();
      await expect(learner).toHaveURL(/\/en\/dashboard/);
    }
    await learner.goto(`/${locale}/account/privacy`);
    await learner.getByLabel(t.kindLabel).selectOption("access");
    await learner.getByLabel(t.messageLabel).fill(t.message);
    await learner.getByRole("button", { name: t.send }).click();
    await expect(learner.getByText(t.sent)).toBeVisible();

    // 2. Staff: password, then the authenticator's code.
    const staffContext = await browser.newContext();
    const page = await staffContext.newPage();
    await signInStaff(page, locale, E2E_USERS.staff);

    // 3. Statistics: every chart and table, axe; by keyboard, the filters and every CSV.
    await readStatistics(page, locale, t);
    await downloadEveryCsvByKeyboard(page, locale, t);

    // 4. The DPO request: received → in progress → answered; an email at each step.
    await page.goto(`/${locale}/staff`);
    const item = page.getByRole("listitem").filter({ hasText: t.learner }).filter({ hasText: t.received }).first();
    await expect(item).toContainText(t.due);
    await item.getByRole("link", { name: t.handle }).click();
    await expect(page.getByRole("heading", { level: 1, name: t.requestTitle })).toBeVisible();
    const reference = /\/staff\/requests\/([0-9a-f]{8})/.exec(page.url())?.[1] ?? "";
    expect(reference).not.toBe("");
    await expectAccessible(page, `DPO request page (${locale})`);
    await screenshots(page, (width) => `test-results/screens/dpo-request-received-${locale}-${width}.png`);
    // A refusal without a reason is refused in the form.
    await page.getByLabel(t.nextStatus).selectOption({ label: t.refused });
    await page.getByRole("button", { name: t.stepSubmit }).click();
    await expect(page.getByText(t.refusalReason).first()).toBeVisible();
    await page.reload();
    await takeStep(page, t, t.inProgress, t.stepDone);
    expect((await mailTo(address, t.inProgressMail)).text).toContain(t.inProgressMailText);
    await page.reload();
    await takeStep(page, t, t.answered, t.final, t.noteText);
    const history = page.getByRole("region", { name: t.history });
    await expect(history).toContainText(t.recorded);
    await expect(history).toContainText(`${t.received} → ${t.inProgress}`);
    await expect(history).toContainText(`${t.inProgress} → ${t.answered}`);
    await expect(history).toContainText(t.noteText);
    await expect(history).toContainText(t.by(E2E_USERS.staff));
    await expectAccessible(page, `DPO request page, answered (${locale})`);
    await screenshots(page, (width) => `test-results/screens/dpo-request-answered-${locale}-${width}.png`);
    const answer = await mailTo(address, t.answeredMail);
    expect(answer.text).toContain(t.noteText);
    expect(answer.link).toMatch(new RegExp(`/${locale}/account/privacy#dpo$`));

    // The learner sees the answer on their privacy page.
    await learner.goto(`/${locale}/account/privacy`);
    const mine = learner.getByRole("listitem").filter({ hasText: t.access }).first();
    await expect(mine).toContainText(t.answered);
    await expect(mine).toContainText(t.answerShown(t.noteText));
    await expectAccessible(learner, `privacy page with an answered request (${locale})`);
    await learnerContext.close();

    // 5. The new terms of use: published by the French journey (preview, tick, publish), found in force
    //    by the English one.
    await page.goto(`/${locale}/staff`);
    await page.getByRole("link", { name: t.policies }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/staff/policies$`));
    let version: string;
    if (locale === "fr") {
      await page.getByRole("link", { name: t.preview }).click();
      const title = await page.getByRole("heading", { level: 1, name: t.previewTitle }).innerText();
      version = /version (\d{4}-\d{2}-\d{2})/.exec(title)?.[1] ?? "";
      expect(version).not.toBe("");
      await expectAccessible(page, "policy preview (fr)");
      // Not ticked: refused, nothing published.
      await page.getByRole("button", { name: t.publish(version) }).click();
      await expect(page.getByText(t.tick).first()).toBeVisible();
      await expectAccessible(page, "publication refused (fr)");
      await page.getByRole("checkbox", { name: t.confirm }).check();
      await page.getByRole("button", { name: t.publish(version) }).click();
      await expect(page).toHaveURL(/\/fr\/staff\/policies\?published=site-/);
      await expect(page.getByRole("status").filter({ hasText: t.publishedDone(version) })).toBeVisible();
      await expectAccessible(page, "policies, published (fr)");
      // A learner is asked to accept them at their next page.
      const readerContext = await browser.newContext();
      const reader = await readerContext.newPage();
      await signIn(reader, "fr", E2E_USERS.publishReader);
      await expect(reader).toHaveURL(/\/fr\/accept-policy/);
      await expect(reader.getByText(version)).toBeVisible();
      await expectAccessible(reader, "new terms to accept (fr)");
      await reader.getByRole("checkbox", { name: t.acceptNew }).check();
      await reader.getByRole("button", { name: t.continue }).click();
      await expect(reader).toHaveURL(/\/fr\/dashboard/);
      await readerContext.close();
      // The staff member has the new terms to accept too, like everyone.
      await page.goto("/fr/staff/audit");
      await expect(page).toHaveURL(/\/fr\/accept-policy/);
      await page.getByRole("checkbox", { name: t.acceptNew }).check();
      await page.getByRole("button", { name: t.continue }).click();
      await expect(page).toHaveURL(/\/fr\/staff\/audit$/);
    } else {
      const terms = page.getByRole("region", { name: t.terms, exact: true });
      version = t.inForce.exec(await terms.innerText())?.[1] ?? "";
      expect(version).not.toBe("");
      // Irreversible: once published, no preview of that version is offered any more.
      await expect(terms).toContainText(t.upToDate);
      await expect(page.getByRole("link", { name: t.preview })).toHaveCount(0);
      await expectAccessible(page, "policies after publication (en)");
    }

    // 6. The audit trail: the CSV exports, both status changes and the publication, with who and when.
    await page.goto(`/${locale}/staff`);
    await page.getByRole("link", { name: t.audit }).click();
    await expect(page.getByRole("heading", { level: 1, name: t.auditTitle })).toBeVisible();
    await expectAuditRow(page, t.auditStatus(reference, t.received, t.inProgress), since);
    await expectAuditRow(page, t.auditStatus(reference, t.inProgress, t.answered), since);
    // Each CSV downloaded in this journey (the French one's are older, listed in their own rows).
    for (const title of Object.values(t.tables)) {
      const rows = page.getByRole("row").filter({ hasText: t.auditCsv(title) });
      await expect(rows.first()).toBeVisible();
      const times = await rows.locator("time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime")));
      expect(
        times.some((iso) => Date.parse(iso ?? "") >= since - 1_000),
        `audit row for the CSV "${title}" of this journey`,
      ).toBe(true);
      await expect(rows.first().getByRole("cell").nth(1)).toHaveText(E2E_USERS.staff);
    }
    const published = page.getByRole("row").filter({ hasText: t.auditPublished(version) });
    await expect(published).toHaveCount(1);
    await expect(published.getByRole("cell").nth(1)).toHaveText(E2E_USERS.staff);
    if (locale === "fr") expectRecent(await published.locator("time").getAttribute("datetime"), since);
    await expectAccessible(page, `audit trail (${locale})`);
    await staffContext.close();
  });
}

// The RGAA audit's sample of pages (public/accessibility/rgaa-4.1-grid.csv): checked by tests/e2e/rgaa.spec.ts
// and walked by scripts/rgaa-walk.ts.
export const PUBLIC_SAMPLE = [
  "/fr",
  "/fr/modules",
  "/fr/modules/comprendre-la-menace",
  "/fr/sign-in",
  "/fr/sign-up",
  "/fr/faq",
  "/fr/accessibility",
  "/fr/site-map",
  "/fr/glossary",
  "/fr/legal",
  "/en",
  "/en/modules/tous-impliques",
];
// Six units that hold every interactive component of the lessons between them, and the learner's pages.
export const SIGNED_IN_SAMPLE = [
  "/fr/learn/comprendre-la-menace/modes-operatoires-et-cibles",
  "/fr/learn/comprendre-la-menace/le-plan-vigipirate",
  "/fr/learn/comprendre-la-menace/niveaux-et-posture",
  "/fr/learn/tous-impliques/se-preparer",
  "/fr/learn/tous-impliques/reperer-et-signaler",
  "/fr/learn/tous-impliques/reagir",
  "/en/learn/tous-impliques/reagir",
  "/fr/learn/tous-impliques/reagir/quiz",
  "/fr/dashboard",
  "/fr/account",
  "/en/account/privacy",
  "/fr/certificate",
];

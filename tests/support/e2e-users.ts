// Accounts created by the end-to-end seed.
export const E2E_PASSWORD = "une phrase de passe pour les tests";
export const E2E_USERS = {
  nearlyDone: "zoe_e2e",
  policy: "paul_e2e",
  other: "autre_e2e",
  reset: "reset_e2e",
  nojs: "nojs_e2e",
  certOwner: "owner_e2e",
  staff: "staff_e2e",
  keyboard: "clavier_e2e",
  sessions: "session_e2e",
  leaving: "depart_e2e",
  audit: "audit_e2e",
  reviewer: "relire_e2e",
  resume: "reprise_e2e",
  // Hold the general-public certificate, then switch track (certificates.spec.ts), one per language.
  switchFr: "bascule_e2e",
  switchEn: "switch_e2e",
  paused: "pause_e2e",
  // Types wrong current passwords on purpose (forms.spec.ts): its own throttle, nobody else's.
  forms: "formes_trust",
  // The trust journey (trust-journey.spec.ts), one per language: fresh progress, no certificate.
  journeyFr: "parcours_trust",
  journeyEn: "journey_trust",
  // The keyboard pass over every form (keyboard-forms.spec.ts): each changes what it signs in with.
  kbdAccount: "compte_kbd",
  kbdReset: "oubli_kbd",
  kbdLeaving: "depart_kbd",
  kbdCertificate: "diplome_kbd",
  kbdPolicy: "politique_kbd",
  // The accountability spec (accountability.spec.ts): a professional certificate to read, an account to erase.
  proCertificate: "pro_attest",
  erased: "efface_trace",
  // Staff who enrol their authenticator during the staff-console journey, one per language.
  staffNewFr: "equipe_neuve",
  staffNewEn: "new_staff",
  // A learner asked to accept the terms the staff-console journey publishes (staff-console.spec.ts).
  publishReader: "lecteur_e2e",
  // Asks the DPO for a copy of their data and follows the answer (staff-console.spec.ts, in French);
  // an erasure request is recorded for this account by email (dpo-queue.spec.ts).
  dpoRequester: "demande_dpo",
  // Writes in English: asks the DPO in the staff-console journey (staff-console.spec.ts), English emails.
  dpoRequesterEn: "dpo_request_en",
  // A certificate under a misspelt name and a rectification request (rectification.spec.ts grants it);
  // another such pair stays open for the action-authorisation matrix.
  rectify: "rectif_e2e",
  rectifyMatrix: "rectif_matrice",
  // The steward path (paths.spec.ts), one per language: security staff, one unit of module 3 left.
  stewardFr: "stadier_e2e",
  stewardEn: "steward_e2e",
  // The organisations' authorisation matrix: a manager, a member, and the manager of another organisation.
  orgManager: "chef_org",
  orgMember: "membre_org",
  orgOtherManager: "autre_chef",
  // The organisation journey (organisations.spec.ts), one per language: an organiser and three invitees.
  organiserFr: "organise_fr",
  inviteeFr1: "benevole1_fr",
  inviteeFr2: "benevole2_fr",
  inviteeFr3: "benevole3_fr",
  organiserEn: "organise_en",
  inviteeEn1: "steward1_en",
  inviteeEn2: "steward2_en",
  inviteeEn3: "steward3_en",
} as const;

/** The seeded staff account's TOTP secret (base32), so tests compute the codes its authenticator would show. */
export const E2E_TOTP_SECRET = "KRSXG5CTMVRXEZLUKN2XAZLSONSWG4TF";
/** The e2e server's AUTH_SECRET (tests/support/e2e-server.ts): lets a test read what a cookie carries. */
export const E2E_AUTH_SECRET = "e2e-secret-not-for-production-0123456789abcdef";
export const FIXTURES_FILE = "test-results/e2e-fixtures.json";
// Overridable so two checkouts can run their browser tests side by side.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2525);
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
export const MAIL_DIR = "test-results/mail";
/** The e2e server's standard output (its JSON log lines), and what its OTLP receiver was sent. */
export const SERVER_LOG = "test-results/e2e-server.log";
export const OTLP_DIR = "test-results/otlp";
export const E2E_METRICS_TOKEN = "e2e-metrics-token-0123456789abcdef";
/**
 * Seeded learners whose tests need them signed in but are not about signing in: the auth setup project
 * (tests/e2e/auth.setup.ts) signs each in once per run and saves the browser state to storageStateOf(name).
 */
export const SIGNED_IN_USERS = [E2E_USERS.keyboard, E2E_USERS.audit, E2E_USERS.forms] as const;
export const storageStateOf = (username: (typeof SIGNED_IN_USERS)[number]) => `test-results/auth/${username}.json`;

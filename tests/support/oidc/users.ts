// The local OIDC provider's people, as FranceConnect would describe them (claims of the `openid
// given_name family_name email birthdate` scopes). The key is the login hint that picks one.
export interface TestOidcUser {
  sub: string;
  given_name: string;
  family_name: string;
  email: string;
  birthdate: string;
}

export const TEST_OIDC_USERS = {
  adult: {
    sub: "fc-sub-adult-0001",
    given_name: "Marie-Hélène",
    family_name: "Dupont",
    email: "marie.dupont@example.org",
    birthdate: "1990-04-12",
  },
  // An adult no account is linked to: registers through the "complete your registration" step.
  newcomer: {
    sub: "fc-sub-newcomer-0004",
    given_name: "Élodie",
    family_name: "Lefèvre",
    email: "elodie.lefevre@example.org",
    birthdate: "2001-07-14",
  },
  // An adult whose verified email a password account has (seeded, not linked): links with the password.
  owner: {
    sub: "fc-sub-owner-0005",
    given_name: "Jeanne",
    family_name: "Moreau",
    email: "jeanne.moreau@example.org",
    birthdate: "1982-09-21",
  },
  // Under 15 until 2 March 2030.
  minor: {
    sub: "fc-sub-minor-0002",
    given_name: "Lucas",
    family_name: "Martin",
    email: "lucas.martin@example.org",
    birthdate: "2015-03-02",
  },
  // A name the certificate fonts cannot draw (lib/certificates/printable-name.ts): Han characters.
  unprintable: {
    sub: "fc-sub-unprintable-0003",
    given_name: "小明",
    family_name: "Wang",
    email: "xiaoming.wang@example.org",
    birthdate: "1985-11-30",
  },
  // Another adult no account is linked to: registers, then finds her verified names read-only.
  verified: {
    sub: "fc-sub-verified-0006",
    given_name: "Anne-Sophie",
    family_name: "Nguyễn",
    email: "anne-sophie.nguyen@example.org",
    birthdate: "1978-02-09",
  },
  // Registered through FranceConnect with every general-public unit validated (seeded): gets the certificate.
  certified: {
    sub: "fc-sub-certified-0007",
    given_name: "Théo",
    family_name: "Garnier",
    email: "theo.garnier@example.org",
    birthdate: "1990-05-17",
  },
} as const satisfies Record<string, TestOidcUser>;

export type TestOidcUserKey = keyof typeof TEST_OIDC_USERS;

/**
 * ProConnect's professionals, as its `openid given_name usual_name email uid siret` scopes describe them:
 * a usual name instead of a family name, an establishment's SIRET, and no birth date.
 */
export interface TestProConnectUser {
  sub: string;
  given_name: string;
  usual_name: string;
  email: string;
  uid: string;
  siret: string;
}

export const TEST_PROCONNECT_USERS = {
  agent: {
    sub: "pc-sub-agent-0001",
    given_name: "Camille Anne",
    usual_name: "Rousseau",
    email: "camille.rousseau@example.gouv.fr",
    uid: "crousseau",
    siret: "13002526500013",
  },
  // A name the certificate fonts cannot draw (Han characters).
  unprintable: {
    sub: "pc-sub-unprintable-0002",
    given_name: "美玲",
    usual_name: "Chen",
    email: "meiling.chen@example.gouv.fr",
    uid: "mchen",
    siret: "13002526500013",
  },
} as const satisfies Record<string, TestProConnectUser>;

export type TestProConnectUserKey = keyof typeof TEST_PROCONNECT_USERS;

export function testOidcUserBySub(sub: string): TestOidcUser | TestProConnectUser | undefined {
  return [...Object.values(TEST_OIDC_USERS), ...Object.values(TEST_PROCONNECT_USERS)].find((user) => user.sub === sub);
}

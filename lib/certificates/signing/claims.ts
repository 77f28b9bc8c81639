// What a signed verification link attests, and its compact wire form (short keys keep the QR code scannable).
import { z } from "zod";
import { PROFESSIONAL_CATEGORIES, TRACKS, type ProfessionalCategory, type Track } from "@/lib/account/tracks";
import { OIDC_PROVIDER_IDS, type OidcProviderId } from "@/lib/auth/oidc/settings";
import { normaliseVerificationCode } from "../verification-code";

export interface CertificateClaims {
  /** The certificate's public id: its verification code, printed on it (and the key of the revocation list). */
  id: string;
  firstName: string;
  lastName: string;
  track: Track;
  /** The professional category recorded at issue, when there is one. */
  category: ProfessionalCategory | null;
  /**
   * Module ids with the content version attested: the first VERSION_DIGITS hex digits of the stored
   * version (lib/content/load.ts#contentVersion), enough to tell the versions of one module apart.
   */
  modules: SignedModule[];
  /** Issue instant, to the second. */
  issuedAt: Date;
  /**
   * The provider that verified the names (FranceConnect, ProConnect); absent when the holder typed them.
   * Links signed before it existed never carry it.
   */
  namesVerifiedBy?: OidcProviderId;
}

export interface SignedModule {
  moduleId: string;
  version: string;
  /**
   * The units attested when they are the category's path through the module (not all of its units):
   * signed with it, so the verification page never recomputes the path from content that changed since.
   */
  unitIds?: string[];
  /** Present (true) on a certificate row when unitIds are a category path; only then are they signed. */
  categoryPath?: true;
}

export const VERSION_DIGITS = 8;
const UNIT = "[a-z0-9-]{1,20}";
const MODULE = new RegExp(`^([a-z0-9-]{1,20})@([0-9a-z]{1,32})(?:~(${UNIT}(?:,${UNIT}){0,29}))?$`);

/** A unit on the wire: its number when its id is "<module>-u<n>" (as every unit's is), else its id. */
const unitOnWire = (moduleId: string, unitId: string) =>
  unitId.startsWith(`${moduleId}-u`) && /^[1-9][0-9]*$/.test(unitId.slice(moduleId.length + 2))
    ? unitId.slice(moduleId.length + 2)
    : unitId;
const unitFromWire = (moduleId: string, value: string) => (/^[0-9]+$/.test(value) ? `${moduleId}-u${value}` : value);

function moduleOnWire(m: SignedModule): string {
  const base = `${m.moduleId}@${m.version.slice(0, VERSION_DIGITS)}`;
  return m.categoryPath && m.unitIds?.length
    ? `${base}~${m.unitIds.map((u) => unitOnWire(m.moduleId, u)).join(",")}`
    : base;
}
/** Track codes on the wire: every byte saved keeps the QR code a size a phone reads from paper. */
const TRACK_CODES = { public: "pub", professional: "pro" } as const satisfies Record<Track, string>;
/** Provider codes on the wire, for the same reason. */
const PROVIDER_CODES = { franceconnect: "fc", proconnect: "pc" } as const satisfies Record<OidcProviderId, string>;

/**
 * The signed payload: `id`, `fn`, `ln`, `t` (track: "pub" or "pro"), `c` (category, only when there is one), `m` (module
 * "id@version" list, "id@version~1,3" when the units attested are the category's path: unit numbers, or
 * ids), `d` (issue time, Unix seconds), `v` (the provider that verified the names: "fc" or "pc", only when
 * one did). Strict: an extra or missing key is not a certificate. Links signed before the path was carried
 * have no "~": the page then shows the content's path for the category; links signed before `v` existed
 * have none, and read as names typed by the holder (which they were).
 */
const wireSchema = z.strictObject({
  id: z.string().refine((code) => normaliseVerificationCode(code) === code),
  fn: z.string().min(1).max(200),
  ln: z.string().min(1).max(200),
  t: z.enum([TRACK_CODES.public, TRACK_CODES.professional]),
  c: z.enum(PROFESSIONAL_CATEGORIES).optional(),
  m: z.array(z.string().regex(MODULE)).min(1).max(20),
  d: z.number().int().min(0).max(4102444800),
  v: z.enum([PROVIDER_CODES.franceconnect, PROVIDER_CODES.proconnect]).optional(),
});

export function encodeClaims(claims: CertificateClaims): string {
  return JSON.stringify({
    id: claims.id,
    fn: claims.firstName,
    ln: claims.lastName,
    t: TRACK_CODES[claims.track],
    ...(claims.category ? { c: claims.category } : {}),
    m: claims.modules.map(moduleOnWire),
    d: Math.floor(claims.issuedAt.getTime() / 1000),
    ...(claims.namesVerifiedBy ? { v: PROVIDER_CODES[claims.namesVerifiedBy] } : {}),
  });
}

export function decodeClaims(payload: unknown): CertificateClaims | null {
  const parsed = wireSchema.safeParse(payload);
  if (!parsed.success) return null;
  const w = parsed.data;
  return {
    id: w.id,
    firstName: w.fn,
    lastName: w.ln,
    track: TRACKS.find((t) => TRACK_CODES[t] === w.t) ?? "public",
    category: w.c ?? null,
    modules: w.m.map((entry): SignedModule => {
      const [, moduleId = "", version = "", units] = MODULE.exec(entry) ?? [];
      return units
        ? {
            moduleId,
            version,
            unitIds: units.split(",").map((u) => unitFromWire(moduleId, u)),
            categoryPath: true,
          }
        : { moduleId, version };
    }),
    issuedAt: new Date(w.d * 1000),
    ...(w.v ? { namesVerifiedBy: OIDC_PROVIDER_IDS.find((p) => PROVIDER_CODES[p] === w.v) } : {}),
  };
}

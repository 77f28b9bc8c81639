// The immutable certificate data the PDF is rendered from (built by lib/certificates/queries.ts#toSnapshot).
export interface CertificateSnapshot {
  firstName: string;
  lastName: string;
  track: "public" | "professional";
  locale: "fr" | "en";
  issuedAt: Date;
  verificationCode: string;
  verificationUrl: string;
  /** The professional category recorded at issue, already in the certificate's language; null when none. */
  category: string | null;
  /**
   * The attested modules, each with its number in the course (content/course.json order) and announced
   * duration; `units` ("3.1 Cadre et responsabilités") only when the category's path required part of it.
   */
  modules: { number: number; title: string; durationMinutes: number; units?: string[] }[];
  /** The name of the provider that verified the names ("FranceConnect"); absent when the holder typed them. */
  namesVerifiedBy?: string;
}

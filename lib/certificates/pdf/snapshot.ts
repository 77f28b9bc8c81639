// The immutable certificate data the PDF is rendered from (built by lib/certificates/queries.ts#toSnapshot).
export interface CertificateSnapshot {
  firstName: string;
  lastName: string;
  track: "public" | "professional";
  locale: "fr" | "en";
  issuedAt: Date;
  verificationCode: string;
  verificationUrl: string;
  /** The attested modules, each with its number in the course (content/course.json order). */
  modules: { number: number; title: string }[];
}

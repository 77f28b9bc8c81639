// The immutable certificate data the PDF is rendered from (built by lib/certificates/queries.ts#toSnapshot).
export interface CertificateSnapshot {
  firstName: string;
  lastName: string;
  track: "public" | "professional";
  locale: "fr" | "en";
  issuedAt: Date;
  verificationCode: string;
  verificationUrl: string;
  modules: { title: string }[];
}

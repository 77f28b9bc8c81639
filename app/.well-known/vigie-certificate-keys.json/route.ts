import { refuseBodyMethods } from "@/lib/request-body";
import { getCertificateKeysResponse } from "@/lib/certificates/signing/jwks";

// Read at request time: the build has only a throwaway key.
export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE } = refuseBodyMethods();

export function GET() {
  return getCertificateKeysResponse();
}

import { refuseBodyMethods } from "@/lib/request-body";
import { getCertificatePdfResponse } from "@/lib/certificates/pdf-response";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE } = refuseBodyMethods();

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  return getCertificatePdfResponse(request, (await params).code);
}

import { refuseBodyMethods } from "@/lib/request-body";
import { getOpenBadgeResponse } from "@/lib/certificates/open-badge-response";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE } = refuseBodyMethods();

export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  return getOpenBadgeResponse((await params).code);
}

import { refuseBodyMethods } from "@/lib/request-body";
import { getBriefingPdfResponse } from "@/lib/content/briefing-response";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE } = refuseBodyMethods();

export async function GET(request: Request) {
  return getBriefingPdfResponse(new URL(request.url).searchParams.get("locale"));
}

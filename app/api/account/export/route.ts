import { refuseBodyMethods } from "@/lib/request-body";
import { getDataExportResponse } from "@/lib/privacy/export-response";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE } = refuseBodyMethods();

export async function GET(request: Request) {
  return getDataExportResponse(new URL(request.url).searchParams.get("locale"));
}
